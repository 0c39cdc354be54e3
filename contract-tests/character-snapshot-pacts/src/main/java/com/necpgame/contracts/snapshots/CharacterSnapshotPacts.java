package com.necpgame.contracts.snapshots;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;
import com.necpgame.character.client.ApiClient;
import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.InternalApi;
import com.necpgame.character.client.model.CharacterSnapshot;
import com.necpgame.character.client.model.CharacterStatus;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a service that checks owners uses character-service: it reads a character's snapshot to check that the
 * character of a request belongs to the caller's account ({@code accountId}, and {@code status} for deleted
 * characters). world-, social- and economy-service read it alike, so their pacts are built here, once, in the
 * consumer's name; each consumer's test only names itself and delegates. Every call goes through the generated
 * character client, configured as the services configure it. Ids only the provider can know come from its
 * provider states ({@code a live character exists}, {@code no character has the id}).
 */
public final class CharacterSnapshotPacts {

    public static final String PROVIDER = "character-service";
    /** Stands for the consumer's real service token in the pacts; character-provider presents a real one. */
    public static final String EXAMPLE_SERVICE_TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.service-token.signature";

    private static final String CHARACTER_ID = "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d";
    private static final String ACCOUNT_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    private static final String SNAPSHOT_PATH = "/api/v1/characters/internal/${characterId}/snapshot";
    /** RFC 3339 UTC timestamps, any number of fraction digits (the spec's date-time). */
    private static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
    private static final String CHARACTER_CLASS = "SOLO|NETRUNNER|TECHIE|NOMAD|CORPO";

    private final String caller;

    /** {@code consumer}: the calling service's name, {@code world-service}; descriptions use {@code world}. */
    public CharacterSnapshotPacts(String consumer) {
        this.caller = consumer.replaceFirst("-service$", "");
    }

    public V4Pact snapshotOfALiveCharacter(PactDslWithProvider builder) {
        return builder
                .given("a live character exists")
                .uponReceiving(caller + " reads the snapshot of a live character to check its owner")
                .method("GET")
                .pathFromProviderState(SNAPSHOT_PATH, snapshotPath())
                .matchHeader("Authorization", "Bearer .+", EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(liveSnapshot())
                .toPact(V4Pact.class);
    }

    /** The consumer's side of {@link #snapshotOfALiveCharacter}: owner and status are what it reads. */
    public void theSnapshotNamesTheOwnerAndStatus(MockServer character) throws ApiException {
        CharacterSnapshot snapshot = new InternalApi(client(character))
                .getCharacterSnapshot(UUID.fromString(CHARACTER_ID));

        assertThat(snapshot.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(snapshot.getAccountId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(snapshot.getStatus()).isEqualTo(CharacterStatus.ACTIVE);
        assertThat(snapshot.getDeletedAt()).isNull();
    }

    public V4Pact snapshotOfAnUnknownCharacter(PactDslWithProvider builder) {
        return builder
                .given("no character has the id")
                .uponReceiving(caller + " reads the snapshot of a character that does not exist")
                .method("GET")
                .pathFromProviderState(SNAPSHOT_PATH, snapshotPath())
                .matchHeader("Authorization", "Bearer .+", EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(new PactDslJsonBody()
                        .stringType("type", "https://necpgame.dev/problems/example")
                        .stringType("title", "Example problem")
                        .numberValue("status", 404)
                        .stringValue("code", "CHARACTER_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    /** The consumer's side of {@link #snapshotOfAnUnknownCharacter}: a 404 naming CHARACTER_NOT_FOUND. */
    public void anUnknownCharacterHasNoSnapshot(MockServer character) {
        InternalApi api = new InternalApi(client(character));

        assertThatThrownBy(() -> api.getCharacterSnapshot(UUID.fromString(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("CHARACTER_NOT_FOUND");
                });
    }

    /** The generated character client as the services configure it: base URL and their service token. */
    public static ApiClient client(MockServer character) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(character.getUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", EXAMPLE_SERVICE_TOKEN));
        return client;
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

    private static String snapshotPath() {
        return SNAPSHOT_PATH.replace("${characterId}", CHARACTER_ID);
    }
}
