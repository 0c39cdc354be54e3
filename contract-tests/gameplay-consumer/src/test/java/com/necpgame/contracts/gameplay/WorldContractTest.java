package com.necpgame.contracts.gameplay;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.world.client.ApiException;
import com.necpgame.world.client.ApiResponse;
import com.necpgame.world.client.api.QuestConsequencesApi;
import com.necpgame.world.client.model.EffectScope;
import com.necpgame.world.client.model.QuestConsequenceApplication;
import com.necpgame.world.client.model.QuestConsequenceDelta;
import com.necpgame.world.client.model.QuestConsequenceRequest;
import com.necpgame.world.client.model.QuestEffectType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How gameplay-service uses world-service: when a quest is completed its outbox pushes the consequences of the
 * chosen branch ({@code applyQuestConsequences}) with the quest session's id as Idempotency-Key, and retries until
 * world answers; a retry of a push world already took must answer as the first one did. Every call goes through
 * the generated world client, exactly as gameplay makes it.
 */
@PactConsumerTest
@PactTestFor(providerName = WorldContractTest.PROVIDER)
class WorldContractTest {

    static final String PROVIDER = "world-service";
    static final String CONSUMER = "gameplay-service";

    static final String QUEST_ID = "q-sandstorm-oath";
    static final String BRANCH_ID = "b-swear-to-helios";
    static final String SERVER_ID = "night-city-eu-1";
    private static final String PATH = "/api/v1/world/internal/quest-consequences/apply";
    private static final String CHARACTER_ID = "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d";
    /** gameplay's quest session ids, the Idempotency-Keys of the pushes. */
    private static final String SESSION_ID = "0d6c1f2e-3a4b-4c5d-8e9f-a0b1c2d3e4f5";
    private static final String REPLAYED_SESSION_ID = "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b";
    private static final String APPLICATION_ID = "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b";
    /** The consequences the provider state defines for the branch: the character's standing with the dynasty. */
    private static final String DEFINED = "the consequences of " + QUEST_ID + " through " + BRANCH_ID
            + " raise the standing with helios-dynasty by 150";

    @Pact(consumer = CONSUMER)
    V4Pact consequencesAreApplied(PactDslWithProvider builder) {
        return builder
                .given(DEFINED)
                .uponReceiving("gameplay pushes the consequences of a completed quest")
                .method("POST")
                .path(PATH)
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", SESSION_ID)
                .body(request())
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(application())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "consequencesAreApplied")
    void theCompletedQuestChangesTheStanding(MockServer world) throws ApiException {
        QuestConsequenceApplication application = api(world).applyQuestConsequences(SESSION_ID, body());

        assertThat(application.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(application.getQuestId()).isEqualTo(QUEST_ID);
        assertThat(application.getBranchId()).isEqualTo(BRANCH_ID);
        assertThat(application.getDeltas()).singleElement().satisfies(this::standingRaised);
    }

    @Pact(consumer = CONSUMER)
    V4Pact aRetryAnswersAsTheFirstPush(PactDslWithProvider builder) {
        return builder
                .given(DEFINED)
                .given(GameplayClients.SENT_BEFORE)
                .uponReceiving("gameplay pushes the same consequences again with the same Idempotency-Key (a retry)")
                .method("POST")
                .path(PATH)
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", REPLAYED_SESSION_ID)
                .body(request())
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Replayed", "true", "true")
                .body(application())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "aRetryAnswersAsTheFirstPush")
    void aRetryIsAReplayOfTheFirstApplication(MockServer world) throws ApiException {
        ApiResponse<QuestConsequenceApplication> reply = api(world)
                .applyQuestConsequencesWithHttpInfo(REPLAYED_SESSION_ID, body());

        assertThat(reply.getStatusCode()).isEqualTo(201);
        assertThat(reply.getHeaders().get("Idempotency-Replayed")).containsExactly("true");
        assertThat(reply.getData().getApplicationId()).isEqualTo(UUID.fromString(APPLICATION_ID));
        assertThat(reply.getData().getDeltas()).singleElement().satisfies(this::standingRaised);
    }

    private void standingRaised(QuestConsequenceDelta delta) {
        assertThat(delta.getType()).isEqualTo(QuestEffectType.REPUTATION);
        assertThat(delta.getScope()).isEqualTo(EffectScope.CHARACTER);
        assertThat(delta.getTarget()).isEqualTo("helios-dynasty");
        assertThat(delta.getAfter()).containsEntry("standing", 150);
        assertThat(delta.getChanged()).isTrue();
    }

    private static QuestConsequencesApi api(MockServer world) {
        return new QuestConsequencesApi(GameplayClients.world(world));
    }

    /** What gameplay's outbox sends: the quest, the branch chosen, the character and the server of the session. */
    private static QuestConsequenceRequest body() {
        return new QuestConsequenceRequest().serverId(SERVER_ID).characterId(UUID.fromString(CHARACTER_ID))
                .questId(QUEST_ID).branchId(BRANCH_ID);
    }

    private static PactDslJsonBody request() {
        return new PactDslJsonBody()
                .stringValue("serverId", SERVER_ID)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("questId", QUEST_ID)
                .stringValue("branchId", BRANCH_ID);
    }

    /** The application world answers: one delta, a new standing of 150 for a character that had none. */
    private static PactDslJsonBody application() {
        PactDslJsonBody application = new PactDslJsonBody()
                .uuid("applicationId", UUID.fromString(APPLICATION_ID))
                .stringValue("serverId", SERVER_ID)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("questId", QUEST_ID)
                .stringValue("branchId", BRANCH_ID)
                .integerType("consequencesVersion", 1L)
                .stringMatcher("appliedAt", Patterns.RFC3339, "2026-11-27T12:55:03Z");
        application.minArrayLike("deltas", 1, 1)
                    .stringValue("type", "REPUTATION")
                    .stringValue("scope", "CHARACTER")
                    .stringValue("target", "helios-dynasty")
                    .booleanValue("changed", true)
                    .object("after")
                        .integerType("standing", 150)
                    .closeObject()
                .closeObject()
                .closeArray();
        return application;
    }
}
