package com.necpgame.specdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The gate on small specs in a real git repository: what breaks, what does not, and the major-version escape. */
class SpecDiffTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: widgets, version: %s}
            paths:
              /api/v1/widgets/{widgetId}:
                get:
                  operationId: getWidget
                  parameters:
                    - {name: widgetId, in: path, required: true, schema: {type: string}}
            %s
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [id]
                            properties:
                              id: {type: string}
            %s
              /api/v1/widgets:
                post:
                  operationId: createWidget
                  responses:
                    '201': {description: created}
            """;

    private static String spec(String version, String extraParameter, String extraProperty) {
        return SPEC.formatted(version, extraParameter, extraProperty);
    }

    private record Run(int status, String output) {
    }

    private static Run gate(Path repo, String newSpec) throws Exception {
        Files.writeString(repo.resolve("specs/widgets.yaml"), newSpec);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpecDiff diff = new SpecDiff(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        java.io.PrintWriter errors = new java.io.PrintWriter(bytes, true, StandardCharsets.UTF_8);
        int status = new CommandLine(diff).setErr(errors).execute("--repo", repo.toString());
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private static Path repoWith(Path dir, String spec) throws Exception {
        Files.createDirectories(dir.resolve("specs"));
        Files.writeString(dir.resolve("specs/widgets.yaml"), spec);
        for (List<String> command : List.of(List.of("git", "init", "-q", "-b", "main"),
                List.of("git", "add", "."),
                List.of("git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "first"),
                List.of("git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m",
                        "second"))) {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException(command + ": " + output);
            }
        }
        return dir;
    }

    @Test
    void aNewRequiredParameterFailsAndNamesTheOperationAndTheChange(@TempDir Path dir) throws Exception {
        Path repo = repoWith(dir, spec("1.0.0", "", ""));
        Run run = gate(repo, spec("1.1.0",
                "        - {name: shard, in: query, required: true, schema: {type: string}}", ""));
        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("specs/widgets.yaml has breaking changes")
                .contains("getWidget (GET /api/v1/widgets/{widgetId})")
                .contains("required parameter query.shard added");
    }

    @Test
    void aRemovedOperationFails(@TempDir Path dir) throws Exception {
        Path repo = repoWith(dir, spec("1.0.0", "", ""));
        String withoutCreate = spec("1.0.1", "", "").substring(0, spec("1.0.1", "", "").indexOf("  /api/v1/widgets:\n"));
        Run run = gate(repo, withoutCreate);
        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("createWidget (POST /api/v1/widgets): the operation was removed");
    }

    @Test
    void aNewMajorVersionAllowsTheBreakingChange(@TempDir Path dir) throws Exception {
        Path repo = repoWith(dir, spec("1.4.2", "", ""));
        Run run = gate(repo, spec("2.0.0",
                "        - {name: shard, in: query, required: true, schema: {type: string}}", ""));
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("allowed by the new major version");
    }

    @Test
    void aNewOptionalParameterAndANewResponsePropertyAreCompatible(@TempDir Path dir) throws Exception {
        Path repo = repoWith(dir, spec("1.0.0", "", ""));
        Run run = gate(repo, spec("1.1.0",
                "        - {name: expand, in: query, required: false, schema: {type: boolean}}",
                "                  colour: {type: string}"));
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("specs/widgets.yaml 1.0.0 -> 1.1.0: compatible");
    }
}
