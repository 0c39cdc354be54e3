package com.necpgame.contracts.gameplay;

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
import com.necpgame.character.client.model.CharacterClass;
import com.necpgame.character.client.model.CharacterSnapshot;
import com.necpgame.character.client.model.CharacterStatus;
import com.necpgame.character.client.model.QuestProgress;
import com.necpgame.character.client.model.QuestProgressSync;
import com.necpgame.character.client.model.QuestProgressSyncResult;
import com.necpgame.character.client.model.QuestStatus;
import com.necpgame.character.client.model.QuestSyncOutcome;
import com.necpgame.character.client.model.SkillRank;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How gameplay-service uses character-service: it reads a character's snapshot (owner, class, level, attributes
 * and skill ranks) to check ownership and for damage and skill checks, and pushes the full state of a quest after
 * each change into character-service's quest_progress read model, which applies it idempotently by
 * {@code updatedAt}. Every call goes through the generated character client, exactly as gameplay will make it.
 * Ids that only the provider can know come from its provider states.
 */
@PactConsumerTest
@PactTestFor(providerName = CharacterContractTest.PROVIDER)
class CharacterContractTest {

    static final String PROVIDER = "character-service";
    static final String CONSUMER = "gameplay-service";

    private static final String CHARACTER_ID = "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d";
    private static final String ACCOUNT_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    private static final String QUEST_ID = "q-neon-ghosts";
    private static final String SNAPSHOT_PATH = "/api/v1/characters/internal/${characterId}/snapshot";
    private static final String SYNC_PATH = "/api/v1/characters/internal/${characterId}/quest-progress/" + QUEST_ID;
    /** RFC 3339 UTC timestamps, any number of fraction digits (the spec's date-time). */
    private static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
    /** The spec's slugs: skill, quest and branch ids. */
    private static final String SLUG = "[a-z0-9][a-z0-9-]{1,63}";
    private static final String CHARACTER_CLASS = "SOLO|NETRUNNER|TECHIE|NOMAD|CORPO";
    /** The progress the provider state holds, and the instant a replay presents again. */
    private static final String STORED_UPDATED_AT = "2026-11-27T12:30:00Z";
    private static final String COMPLETED_AT = "2026-11-27T12:55:00Z";

    // --- the snapshot for ownership, damage and skill checks ------------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact snapshotOfALiveCharacter(PactDslWithProvider builder) {
        return builder
                .given("a live character exists")
                .uponReceiving("gameplay reads the snapshot of a live character")
                .method("GET")
                .pathFromProviderState(SNAPSHOT_PATH, snapshotPath(CHARACTER_ID))
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(liveSnapshot())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "snapshotOfALiveCharacter")
    void theSnapshotNamesOwnerClassLevelAttributesAndSkills(MockServer character) throws ApiException {
        CharacterSnapshot snapshot = new InternalApi(GameplayClients.character(character))
                .getCharacterSnapshot(UUID.fromString(CHARACTER_ID));

        assertThat(snapshot.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(snapshot.getAccountId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(snapshot.getCharacterClass()).isEqualTo(CharacterClass.NETRUNNER);
        assertThat(snapshot.getStatus()).isEqualTo(CharacterStatus.ACTIVE);
        assertThat(snapshot.getLevel()).isEqualTo(1);
        assertThat(snapshot.getAttributes().getIntelligence()).isEqualTo(10);
        assertThat(snapshot.getAttributes().getUnspentPoints()).isZero();
        assertThat(snapshot.getSkills()).extracting(SkillRank::getSkillId, SkillRank::getRank)
                .containsExactly(tuple("breach-protocol", 1));
        assertThat(snapshot.getSnapshotAt()).isNotNull();
        assertThat(snapshot.getDeletedAt()).isNull();
    }

    @Pact(consumer = CONSUMER)
    V4Pact snapshotOfAnUnknownCharacter(PactDslWithProvider builder) {
        return builder
                .given("no character has the id")
                .uponReceiving("gameplay reads the snapshot of a character that does not exist")
                .method("GET")
                .pathFromProviderState(SNAPSHOT_PATH, snapshotPath(CHARACTER_ID))
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(problem(404).stringValue("code", "CHARACTER_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "snapshotOfAnUnknownCharacter")
    void anUnknownCharacterHasNoSnapshot(MockServer character) {
        InternalApi api = new InternalApi(GameplayClients.character(character));

        assertThatThrownBy(() -> api.getCharacterSnapshot(UUID.fromString(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("CHARACTER_NOT_FOUND");
                });
    }

    // --- quest progress pushes -------------------------------------------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact newQuestProgressIsApplied(PactDslWithProvider builder) {
        return builder
                .given("a live character exists")
                .uponReceiving("gameplay pushes the completion of a quest the character has no progress in yet")
                .method("PUT")
                .pathFromProviderState(SYNC_PATH, syncPath(CHARACTER_ID))
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("status", "COMPLETED")
                        .stringValue("branchId", "b-trust-the-fixer")
                        .integerType("progress", 100)
                        .object("objectives", objectives(3))
                        .stringMatcher("updatedAt", RFC3339, COMPLETED_AT)
                        .integerType("experienceReward", 4500L))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .booleanValue("applied", true)
                        .stringValue("outcome", "APPLIED")
                        .object("questProgress", questProgress("COMPLETED", 100, objectives(3))
                                .stringMatcher("updatedAt", RFC3339, COMPLETED_AT)
                                .stringMatcher("completedAt", RFC3339, COMPLETED_AT)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "newQuestProgressIsApplied")
    void aNewQuestProgressIsAppliedAndEchoed(MockServer character) throws ApiException {
        QuestProgressSyncResult result = new InternalApi(GameplayClients.character(character))
                .syncQuestProgress(UUID.fromString(CHARACTER_ID), QUEST_ID, new QuestProgressSync()
                        .status(QuestStatus.COMPLETED).branchId("b-trust-the-fixer").progress(100)
                        .objectives(Map.of("findInformant", true, "hackTerminals", 3))
                        .updatedAt(OffsetDateTime.parse(COMPLETED_AT)).experienceReward(4500L));

        assertThat(result.getApplied()).isTrue();
        assertThat(result.getOutcome()).isEqualTo(QuestSyncOutcome.APPLIED);
        QuestProgress stored = result.getQuestProgress();
        assertThat(stored.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(stored.getQuestId()).isEqualTo(QUEST_ID);
        assertThat(stored.getStatus()).isEqualTo(QuestStatus.COMPLETED);
        assertThat(stored.getProgress()).isEqualTo(100);
        assertThat(stored.getObjectives()).containsEntry("hackTerminals", 3);
        assertThat(stored.getUpdatedAt()).isEqualTo(OffsetDateTime.parse(COMPLETED_AT));
        assertThat(stored.getCompletedAt()).isNotNull();
    }

    @Pact(consumer = CONSUMER)
    V4Pact replayedQuestProgressIsIgnored(PactDslWithProvider builder) {
        return builder
                .given("a character has quest progress for " + QUEST_ID + " updated at " + STORED_UPDATED_AT)
                .uponReceiving("gameplay pushes the same quest progress again (a retry)")
                .method("PUT")
                .pathFromProviderState(SYNC_PATH, syncPath(CHARACTER_ID))
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("status", "ACTIVE")
                        .stringValue("branchId", "b-trust-the-fixer")
                        .integerType("progress", 40)
                        .object("objectives", objectives(2))
                        // The very instant stored: that is what makes it a replay.
                        .stringValue("updatedAt", STORED_UPDATED_AT))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .booleanValue("applied", false)
                        .stringValue("outcome", "REPLAY")
                        .object("questProgress", questProgress("ACTIVE", 40, objectives(2))
                                // The stored instant, however many zero fraction digits it is written with.
                                .stringMatcher("updatedAt", "2026-11-27T12:30:00(\\.0{1,9})?(Z|\\+00:00)",
                                        STORED_UPDATED_AT)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "replayedQuestProgressIsIgnored")
    void aReplayIsNotAppliedAndAnswersTheStoredEntry(MockServer character) throws ApiException {
        QuestProgressSyncResult result = new InternalApi(GameplayClients.character(character))
                .syncQuestProgress(UUID.fromString(CHARACTER_ID), QUEST_ID, activeProgress());

        assertThat(result.getApplied()).isFalse();
        assertThat(result.getOutcome()).isEqualTo(QuestSyncOutcome.REPLAY);
        assertThat(result.getQuestProgress().getQuestId()).isEqualTo(QUEST_ID);
        assertThat(result.getQuestProgress().getProgress()).isEqualTo(40);
        assertThat(result.getQuestProgress().getUpdatedAt()).isEqualTo(OffsetDateTime.parse(STORED_UPDATED_AT));
    }

    @Pact(consumer = CONSUMER)
    V4Pact questProgressOfAnUnknownCharacter(PactDslWithProvider builder) {
        return builder
                .given("no character has the id")
                .uponReceiving("gameplay pushes quest progress of a character that does not exist")
                .method("PUT")
                .pathFromProviderState(SYNC_PATH, syncPath(CHARACTER_ID))
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("status", "ACTIVE")
                        .stringValue("branchId", "b-trust-the-fixer")
                        .integerType("progress", 40)
                        .object("objectives", objectives(2))
                        .stringMatcher("updatedAt", RFC3339, STORED_UPDATED_AT))
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(problem(404).stringValue("code", "CHARACTER_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "questProgressOfAnUnknownCharacter")
    void progressOfAnUnknownCharacterIsNotFoundSoGameplayDropsIt(MockServer character) {
        InternalApi api = new InternalApi(GameplayClients.character(character));

        assertThatThrownBy(() -> api.syncQuestProgress(UUID.fromString(CHARACTER_ID), QUEST_ID, activeProgress()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("CHARACTER_NOT_FOUND");
                });
    }

    /**
     * A new character's snapshot as character-service answers it (a NETRUNNER: default attributes, its class's
     * starting skills at rank 1); the ids are the provider state's.
     */
    private static DslPart liveSnapshot() {
        return new PactDslJsonBody()
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .valueFromProviderState("accountId", "${accountId}", ACCOUNT_ID)
                // Not used by gameplay, but required by the spec: the pact's example must be a valid snapshot.
                .stringType("name", "Vex Marlowe")
                .stringMatcher("characterClass", CHARACTER_CLASS, "NETRUNNER")
                .stringValue("status", "ACTIVE")
                .integerType("level", 1)
                .object("attributes", new PactDslJsonBody()
                        .integerType("strength", 10)
                        .integerType("dexterity", 10)
                        .integerType("intelligence", 10)
                        .integerType("tech", 10)
                        .integerType("cool", 10)
                        .integerType("unspentPoints", 0))
                .stringMatcher("snapshotAt", RFC3339, "2026-11-27T12:41:00Z")
                .eachLike("skills")
                    .stringMatcher("skillId", SLUG, "breach-protocol")
                    .integerType("rank", 1)
                .closeObject()
                .closeArray();
    }

    /** An entry of the read model as character-service answers it; the character id is the provider state's. */
    private static PactDslJsonBody questProgress(String status, int progress, PactDslJsonBody objectives) {
        return new PactDslJsonBody()
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("questId", QUEST_ID)
                .stringValue("status", status)
                .stringValue("branchId", "b-trust-the-fixer")
                .integerType("progress", progress)
                .object("objectives", objectives);
    }

    /** q-neon-ghosts' objectives: free-form JSON defined by the quest, here an informant and terminals. */
    private static PactDslJsonBody objectives(int hackedTerminals) {
        return new PactDslJsonBody()
                .booleanType("findInformant", true)
                .integerType("hackTerminals", hackedTerminals);
    }

    /** The state of q-neon-ghosts the provider state stores, pushed once more. */
    private static QuestProgressSync activeProgress() {
        return new QuestProgressSync()
                .status(QuestStatus.ACTIVE).branchId("b-trust-the-fixer").progress(40)
                .objectives(Map.of("findInformant", true, "hackTerminals", 2))
                .updatedAt(OffsetDateTime.parse(STORED_UPDATED_AT));
    }

    private static String snapshotPath(String characterId) {
        return SNAPSHOT_PATH.replace("${characterId}", characterId);
    }

    private static String syncPath(String characterId) {
        return SYNC_PATH.replace("${characterId}", characterId);
    }

    /** The RFC 9457 problem every error of every service answers with. */
    private static PactDslJsonBody problem(int status) {
        return new PactDslJsonBody()
                .stringType("type", "https://necpgame.dev/problems/example")
                .stringType("title", "Example problem")
                .numberValue("status", status);
    }
}
