package com.necpgame.speclint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.necpgame.speclint.model.SpecParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code spec-lint [--format text|json] <spec files or dirs>}: exit 0 when clean, 1 on findings,
 * 2 on usage or parse errors. A directory means the {@code *.yaml}/{@code *.yml} files directly in it
 * (so {@code specs/} lints the service specs, not {@code specs/common/}).
 */
@Command(name = "spec-lint", mixinStandardHelpOptions = true,
        description = "Holds OpenAPI specs to the conventions of specs/README.md.")
public final class Main implements Callable<Integer> {

    static final int FINDINGS = 1;
    static final int USAGE_OR_PARSE_ERROR = 2;

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "<spec file or dir>", description = "specs to lint")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command without exiting the JVM (tests and embedding). */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        // picocli answers 2 on usage errors, as does call() on unreadable input.
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        List<Path> files;
        try {
            files = specFiles(inputs);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("spec-lint: " + e.getMessage());
            return USAGE_OR_PARSE_ERROR;
        }
        List<Finding> findings;
        try {
            findings = new Linter(Linter.allRules()).lint(files, Path.of(""));
        } catch (SpecParseException e) {
            err.println("spec-lint: " + e.getMessage());
            return USAGE_OR_PARSE_ERROR;
        }
        print(findings, files.size(), out);
        return findings.isEmpty() ? 0 : FINDINGS;
    }

    private void print(List<Finding> findings, int fileCount, PrintWriter out) {
        if (format == Format.json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(findings));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        findings.forEach(finding -> out.println(finding.toText()));
        out.println("spec-lint: " + findings.size() + " finding(s) in " + fileCount + " spec(s)");
    }

    /** Expands directories to the YAML files directly in them, sorted; rejects paths that do not exist. */
    static List<Path> specFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> children = Files.list(input)) {
                    children.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(input + ": cannot be listed", e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException(input + ": no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no spec files (*.yaml) in " + inputs);
        }
        return files;
    }
}
