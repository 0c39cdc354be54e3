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
import com.necpgame.gameplay.client.api.CombatApi;
import com.necpgame.gameplay.client.model.AttackRequest;
import com.necpgame.gameplay.client.model.CombatActionPage;
import com.necpgame.gameplay.client.model.CombatActionResult;
import com.necpgame.gameplay.client.model.CombatActionType;
import com.necpgame.gameplay.client.model.CombatParticipantKind;
import com.necpgame.gameplay.client.model.CombatSession;
import com.necpgame.gameplay.client.model.CombatSessionPage;
import com.necpgame.gameplay.client.model.CombatSessionStatus;
import com.necpgame.gameplay.client.model.CombatSessionType;
import com.necpgame.gameplay.client.model.CombatSide;
import com.necpgame.gameplay.client.model.StartCombatSessionRequest;
import com.necpgame.gameplay.client.model.StartableCombatSessionType;
import com.necpgame.gameplay.client.model.UseItemRequest;
import com.necpgame.gameplay.client.model.UseSkillRequest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client uses gameplay-service's combat: the logged-in player's character starts a PVE fight against
 * the Maelstrom ambush, lists and opens its fights, attacks the Maelstrom ganger, uses its breach-protocol skill,
 * heals with a trauma medkit (consumed in economy-service), flees, and reads the combat log. Every call goes
 * through the generated gameplay client with the player's access token (the provider state's); session and
 * participant ids are the provider state's. Damage follows the characters' attributes, so amounts are pinned by
 * type; the encounter's content (the ganger's 60 hp, armor 2) is pinned by value.
 */
@PactConsumerTest
@PactTestFor(providerName = GameplayCombatContractTest.PROVIDER)
class GameplayCombatContractTest {

    static final String PROVIDER = "gameplay-service";

    private static final String SESSIONS = "/api/v1/gameplay/combat/sessions";
    private static final String SESSION_PATH = SESSIONS + "/${sessionId}";
    private static final String CHARACTER_ID = "5f1d7a2e-8c3b-4e9a-b6d4-2a7f9c0e1b35";
    private static final String SESSION_ID = "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d";
    private static final String PARTICIPANT_ID = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
    private static final String NPC_PARTICIPANT_ID = "1a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9";
    private static final String ACTION_ID = "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901";
    private static final String UUID_REGEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String MEDKIT_KEY = "medkit-0001";
    /** The provider's Retries sends the very request once right before the verification. */
    private static final String SENT_BEFORE = "the same request was sent once before";
    private static final String READY = "a logged-in player has a character ready for a fight";
    private static final String FIGHTING = "a player's character fights the Maelstrom ambush";
    private static final String HURT_WITH_MEDKIT =
            "a player's character, hit once in a fight against the Maelstrom ambush, carries a trauma medkit";
    private static final String TRADED_BLOWS = "a player's character has traded blows with the Maelstrom ambush";

    // --- sessions ------------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact startCombatSession(PactDslWithProvider builder) {
        return builder
                .given(READY)
                .uponReceiving("a game client starts a PVE fight against the Maelstrom ambush")
                .method("POST")
                .path(SESSIONS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("type", "PVE")
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .stringValue("encounterId", "maelstrom-ambush"))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(ambush(new PactDslJsonBody().uuid("sessionId", UUID.fromString(SESSION_ID)), false))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "startCombatSession")
    void aNewFightPutsTheCharacterAgainstTheMaelstromGanger(MockServer gameplay) throws ApiException {
        // The generated model starts opponentCharacterIds as an empty list, which the spec's minItems 1 refuses:
        // a PVE fight leaves it out.
        CombatSession session = api(gameplay).startCombatSession(new StartCombatSessionRequest()
                .type(StartableCombatSessionType.PVE).characterId(UUID.fromString(CHARACTER_ID))
                .encounterId("maelstrom-ambush").opponentCharacterIds(null));

        assertThat(session.getSessionId()).isNotNull();
        assertThat(session.getType()).isEqualTo(CombatSessionType.PVE);
        assertThat(session.getStatus()).isEqualTo(CombatSessionStatus.ACTIVE);
        assertThat(session.getTurn()).isZero();
        assertThat(session.getParticipants()).hasSize(2);
        assertThat(session.getParticipants().get(0).getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(session.getParticipants().get(0).getSide()).isEqualTo(CombatSide.ALPHA);
        assertThat(session.getParticipants().get(1).getKind()).isEqualTo(CombatParticipantKind.NPC);
        assertThat(session.getParticipants().get(1).getNpcId()).isEqualTo("maelstrom-ganger");
        assertThat(session.getParticipants().get(1).getHp()).isEqualTo(60);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listCombatSessions(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, ambush(sessionFromState(), false), 1);
        return builder
                .given(FIGHTING)
                .uponReceiving("a game client lists the character's active fights")
                .method("GET")
                .path(SESSIONS)
                .query("status=ACTIVE")
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
    @PactTestFor(pactMethod = "listCombatSessions")
    void theActiveFightsHoldTheAmbush(MockServer gameplay) throws ApiException {
        CombatSessionPage page = api(gameplay).listCombatSessions(UUID.fromString(CHARACTER_ID),
                CombatSessionStatus.ACTIVE, null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(session -> {
            assertThat(session.getSessionId()).isEqualTo(UUID.fromString(SESSION_ID));
            assertThat(session.getEncounterId()).isEqualTo("maelstrom-ambush");
            assertThat(session.getStatus()).isEqualTo(CombatSessionStatus.ACTIVE);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getCombatSession(PactDslWithProvider builder) {
        return builder
                .given(FIGHTING)
                .uponReceiving("a game client opens the character's fight against the Maelstrom ambush")
                .method("GET")
                .pathFromProviderState(SESSION_PATH, sessionPath(""))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(ambush(sessionFromState(), true))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getCombatSession")
    void theFightShowsBothParticipants(MockServer gameplay) throws ApiException {
        CombatSession session = api(gameplay).getCombatSession(UUID.fromString(SESSION_ID));

        assertThat(session.getSessionId()).isEqualTo(UUID.fromString(SESSION_ID));
        assertThat(session.getParticipants()).extracting(p -> p.getParticipantId())
                .containsExactly(UUID.fromString(PARTICIPANT_ID), UUID.fromString(NPC_PARTICIPANT_ID));
        assertThat(session.getParticipants().get(1).getArmor()).isEqualTo(2);
    }

    // --- actions -------------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact attackInCombat(PactDslWithProvider builder) {
        return builder
                .given(FIGHTING)
                .uponReceiving("a game client attacks the Maelstrom ganger")
                .method("POST")
                .pathFromProviderState(SESSION_PATH + "/attack", sessionPath("/attack"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("actionId", ACTION_ID)
                        .valueFromProviderState("targetParticipantId", "${npcParticipantId}", NPC_PARTICIPANT_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(damaging(action("ATTACK").stringValue("actionId", ACTION_ID), 60))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "attackInCombat")
    void anAttackDamagesTheGangerByTheBreakdownsAmount(MockServer gameplay) throws ApiException {
        CombatActionResult result = api(gameplay).attackInCombat(UUID.fromString(SESSION_ID), new AttackRequest()
                .actionId(UUID.fromString(ACTION_ID)).targetParticipantId(UUID.fromString(NPC_PARTICIPANT_ID)));

        assertThat(result.getActionId()).isEqualTo(UUID.fromString(ACTION_ID));
        assertThat(result.getType()).isEqualTo(CombatActionType.ATTACK);
        assertThat(result.getTargetParticipantId()).isEqualTo(UUID.fromString(NPC_PARTICIPANT_ID));
        assertThat(result.getDamage().getArmor()).isEqualTo(2);
        assertThat(result.getTargetHpAfter()).isEqualTo(60 - result.getDamage().getAmount());
        assertThat(result.getSessionStatus()).isEqualTo(CombatSessionStatus.ACTIVE);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact useCombatSkill(PactDslWithProvider builder) {
        return builder
                .given(FIGHTING)
                .uponReceiving("a game client breaches the Maelstrom ganger with breach-protocol")
                .method("POST")
                .pathFromProviderState(SESSION_PATH + "/use-skill", sessionPath("/use-skill"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("actionId", ACTION_ID)
                        .stringValue("skillId", "breach-protocol")
                        .valueFromProviderState("targetParticipantId", "${npcParticipantId}", NPC_PARTICIPANT_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(damaging(action("USE_SKILL").stringValue("actionId", ACTION_ID)
                        .stringValue("skillId", "breach-protocol"), 60))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "useCombatSkill")
    void breachProtocolScalesWithIntelligence(MockServer gameplay) throws ApiException {
        CombatActionResult result = api(gameplay).useCombatSkill(UUID.fromString(SESSION_ID), new UseSkillRequest()
                .actionId(UUID.fromString(ACTION_ID)).skillId("breach-protocol")
                .targetParticipantId(UUID.fromString(NPC_PARTICIPANT_ID)));

        assertThat(result.getType()).isEqualTo(CombatActionType.USE_SKILL);
        assertThat(result.getSkillId()).isEqualTo("breach-protocol");
        assertThat(result.getDamage().getAttribute().getValue()).isEqualTo("INT");
        assertThat(result.getTargetHpAfter()).isEqualTo(60 - result.getDamage().getAmount());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact useCombatItem(PactDslWithProvider builder) {
        return builder
                .given(HURT_WITH_MEDKIT)
                .uponReceiving("a game client heals the character with a trauma medkit")
                .method("POST")
                .pathFromProviderState(SESSION_PATH + "/use-item", sessionPath("/use-item"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", MEDKIT_KEY)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("itemId", "trauma-medkit"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(medkitUsed())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "useCombatItem")
    void aMedkitHealsTheCharacterItself(MockServer gameplay) throws ApiException {
        CombatActionResult result = api(gameplay).useCombatItem(UUID.fromString(SESSION_ID), MEDKIT_KEY,
                new UseItemRequest().itemId("trauma-medkit"));

        assertThat(result.getType()).isEqualTo(CombatActionType.USE_ITEM);
        assertThat(result.getItemId()).isEqualTo("trauma-medkit");
        assertThat(result.getTargetParticipantId()).isEqualTo(UUID.fromString(PARTICIPANT_ID));
        assertThat(result.getHealing()).isPositive();
        assertThat(result.getDamage()).isNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact useCombatItemAgain(PactDslWithProvider builder) {
        return builder
                .given(HURT_WITH_MEDKIT)
                .given(SENT_BEFORE)
                .uponReceiving("a game client uses the trauma medkit again with the same Idempotency-Key (a retry)")
                .method("POST")
                .pathFromProviderState(SESSION_PATH + "/use-item", sessionPath("/use-item"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", MEDKIT_KEY)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("itemId", "trauma-medkit"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Replayed", "true", "true")
                .body(medkitUsed())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "useCombatItemAgain")
    void aRetriedItemUseIsAReplayAndConsumesNothing(MockServer gameplay) throws ApiException {
        ApiResponse<CombatActionResult> reply = api(gameplay).useCombatItemWithHttpInfo(UUID.fromString(SESSION_ID),
                MEDKIT_KEY, new UseItemRequest().itemId("trauma-medkit"));

        assertThat(reply.getStatusCode()).isEqualTo(200);
        assertThat(reply.getHeaders().get("Idempotency-Replayed")).containsExactly("true");
        assertThat(reply.getData().getType()).isEqualTo(CombatActionType.USE_ITEM);
        assertThat(reply.getData().getHealing()).isPositive();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact fleeCombat(PactDslWithProvider builder) {
        return builder
                .given(FIGHTING)
                .uponReceiving("a game client flees from the Maelstrom ambush")
                .method("POST")
                .pathFromProviderState(SESSION_PATH + "/flee", sessionPath("/flee"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .uuid("actionId", UUID.fromString(ACTION_ID))
                        .valueFromProviderState("sessionId", "${sessionId}", SESSION_ID)
                        .integerType("turn", 1L)
                        .stringValue("type", "FLEE")
                        .valueFromProviderState("actorParticipantId", "${participantId}", PARTICIPANT_ID)
                        .stringValue("sessionStatus", "FLED")
                        .stringMatcher("occurredAt", GameClients.RFC3339, "2026-11-27T12:00:15Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "fleeCombat")
    void fleeingAPveFightEndsIt(MockServer gameplay) throws ApiException {
        CombatActionResult result = api(gameplay).fleeCombat(UUID.fromString(SESSION_ID));

        assertThat(result.getType()).isEqualTo(CombatActionType.FLEE);
        assertThat(result.getActorParticipantId()).isEqualTo(UUID.fromString(PARTICIPANT_ID));
        assertThat(result.getSessionStatus()).isEqualTo(CombatSessionStatus.FLED);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listCombatActions(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 2);
        page.minArrayLike("items", 1, new PactDslJsonBody()
                        .stringMatcher("actionId", UUID_REGEX, ACTION_ID)
                        .valueFromProviderState("sessionId", "${sessionId}", SESSION_ID)
                        .integerType("turn", 1L)
                        .stringValue("type", "ATTACK")
                        .stringMatcher("actorParticipantId", UUID_REGEX, PARTICIPANT_ID)
                        .stringMatcher("targetParticipantId", UUID_REGEX, NPC_PARTICIPANT_ID)
                        .object("damage", breakdown(false))
                        .integerType("targetHpAfter", 52)
                        .booleanType("targetDefeated", false)
                        .stringValue("sessionStatus", "ACTIVE")
                        .stringMatcher("occurredAt", GameClients.RFC3339, "2026-11-27T12:00:05Z"), 2);
        return builder
                .given(TRADED_BLOWS)
                .uponReceiving("a game client reads the combat log of the fight against the Maelstrom ambush")
                .method("GET")
                .pathFromProviderState(SESSION_PATH + "/actions", sessionPath("/actions"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listCombatActions")
    void theLogHoldsTheAttackAndTheGangersAnswer(MockServer gameplay) throws ApiException {
        CombatActionPage page = api(gameplay).listCombatActions(UUID.fromString(SESSION_ID), null, null);

        assertThat(page.getTotal()).isEqualTo(2L);
        assertThat(page.getItems()).hasSize(2).allSatisfy(action -> {
            assertThat(action.getType()).isEqualTo(CombatActionType.ATTACK);
            assertThat(action.getSessionId()).isEqualTo(UUID.fromString(SESSION_ID));
            assertThat(action.getDamage().getAmount()).isPositive();
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact attackAfterFleeing(PactDslWithProvider builder) {
        return builder
                .given("a player's character has fled from the Maelstrom ambush")
                .uponReceiving("a game client attacks in a fight the character fled from")
                .method("POST")
                .pathFromProviderState(SESSION_PATH + "/attack", sessionPath("/attack"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("actionId", ACTION_ID)
                        .valueFromProviderState("targetParticipantId", "${npcParticipantId}", NPC_PARTICIPANT_ID))
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(409, "SESSION_NOT_ACTIVE"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "attackAfterFleeing")
    void aFledFightTakesNoMoreActions(MockServer gameplay) {
        CombatApi api = api(gameplay);

        assertThatThrownBy(() -> api.attackInCombat(UUID.fromString(SESSION_ID), new AttackRequest()
                .actionId(UUID.fromString(ACTION_ID)).targetParticipantId(UUID.fromString(NPC_PARTICIPANT_ID))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("SESSION_NOT_ACTIVE");
                });
    }

    // --- bodies --------------------------------------------------------------------------------------------

    private static CombatApi api(MockServer gameplay) {
        return new CombatApi(GameClients.gameplay(gameplay));
    }

    /** The trauma medkit used on the character itself (no target given): healing, by type. */
    private static PactDslJsonBody medkitUsed() {
        return action("USE_ITEM")
                .uuid("actionId", UUID.fromString(ACTION_ID))
                .stringValue("itemId", "trauma-medkit")
                .valueFromProviderState("targetParticipantId", "${participantId}", PARTICIPANT_ID)
                .integerType("healing", 6)
                .integerType("targetHpAfter", 120)
                .booleanValue("targetDefeated", false);
    }

    private static PactDslJsonBody sessionFromState() {
        return new PactDslJsonBody().valueFromProviderState("sessionId", "${sessionId}", SESSION_ID);
    }

    /**
     * The PVE session against maelstrom-ambush, not yet fought: the character (side ALPHA) and the Maelstrom ganger
     * (BRAVO, the encounter's 60 hp and armor 2). The character's hit points follow its level and attributes.
     */
    private static PactDslJsonBody ambush(PactDslJsonBody session, boolean participantIdsFromState) {
        session.stringValue("type", "PVE")
                .stringValue("status", "ACTIVE")
                .stringValue("encounterId", "maelstrom-ambush")
                .integerType("turn", 0L)
                .stringMatcher("startedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z");
        PactDslJsonBody character = session.array("participants").object();
        if (participantIdsFromState) {
            character.valueFromProviderState("participantId", "${participantId}", PARTICIPANT_ID);
        } else {
            character.stringMatcher("participantId", UUID_REGEX, PARTICIPANT_ID);
        }
        PactDslJsonBody npc = character
                .stringValue("kind", "CHARACTER")
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringType("displayName", "Vex Marlowe")
                .stringValue("side", "ALPHA")
                .integerType("hp", 120)
                .integerType("maxHp", 120)
                .integerType("armor", 4)
                .booleanValue("defeated", false)
                .booleanValue("fled", false)
                .closeObject()
                .asArray()
                .object();
        if (participantIdsFromState) {
            npc.valueFromProviderState("participantId", "${npcParticipantId}", NPC_PARTICIPANT_ID);
        } else {
            npc.stringMatcher("participantId", UUID_REGEX, NPC_PARTICIPANT_ID);
        }
        npc.stringValue("kind", "NPC")
                .stringValue("npcId", "maelstrom-ganger")
                .stringValue("displayName", "Maelstrom Ganger")
                .stringValue("side", "BRAVO")
                .numberValue("hp", 60)
                .numberValue("maxHp", 60)
                .numberValue("armor", 2)
                .booleanValue("defeated", false)
                .booleanValue("fled", false)
                .closeObject()
                .closeArray();
        return session;
    }

    /** What every action of the character in the provider state's session answers. */
    private static PactDslJsonBody action(String type) {
        return new PactDslJsonBody()
                .valueFromProviderState("sessionId", "${sessionId}", SESSION_ID)
                .integerType("turn", 1L)
                .stringValue("type", type)
                .valueFromProviderState("actorParticipantId", "${participantId}", PARTICIPANT_ID)
                .stringValue("sessionStatus", "ACTIVE")
                .stringMatcher("occurredAt", GameClients.RFC3339, "2026-11-27T12:00:05Z");
    }

    /** A damaging action on the Maelstrom ganger (armor 2), whose hit points were {@code hpBefore}. */
    private static PactDslJsonBody damaging(PactDslJsonBody action, int hpBefore) {
        return action
                .valueFromProviderState("targetParticipantId", "${npcParticipantId}", NPC_PARTICIPANT_ID)
                .object("damage", breakdown(true))
                .integerType("targetHpAfter", hpBefore - 15)
                .booleanValue("targetDefeated", false);
    }

    /**
     * The damage rule's breakdown: the amounts follow the attributes, so by type; the Maelstrom ganger's armor 2
     * by value when {@code gangersArmor}.
     */
    private static PactDslJsonBody breakdown(boolean gangersArmor) {
        PactDslJsonBody damage = new PactDslJsonBody()
                .integerType("base", 16)
                .stringMatcher("attribute", "STR|DEX|INT|TECH|COOL", "INT")
                .integerType("attributeValue", 12)
                .integerType("attributeModifier", 1)
                .integerType("amount", 15);
        return gangersArmor ? damage.numberValue("armor", 2) : damage.integerType("armor", 2);
    }

    private static String sessionPath(String suffix) {
        return SESSIONS + "/" + SESSION_ID + suffix;
    }
}
