package com.necpgame.speclint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void cleanDirectoryExitsZeroAndSkipsSubdirectoriesSuchAsCommon() {
        assertThat(run(Fixtures.SPECS.toString())).isZero();
        assertThat(out.toString()).contains("0 finding(s) in 1 spec(s)");
    }

    @Test
    void findingsExitOneWithOneLinePerFinding() {
        assertThat(run(Fixtures.SPECS.resolve("bad/operation-id.yaml").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("[operation-id] operation GET /api/v1/auth/a has no operationId. Fix: ");
    }

    @Test
    void jsonFormatPrintsFindingsAsAnArray() throws Exception {
        assertThat(run("--format", "json", Fixtures.SPECS.resolve("bad/composition.yaml").toString())).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(out.toString());
        assertThat(findings.isArray()).isTrue();
        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.path("file").asText()).endsWith("bad/composition.yaml");
            assertThat(finding.path("ruleId").asText()).isEqualTo("no-composition");
            assertThat(finding.path("pointer").asText()).isEqualTo("/components/schemas/Derived/allOf");
            assertThat(finding.path("fix").asText()).isNotBlank();
        });
    }

    @Test
    void parseErrorExitsTwoNamingFileAndLine() {
        assertThat(run(Fixtures.resource("broken/broken.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.yaml:7:").contains("not valid YAML");
    }

    @Test
    void missingFileNoArgumentsAndUnknownFormatExitTwo() {
        assertThat(run("does/not/exist.yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("does/not/exist.yaml: no such file or directory");
        assertThat(run()).isEqualTo(2);
        assertThat(run("--format", "xml", Fixtures.SPECS.toString())).isEqualTo(2);
    }
}
