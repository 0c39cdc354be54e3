package com.necpgame.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Every pact the contract tests of this build wrote stays within its provider's spec. */
class PactConformanceTest {
    private static final Path REPO = Path.of("").toAbsolutePath().resolve("../..").normalize();
    private final PactConformance conformance = new PactConformance(REPO.resolve("specs"));

    @Test
    void everyInteractionOfEveryPactConformsToItsProvidersSpec() throws Exception {
        Path pacts = REPO.resolve("contract-tests/target/pacts");
        assertThat(pacts).as("the contract tests run before the audit and write their pacts there").isDirectory();
        try (var files = Files.list(pacts)) {
            assertThat(files.filter(p -> p.toString().endsWith(".json")).count()).isPositive();
        }
        assertThat(conformance.violations(pacts)).isEmpty();
    }

    @Test
    void anInteractionOutsideTheSpecIsAViolation() throws Exception {
        String pact = """
                {"consumer": {"name": "gameplay-service"}, "provider": {"name": "character-service"},
                 "interactions": [
                  {"description": "reads a snapshot with an invented field",
                   "request": {"method": "GET", "path": "/api/v1/characters/internal/5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d/snapshot"},
                   "response": {"status": 200, "headers": {"Content-Type": ["application/json"]},
                                "body": {"content": {"characterId": "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d",
                                                     "level": "seven"}}}},
                  {"description": "calls a path the spec does not have",
                   "request": {"method": "DELETE", "path": "/api/v1/characters/internal/everything"},
                   "response": {"status": 204}}]}
                """;
        List<String> violations = conformance.violations("invented.json", new ObjectMapper().readTree(pact));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("reads a snapshot with an invented field"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("calls a path the spec does not have"));
    }
}
