package com.necpgame.contracts.provider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PactCoverage names each (caller, operation) of a spec's x-callers that no pact interaction calls. */
class PactCoverageTest {
    private static final Path ECONOMY = Path.of("../../specs/economy.yaml");

    @Test
    void aCallerWithoutAPactAndAnOperationWithoutAnInteractionAreNamed(@TempDir Path pacts) throws Exception {
        Files.writeString(pacts.resolve("gameplay-service-economy-service.json"), """
                {"consumer": {"name": "gameplay-service"}, "provider": {"name": "economy-service"},
                 "interactions": [{"description": "credits a grant",
                   "request": {"method": "POST", "path": "/api/v1/economy/internal/gameplay-grants"},
                   "response": {"status": 201}}]}
                """);
        // Another provider's pact does not count for economy.
        Files.writeString(pacts.resolve("social-service-character-service.json"), """
                {"consumer": {"name": "social-service"}, "provider": {"name": "character-service"},
                 "interactions": [{"description": "reads a snapshot",
                   "request": {"method": "POST", "path": "/api/v1/economy/internal/rewards"},
                   "response": {"status": 201}}]}
                """);

        List<String> unpinned = PactCoverage.unpinned(ECONOMY, pacts, "economy-service");

        assertThat(unpinned).containsExactlyInAnyOrder(
                "gameplay-service -> consumeInventoryItem (POST /api/v1/economy/internal/item-consumptions)",
                "social-service -> grantReward (POST /api/v1/economy/internal/rewards)",
                "world-service -> receiveEconomyWorldStateChange (POST /api/v1/economy/internal/world-state-changes)");
    }

    @Test
    void pathParametersMatchAnyValue(@TempDir Path pacts) throws Exception {
        Files.writeString(pacts.resolve("gameplay-service-social-service.json"), """
                {"consumer": {"name": "gameplay-service"}, "provider": {"name": "social-service"},
                 "interactions": [{"description": "reads a membership",
                   "request": {"method": "GET",
                     "path": "/api/v1/social/internal/characters/7b1e4d2a-9c3f-4a5b-8d6e-0f1a2b3c4d5e/guild-membership"},
                   "response": {"status": 200}}]}
                """);

        assertThat(PactCoverage.unpinned(Path.of("../../specs/social.yaml"), pacts, "social-service"))
                .containsExactly("world-service -> receiveSocialWorldStateChange"
                        + " (POST /api/v1/social/internal/world-state-changes)");
    }
}
