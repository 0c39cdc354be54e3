package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.gameplay.client.ApiException;
import com.necpgame.gameplay.client.ApiResponse;
import com.necpgame.gameplay.client.api.QuestsApi;
import com.necpgame.gameplay.client.model.Attribute;
import com.necpgame.gameplay.client.model.Quest;
import com.necpgame.gameplay.client.model.QuestChoiceRequest;
import com.necpgame.gameplay.client.model.QuestCompletion;
import com.necpgame.gameplay.client.model.QuestPage;
import com.necpgame.gameplay.client.model.QuestSession;
import com.necpgame.gameplay.client.model.QuestSessionPage;
import com.necpgame.gameplay.client.model.QuestStatus;
import com.necpgame.gameplay.client.model.RewardKind;
import com.necpgame.gameplay.client.model.SkillCheckRequest;
import com.necpgame.gameplay.client.model.SkillCheckResult;
import com.necpgame.gameplay.client.model.StartQuestRequest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How a game client uses gameplay-service's quests: the logged-in player browses the quest catalogue (content,
 * the same for everyone) and opens a quest; starts one for their character, chooses, takes a skill check,
 * completes or abandons it. Every call goes through the generated gameplay client with the player's access token
 * (the provider state's); the ids of characters and quest sessions are the provider state's. The d20 of a skill
 * check is the server's, so its result is pinned by type only.
 */
@PactConsumerTest
@PactTestFor(providerName = GameplayQuestContractTest.PROVIDER)
class GameplayQuestContractTest {

    static final String PROVIDER = "gameplay-service";

    private static final String QUESTS = "/api/v1/gameplay/quests";
    private static final String QUEST_SESSIONS = "/api/v1/gameplay/quest-sessions";
    private static final String QUEST_SESSION_PATH = QUEST_SESSIONS + "/${questSessionId}";
    private static final String CHARACTER_ID = "5f1d7a2e-8c3b-4e9a-b6d4-2a7f9c0e1b35";
    private static final String QUEST_SESSION_ID = "c4a1e2b3-5d6f-4789-9abc-def012345678";
    private static final String DELIVERY = "NOT_REQUIRED|PENDING|DELIVERED";
    private static final String COMPLETION_KEY = "corner-store-run-0001";
    /** The provider's Retries sends the very request once right before the verification. */
    private static final String SENT_BEFORE = "the same request was sent once before";
    private static final String LOGGED_IN = "a logged-in player looks at the quest catalogue";
    private static final String NO_QUEST = "a logged-in player has a level-1 character on no quest";
    private static final String ON_THE_RUN = "a player's character is on the Corner Store Run";
    private static final String SETTLED = "a player's character has settled the Corner Store Run by delivering the package";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listQuests(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, cornerStoreRun(), 1);
        return builder
                .given(LOGGED_IN)
                .uponReceiving("a game client lists the quests a level-1 character may start")
                .method("GET")
                .path(QUESTS)
                .query("maxLevel=1")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listQuests")
    void theCatalogueForLevelOneHoldsTheCornerStoreRun(MockServer gameplay) throws ApiException {
        QuestPage page = api(gameplay).listQuests(1, null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(quest -> {
            assertThat(quest.getQuestId()).isEqualTo("q-corner-store-run");
            assertThat(quest.getMinLevel()).isEqualTo(1);
            assertThat(quest.getDefaultBranchId()).isEqualTo("deliver-the-package");
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getQuest(PactDslWithProvider builder) {
        return builder
                .given(LOGGED_IN)
                .uponReceiving("a game client opens the quest Neon Ghosts")
                .method("GET")
                .path(QUESTS + "/q-neon-ghosts")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(neonGhosts())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getQuest")
    void neonGhostsHasTwoBranchesAndPaysExperienceAndEddies(MockServer gameplay) throws ApiException {
        Quest quest = api(gameplay).getQuest("q-neon-ghosts");

        assertThat(quest.getMinLevel()).isEqualTo(3);
        assertThat(quest.getBranches()).extracting(b -> b.getBranchId())
                .containsExactly("spare-the-ghost", "sell-the-ghost");
        assertThat(quest.getRewards()).extracting(r -> r.getKind())
                .containsExactly(RewardKind.EXPERIENCE, RewardKind.CURRENCY);
        assertThat(quest.getObjectives()).anySatisfy(o -> assertThat(o.getOptional()).isFalse());
    }

    // --- quest sessions -------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact startQuest(PactDslWithProvider builder) {
        return builder
                .given(NO_QUEST)
                .uponReceiving("a game client starts the Corner Store Run on night-city-eu-1")
                .method("POST")
                .path(QUEST_SESSIONS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .stringValue("questId", "q-corner-store-run")
                        .stringValue("serverId", "night-city-eu-1"))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(atTheWatsonMarket(new PactDslJsonBody().uuid("questSessionId", UUID.fromString(QUEST_SESSION_ID))))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "startQuest")
    void aStartedQuestWaitsAtItsFirstNode(MockServer gameplay) throws ApiException {
        QuestSession session = api(gameplay).startQuest(new StartQuestRequest()
                .characterId(UUID.fromString(CHARACTER_ID)).questId("q-corner-store-run").serverId("night-city-eu-1"));

        assertThat(session.getQuestSessionId()).isNotNull();
        assertThat(session.getStatus()).isEqualTo(QuestStatus.ACTIVE);
        assertThat(session.getNodeId()).isEqualTo("watson-market");
        assertThat(session.getProgress()).isZero();
        assertThat(session.getObjectives()).containsEntry("find-the-courier", false);
        assertThat(session.getAvailableChoices()).extracting(c -> c.getChoiceId()).containsExactly("ask-around");
        assertThat(session.getAvailableSkillChecks()).singleElement().satisfies(check -> {
            assertThat(check.getCheckId()).isEqualTo("read-the-crowd");
            assertThat(check.getAttribute()).isEqualTo(Attribute.COOL);
            assertThat(check.getDc()).isEqualTo(12);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact startQuestTooLow(PactDslWithProvider builder) {
        return builder
                .given(NO_QUEST)
                .uponReceiving("a game client starts Neon Ghosts (minimum level 3) with a level-1 character")
                .method("POST")
                .path(QUEST_SESSIONS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .stringValue("questId", "q-neon-ghosts")
                        .stringValue("serverId", "night-city-eu-1"))
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(422, "LEVEL_TOO_LOW"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "startQuestTooLow")
    void aQuestAboveTheCharactersLevelIsRefused(MockServer gameplay) {
        QuestsApi api = api(gameplay);

        assertThatThrownBy(() -> api.startQuest(new StartQuestRequest().characterId(UUID.fromString(CHARACTER_ID))
                .questId("q-neon-ghosts").serverId("night-city-eu-1")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("LEVEL_TOO_LOW");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact startQuestForAnotherPlayer(PactDslWithProvider builder) {
        return builder
                .given("a logged-in player and a character of another player, on no quest")
                .uponReceiving("a game client starts the Corner Store Run for another player's character")
                .method("POST")
                .path(QUEST_SESSIONS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .stringValue("questId", "q-corner-store-run")
                        .stringValue("serverId", "night-city-eu-1"))
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(403, "NOT_CHARACTER_OWNER"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "startQuestForAnotherPlayer")
    void onlyTheOwnerStartsAQuestForACharacter(MockServer gameplay) {
        QuestsApi api = api(gameplay);

        assertThatThrownBy(() -> api.startQuest(new StartQuestRequest().characterId(UUID.fromString(CHARACTER_ID))
                .questId("q-corner-store-run").serverId("night-city-eu-1")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("NOT_CHARACTER_OWNER");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listActiveQuests(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, atTheWatsonMarket(sessionFromState()), 1);
        return builder
                .given(ON_THE_RUN)
                .uponReceiving("a game client lists the character's active quests")
                .method("GET")
                .path(QUEST_SESSIONS)
                .queryParameterFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listActiveQuests")
    void theActiveQuestsHoldTheCornerStoreRun(MockServer gameplay) throws ApiException {
        QuestSessionPage page = api(gameplay).listActiveQuests(UUID.fromString(CHARACTER_ID), null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(session -> {
            assertThat(session.getQuestSessionId()).isEqualTo(UUID.fromString(QUEST_SESSION_ID));
            assertThat(session.getQuestId()).isEqualTo("q-corner-store-run");
            assertThat(session.getStatus()).isEqualTo(QuestStatus.ACTIVE);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getQuestSession(PactDslWithProvider builder) {
        return builder
                .given(ON_THE_RUN)
                .uponReceiving("a game client opens the character's Corner Store Run")
                .method("GET")
                .pathFromProviderState(QUEST_SESSION_PATH, questSessionPath(""))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(atTheWatsonMarket(sessionFromState()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getQuestSession")
    void theQuestSessionShowsWhereTheCharacterIs(MockServer gameplay) throws ApiException {
        QuestSession session = api(gameplay).getQuestSession(UUID.fromString(QUEST_SESSION_ID));

        assertThat(session.getQuestSessionId()).isEqualTo(UUID.fromString(QUEST_SESSION_ID));
        assertThat(session.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(session.getServerId()).isEqualTo("night-city-eu-1");
        assertThat(session.getNodeId()).isEqualTo("watson-market");
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact makeQuestChoice(PactDslWithProvider builder) {
        PactDslJsonBody session = inTheBackAlley(sessionFromState());
        session.object("objectives")
                .booleanValue("find-the-courier", true)
                .booleanValue("settle-the-deal", false)
                .booleanValue("stay-unseen", false)
                .closeObject();
        return builder
                .given(ON_THE_RUN)
                .uponReceiving("a game client asks the stall owners about the courier")
                .method("POST")
                .pathFromProviderState(QUEST_SESSION_PATH + "/choices", questSessionPath("/choices"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("choiceId", "ask-around"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(session)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "makeQuestChoice")
    void askingAroundFindsTheCourierAndLeadsToTheBackAlley(MockServer gameplay) throws ApiException {
        QuestSession session = api(gameplay).makeQuestChoice(UUID.fromString(QUEST_SESSION_ID),
                new QuestChoiceRequest().choiceId("ask-around"));

        assertThat(session.getNodeId()).isEqualTo("back-alley");
        assertThat(session.getObjectives()).containsEntry("find-the-courier", true);
        assertThat(session.getProgress()).isEqualTo(50);
        assertThat(session.getAvailableChoices()).extracting(c -> c.getChoiceId()).contains("hand-over-the-package");
        assertThat(session.getAvailableSkillChecks()).isEmpty();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact rollQuestSkillCheck(PactDslWithProvider builder) {
        PactDslJsonBody session = inTheBackAlley(sessionFromState());
        session.object("objectives")
                .booleanValue("find-the-courier", true)
                .booleanValue("settle-the-deal", false)
                .booleanType("stay-unseen", true)
                .closeObject();
        return builder
                .given(ON_THE_RUN)
                .uponReceiving("a game client reads the crowd for the courier (COOL against DC 12)")
                .method("POST")
                .pathFromProviderState(QUEST_SESSION_PATH + "/skill-checks", questSessionPath("/skill-checks"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("checkId", "read-the-crowd"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                // The d20 is the server's: the roll, the total and whether it passed are pinned by type only.
                .body(new PactDslJsonBody()
                        .stringValue("checkId", "read-the-crowd")
                        .integerType("roll", 11)
                        .stringValue("skill", "streetwise")
                        .integerType("skillRank", 1)
                        .stringValue("attribute", "COOL")
                        .integerType("attributeValue", 10)
                        .integerType("attributeModifier", 0)
                        .numberValue("modifier", 0)
                        .integerType("total", 12)
                        .numberValue("dc", 12)
                        .booleanType("passed", true)
                        .stringMatcher("rolledAt", GameClients.RFC3339, "2026-11-27T12:05:00Z")
                        .object("questSession", session))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rollQuestSkillCheck")
    void theCheckAddsTheRankAndTheModifiersToTheRoll(MockServer gameplay) throws ApiException {
        SkillCheckResult result = api(gameplay).rollQuestSkillCheck(UUID.fromString(QUEST_SESSION_ID),
                new SkillCheckRequest().checkId("read-the-crowd"));

        assertThat(result.getRoll()).isBetween(1, 20);
        assertThat(result.getTotal()).isEqualTo(result.getRoll() + result.getSkillRank()
                + result.getAttributeModifier() + result.getModifier());
        assertThat(result.getPassed()).isEqualTo(result.getTotal() >= result.getDc());
        assertThat(result.getQuestSession().getNodeId()).isEqualTo("back-alley");
        assertThat(result.getQuestSession().getObjectives()).containsEntry("find-the-courier", true);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact completeQuest(PactDslWithProvider builder) {
        return builder
                .given(SETTLED)
                .uponReceiving("a game client completes the Corner Store Run")
                .method("POST")
                .pathFromProviderState(QUEST_SESSION_PATH + "/complete", questSessionPath("/complete"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", COMPLETION_KEY)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(completion())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "completeQuest")
    void aCompletedQuestGrantsItsRewardsOnTheChosenBranch(MockServer gameplay) throws ApiException {
        QuestCompletion completion = api(gameplay).completeQuest(UUID.fromString(QUEST_SESSION_ID),
                COMPLETION_KEY);

        assertThat(completion.getQuestSession().getStatus()).isEqualTo(QuestStatus.COMPLETED);
        assertThat(completion.getQuestSession().getBranchId()).isEqualTo("deliver-the-package");
        assertThat(completion.getQuestSession().getProgress()).isEqualTo(100);
        assertThat(completion.getQuestSession().getEndedAt()).isNotNull();
        assertThat(completion.getRewards()).extracting(r -> r.getKind(), r -> r.getAmount()).containsExactly(
                tuple(RewardKind.EXPERIENCE, 1200L), tuple(RewardKind.CURRENCY, 250L), tuple(RewardKind.ITEM, 1L));
        assertThat(completion.getCompletedAt()).isNotNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact completeQuestAgain(PactDslWithProvider builder) {
        return builder
                .given(SETTLED)
                .given(SENT_BEFORE)
                .uponReceiving("a game client completes the Corner Store Run again with the same Idempotency-Key (a retry)")
                .method("POST")
                .pathFromProviderState(QUEST_SESSION_PATH + "/complete", questSessionPath("/complete"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", COMPLETION_KEY)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Replayed", "true", "true")
                .body(completion())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "completeQuestAgain")
    void aRetriedCompletionIsAReplayOfTheFirst(MockServer gameplay) throws ApiException {
        ApiResponse<QuestCompletion> reply = api(gameplay).completeQuestWithHttpInfo(
                UUID.fromString(QUEST_SESSION_ID), COMPLETION_KEY);

        assertThat(reply.getStatusCode()).isEqualTo(200);
        assertThat(reply.getHeaders().get("Idempotency-Replayed")).containsExactly("true");
        assertThat(reply.getData().getQuestSession().getStatus()).isEqualTo(QuestStatus.COMPLETED);
        assertThat(reply.getData().getRewards()).hasSize(3);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact abandonQuest(PactDslWithProvider builder) {
        PactDslJsonBody session = questSession(sessionFromState())
                .stringValue("status", "ABANDONED")
                .stringValue("nodeId", "watson-market")
                .numberValue("progress", 0)
                .stringMatcher("endedAt", GameClients.RFC3339, "2026-11-27T12:03:00Z");
        session.object("objectives")
                .booleanValue("find-the-courier", false)
                .booleanValue("settle-the-deal", false)
                .booleanValue("stay-unseen", false)
                .closeObject();
        session.array("availableChoices").closeArray();
        session.array("availableSkillChecks").closeArray();
        return builder
                .given(ON_THE_RUN)
                .uponReceiving("a game client abandons the Corner Store Run")
                .method("POST")
                .pathFromProviderState(QUEST_SESSION_PATH + "/abandon", questSessionPath("/abandon"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(session)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "abandonQuest")
    void anAbandonedQuestOffersNothingMore(MockServer gameplay) throws ApiException {
        QuestSession session = api(gameplay).abandonQuest(UUID.fromString(QUEST_SESSION_ID));

        assertThat(session.getStatus()).isEqualTo(QuestStatus.ABANDONED);
        assertThat(session.getEndedAt()).isNotNull();
        assertThat(session.getAvailableChoices()).isEmpty();
        assertThat(session.getAvailableSkillChecks()).isEmpty();
    }

    static QuestsApi api(MockServer gameplay) {
        return new QuestsApi(GameClients.gameplay(gameplay));
    }

    /** The completed Corner Store Run on the branch deliver-the-package, and its three rewards. */
    private static PactDslJsonBody completion() {
        PactDslJsonBody session = questSession(sessionFromState())
                .stringValue("status", "COMPLETED")
                .stringValue("branchId", "deliver-the-package")
                .stringValue("nodeId", "epilogue")
                .numberValue("progress", 100)
                .stringMatcher("endedAt", GameClients.RFC3339, "2026-11-27T12:45:00Z");
        session.object("objectives")
                .booleanValue("find-the-courier", true)
                .booleanValue("settle-the-deal", true)
                .booleanValue("stay-unseen", false)
                .closeObject();
        session.array("availableChoices").closeArray();
        session.array("availableSkillChecks").closeArray();
        PactDslJsonBody completion = new PactDslJsonBody()
                .object("questSession", session)
                .stringMatcher("completedAt", GameClients.RFC3339, "2026-11-27T12:45:00Z");
        completion.array("rewards")
                .object().stringValue("kind", "EXPERIENCE").numberValue("amount", 1200).closeObject()
                .object().stringValue("kind", "CURRENCY").stringValue("currency", "EDDIES")
                .numberValue("amount", 250).closeObject()
                .object().stringValue("kind", "ITEM").stringValue("itemId", "street-medkit")
                .numberValue("amount", 1).closeObject()
                .closeArray();
        return completion;
    }

    private static PactDslJsonBody sessionFromState() {
        return new PactDslJsonBody().valueFromProviderState("questSessionId", "${questSessionId}", QUEST_SESSION_ID);
    }

    /** What every session of the provider state's character on the Corner Store Run holds. */
    private static PactDslJsonBody questSession(PactDslJsonBody session) {
        return session
                .stringValue("questId", "q-corner-store-run")
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("serverId", "night-city-eu-1")
                .stringMatcher("startedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("progressSync", DELIVERY, "PENDING")
                .stringMatcher("consequencesSync", DELIVERY, "NOT_REQUIRED");
    }

    /** The Corner Store Run just started: at watson-market, nothing done, one choice and one skill check. */
    private static PactDslJsonBody atTheWatsonMarket(PactDslJsonBody session) {
        questSession(session)
                .stringValue("status", "ACTIVE")
                .stringValue("nodeId", "watson-market")
                .numberValue("progress", 0);
        session.object("objectives")
                .booleanValue("find-the-courier", false)
                .booleanValue("settle-the-deal", false)
                .booleanValue("stay-unseen", false)
                .closeObject();
        session.array("availableChoices")
                .object().stringValue("choiceId", "ask-around")
                .stringType("text", "Ask the stall owners about the courier.").closeObject()
                .closeArray();
        session.array("availableSkillChecks")
                .object().stringValue("checkId", "read-the-crowd")
                .stringValue("skill", "streetwise")
                .stringValue("attribute", "COOL")
                .numberValue("dc", 12)
                .numberValue("modifier", 0)
                .stringType("description", "Spot the courier in the crowd without being noticed.")
                .closeObject()
                .closeArray();
        return session;
    }

    /** The Corner Store Run once the courier is found: the back alley offers how to settle the deal. */
    private static PactDslJsonBody inTheBackAlley(PactDslJsonBody session) {
        questSession(session)
                .stringValue("status", "ACTIVE")
                .stringValue("nodeId", "back-alley")
                .numberValue("progress", 50);
        session.minArrayLike("availableChoices", 1, 4)
                .stringMatcher("choiceId", "hand-over-the-package|keep-the-package|leave-it-at-the-drop|pick-a-fight",
                        "hand-over-the-package")
                .stringType("text", "Bring the package to the owner as agreed.")
                .closeObject()
                .closeArray();
        session.array("availableSkillChecks").closeArray();
        return session;
    }

    private static String questSessionPath(String suffix) {
        return QUEST_SESSIONS + "/" + QUEST_SESSION_ID + suffix;
    }

    /** q-corner-store-run as gameplay's catalogue holds it. */
    private static PactDslJsonBody cornerStoreRun() {
        PactDslJsonBody quest = new PactDslJsonBody()
                .stringValue("questId", "q-corner-store-run")
                .stringType("title", "Corner Store Run")
                .stringType("summary", "Carry a package for the Watson corner store owner, and decide who gets it.")
                .integerType("minLevel", 1)
                .stringValue("defaultBranchId", "deliver-the-package");
        quest.minArrayLike("branches", 1, 2)
                .stringType("branchId", "deliver-the-package")
                .stringType("title", "Deliver the package")
                .closeObject().closeArray();
        quest.minArrayLike("objectives", 1, 3)
                .stringType("objectiveId", "find-the-courier")
                .stringType("description", "Find the courier who never showed up.")
                .booleanType("optional", false)
                .closeObject().closeArray();
        quest.minArrayLike("rewards", 1, 1)
                .stringType("kind", "EXPERIENCE")
                .integerType("amount", 1200L)
                .closeObject().closeArray();
        return quest;
    }

    /** q-neon-ghosts: its branches, objectives and rewards, exactly (content the client shows). */
    private static PactDslJsonBody neonGhosts() {
        PactDslJsonBody quest = new PactDslJsonBody()
                .stringValue("questId", "q-neon-ghosts")
                .stringType("title", "Neon Ghosts")
                .stringType("summary", "Track the netrunner haunting the Kabuki market grid.")
                .numberValue("minLevel", 3)
                .stringValue("defaultBranchId", "spare-the-ghost");
        quest.array("branches")
                .object().stringValue("branchId", "spare-the-ghost").stringType("title", "Spare the ghost")
                .closeObject()
                .object().stringValue("branchId", "sell-the-ghost").stringType("title", "Sell the ghost to Arasaka")
                .closeObject()
                .closeArray();
        quest.array("objectives")
                .object().stringValue("objectiveId", "find-the-relay")
                .stringType("description", "Find the rogue relay in Kabuki.").booleanValue("optional", false)
                .closeObject()
                .object().stringValue("objectiveId", "keep-the-relay")
                .stringType("description", "Keep the relay intact.").booleanValue("optional", true)
                .closeObject()
                .closeArray();
        quest.array("rewards")
                .object().stringValue("kind", "EXPERIENCE").integerType("amount", 1500L).closeObject()
                .object().stringValue("kind", "CURRENCY").stringValue("currency", "EDDIES")
                .integerType("amount", 800L).closeObject()
                .closeArray();
        return quest;
    }
}
