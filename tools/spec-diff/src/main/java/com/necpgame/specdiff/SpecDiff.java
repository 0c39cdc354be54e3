package com.necpgame.specdiff;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The breaking-change gate: every {@code specs/*.yaml} of the work tree against the same spec at a git ref
 * (default: the merge base with {@code main}, or the previous commit when that is this commit). A breaking
 * change fails (exit 1) unless the spec's {@code info.version} got a new major; the message names the spec, the
 * operation and the change.
 */
@Command(name = "spec-diff", mixinStandardHelpOptions = true,
        description = "Fails on a breaking change to a spec whose info.version did not get a new major.")
public final class SpecDiff implements Callable<Integer> {
    @Option(names = "--ref", description = "git ref to compare with (default: merge base with main, else HEAD~1)")
    String ref;

    @Option(names = "--repo", description = "the repository (default: the working directory)")
    Path repo = Path.of("").toAbsolutePath();

    private final PrintStream out;

    SpecDiff(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SpecDiff(System.out)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Optional<String> base = ref != null ? Optional.of(ref) : defaultRef();
        if (base.isEmpty()) {
            out.println("spec-diff: no earlier commit to compare with; nothing to check");
            return 0;
        }
        Path before = Files.createTempDirectory("spec-diff-");
        try {
            extractSpecs(base.get(), before);
            List<String> failures = new ArrayList<>();
            try (Stream<Path> specs = Files.list(repo.resolve("specs"))) {
                for (Path spec : specs.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    Path old = before.resolve("specs").resolve(spec.getFileName());
                    if (!Files.exists(old)) {
                        out.println("spec-diff: specs/" + spec.getFileName() + " is new since " + base.get());
                        continue;
                    }
                    failures.addAll(check("specs/" + spec.getFileName(), old, spec));
                }
            }
            if (failures.isEmpty()) {
                out.println("spec-diff: no breaking change without a new major version since " + base.get());
                return 0;
            }
            failures.forEach(out::println);
            return 1;
        } finally {
            deleteTree(before);
        }
    }

    private List<String> check(String name, Path before, Path after) {
        BreakingChanges.Result result = BreakingChanges.between(before, after);
        if (result.breaking().isEmpty()) {
            out.println("spec-diff: " + name + " " + result.versionBefore() + " -> " + result.versionAfter()
                    + ": compatible");
            return List.of();
        }
        if (result.newMajor()) {
            out.println("spec-diff: " + name + " " + result.versionBefore() + " -> " + result.versionAfter()
                    + ": " + result.breaking().size() + " breaking change(s), allowed by the new major version");
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("spec-diff: " + name + " has breaking changes but info.version went only " + result.versionBefore()
                + " -> " + result.versionAfter() + " (give it a new major, or make the change compatible):");
        result.breaking().forEach(change -> lines.add("  - " + change));
        return lines;
    }

    private Optional<String> defaultRef() throws IOException, InterruptedException {
        String head = git("rev-parse", "HEAD").orElse("");
        Optional<String> mergeBase = git("merge-base", "HEAD", "main");
        if (mergeBase.isPresent() && !mergeBase.get().equals(head)) {
            return mergeBase;
        }
        return git("rev-parse", "--verify", "--quiet", "HEAD~1");
    }

    /** {@code specs/} as it was at {@code ref}, into {@code dir}. */
    private void extractSpecs(String ref, Path dir) throws IOException, InterruptedException {
        Process archive = new ProcessBuilder("sh", "-c", "git archive --format=tar \"$0\" specs | tar -x -C \"$1\"",
                ref, dir.toString()).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(archive.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (archive.waitFor() != 0) {
            throw new IllegalStateException("cannot read specs/ at " + ref + ": " + output);
        }
    }

    private Optional<String> git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(false).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        git.getErrorStream().readAllBytes();
        return git.waitFor() == 0 && !output.isEmpty() ? Optional.of(output) : Optional.empty();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
