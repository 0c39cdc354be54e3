package com.necpgame.speclint.redocly;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the pinned Redocly CLI ({@code tools/redocly}) over every {@code *.yaml} directly in the specs
 * directory, for the Maven build: {@code RedoclyRunner <tools/redocly dir> <specs dir>}.
 * Installs the CLI with {@code npm ci} (from the committed lockfile) when it is missing, and exits with
 * Redocly's status (non-zero on errors; warnings pass). Exit 2 when Node/npm is missing or nothing to lint.
 */
public final class RedoclyRunner {

    static final String NO_NODE = "redocly: %s is not on PATH. Install Node 20 (with npm) or pass -Dredocly.skip "
            + "to build without the Redocly lint.";
    private static final int SETUP_ERROR = 2;
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase().contains("win");

    private RedoclyRunner() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: RedoclyRunner <tools/redocly dir> <specs dir>");
            System.exit(SETUP_ERROR);
        }
        System.exit(run(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(),
                System.getenv().getOrDefault("PATH", ""), System.err));
    }

    static int run(Path redoclyDir, Path specsDir, String searchPath, PrintStream err)
            throws IOException, InterruptedException {
        Optional<Path> npm = findExecutable(WINDOWS ? "npm.cmd" : "npm", searchPath);
        Optional<Path> node = findExecutable(WINDOWS ? "node.exe" : "node", searchPath);
        if (npm.isEmpty() || node.isEmpty()) {
            err.println(NO_NODE.formatted(npm.isEmpty() ? "npm" : "node"));
            return SETUP_ERROR;
        }
        Path cli = redoclyDir.resolve("node_modules/@redocly/cli/bin/cli.js");
        if (!Files.isRegularFile(cli)) {
            System.out.println("redocly: " + cli + " is missing; running npm ci in " + redoclyDir);
            int installed = exec(redoclyDir, List.of(npm.get().toString(), "ci", "--no-audit", "--no-fund"));
            if (installed != 0) {
                err.println("redocly: npm ci failed (exit " + installed + ")");
                return installed;
            }
        }
        List<String> specs = specFiles(specsDir);
        if (specs.isEmpty()) {
            err.println("redocly: no *.yaml specs in " + specsDir);
            return SETUP_ERROR;
        }
        List<String> command = new ArrayList<>(List.of(node.get().toString(), cli.toString(), "lint",
                "--config", redoclyDir.resolve("redocly.yaml").toString()));
        command.addAll(specs);
        // Run next to the specs directory so that Redocly names files like specs/auth.yaml.
        return exec(specsDir.getParent(), command);
    }

    /** The first {@code name} on the search path that is an executable file. */
    static Optional<Path> findExecutable(String name, String searchPath) {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<String> specFiles(Path specsDir) throws IOException {
        try (Stream<Path> files = Files.list(specsDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(p -> specsDir.getParent().relativize(p).toString())
                    .toList();
        }
    }

    private static int exec(Path workingDir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).inheritIO();
        // No telemetry or update checks from a build (and no waiting on a network that may not be there).
        Map<String, String> env = builder.environment();
        env.put("REDOCLY_TELEMETRY", "off");
        env.put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        return builder.start().waitFor();
    }
}
