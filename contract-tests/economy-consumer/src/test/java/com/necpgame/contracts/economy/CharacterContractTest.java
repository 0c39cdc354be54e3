package com.necpgame.contracts.economy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.InternalApi;
import com.necpgame.character.client.model.CharacterSnapshot;
import com.necpgame.character.client.model.CharacterStatus;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How economy-service uses character-service: it reads a character's snapshot to check that the character of a wallet, trade or lot operation belongs to the caller's account
 * (`accountId`, and `status` for deleted characters). Every call goes through the generated character client,
 * exactly as economy makes it. Ids that only the provider can know come from its provider states.
 */
@PactConsumerTest
@PactTestFor(providerName = CharacterContractTest.PROVIDER)
class CharacterContractTest {

    static final String PROVIDER = "character-service";
    static final String CONSUMER = "economy-service";

    private static final String CHARACTER_ID = "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d";
    private static final String ACCOUNT_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    private static final String SNAPSHOT_PATH = "/api/v1/characters/internal/${characterId}/snapshot";
    /** RFC 3339 UTC timestamps, any number of fraction digits (the spec's date-time). */
    private static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
    private static final String CHARACTER_CLASS = "SOLO|NETRUNNER|TECHIE|NOMAD|CORPO";

    @Pact(consumer = CONSUMER)
    V4Pact snapshotOfALiveCharacter(PactDslWithProvider builder) {
        return builder
                .given("a live character exists")
                .uponReceiving("economy reads the snapshot of a live character to check its owner")
                .method("GET")
                .pathFromProviderState(SNAPSHOT_PATH, snapshotPath(CHARACTER_ID))
                .matchHeader("Authorization", "Bearer .+", EconomyClients.EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(liveSnapshot())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "snapshotOfALiveCharacter")
    void theSnapshotNamesTheOwnerAndStatus(MockServer character) throws ApiException {
        CharacterSnapshot snapshot = new InternalApi(EconomyClients.character(character))
                .getCharacterSnapshot(UUID.fromString(CHARACTER_ID));

        assertThat(snapshot.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(snapshot.getAccountId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(snapshot.getStatus()).isEqualTo(CharacterStatus.ACTIVE);
        assertThat(snapshot.getDeletedAt()).isNull();
    }

    @Pact(consumer = CONSUMER)
    V4Pact snapshotOfAnUnknownCharacter(PactDslWithProvider builder) {
        return builder
                .given("no character has the id")
                .uponReceiving("economy reads the snapshot of a character that does not exist")
                .method("GET")
                .pathFromProviderState(SNAPSHOT_PATH, snapshotPath(CHARACTER_ID))
                .matchHeader("Authorization", "Bearer .+", EconomyClients.EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(problem(404).stringValue("code", "CHARACTER_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "snapshotOfAnUnknownCharacter")
    void anUnknownCharacterHasNoSnapshot(MockServer character) {
        InternalApi api = new InternalApi(EconomyClients.character(character));

        assertThatThrownBy(() -> api.getCharacterSnapshot(UUID.fromString(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("CHARACTER_NOT_FOUND");
                });
    }

    /** A live character's snapshot as character-service answers it; the ids are the provider state's. */
    private static DslPart liveSnapshot() {
        return new PactDslJsonBody()
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .valueFromProviderState("accountId", "${accountId}", ACCOUNT_ID)
                .stringMatcher("characterClass", CHARACTER_CLASS, "NETRUNNER")
                .stringValue("status", "ACTIVE")
                .integerType("level", 1)
                .stringMatcher("snapshotAt", RFC3339, "2026-11-27T12:41:00Z")
                // Not used by the owner check, but required by the spec: the pact's example must be a valid snapshot.
                .stringType("name", "Vex Marlowe")
                .object("attributes", new PactDslJsonBody()
                        .integerType("strength", 10)
                        .integerType("dexterity", 10)
                        .integerType("intelligence", 10)
                        .integerType("tech", 10)
                        .integerType("cool", 10)
                        .integerType("unspentPoints", 0))
                .eachLike("skills")
                    .stringType("skillId", "breach-protocol")
                    .integerType("rank", 1)
                .closeObject()
                .closeArray();
    }

    private static String snapshotPath(String characterId) {
        return SNAPSHOT_PATH.replace("${characterId}", characterId);
    }

    /** The RFC 9457 problem every error of every service answers with. */
    private static PactDslJsonBody problem(int status) {
        return new PactDslJsonBody()
                .stringType("type", "https://necpgame.dev/problems/example")
                .stringType("title", "Example problem")
                .numberValue("status", status);
    }
}
