package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.ApiResponse;
import com.necpgame.character.client.api.CharacterAttributesApi;
import com.necpgame.character.client.api.CharacterLocationApi;
import com.necpgame.character.client.api.CharacterProgressionApi;
import com.necpgame.character.client.api.QuestProgressApi;
import com.necpgame.character.client.model.AttributeAllocation;
import com.necpgame.character.client.model.CharacterAttributes;
import com.necpgame.character.client.model.CharacterLocation;
import com.necpgame.character.client.model.CharacterLocationUpdate;
import com.necpgame.character.client.model.CharacterProgression;
import com.necpgame.character.client.model.QuestProgress;
import com.necpgame.character.client.model.QuestProgressPage;
import com.necpgame.character.client.model.QuestStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client reads and changes what a character has become: its attributes and the spending of the
 * attribute points its levels granted (once per Idempotency-Key: a retry answers the first result with
 * Idempotency-Replayed; more points than unspent is 422 NOT_ENOUGH_ATTRIBUTE_POINTS), its location (read, and
 * recorded on a zone change), its level and experience, and its quest progress as gameplay-service pushed it (a
 * quest never reported is 404 QUEST_PROGRESS_NOT_FOUND). Every call goes through the generated character client
 * with the player's access token (the provider state's).
 */
@PactConsumerTest
@PactTestFor(providerName = CharacterContractTest.PROVIDER)
class CharacterProgressContractTest {

    private static final String CHARACTER_ID = "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d";
    private static final String CHARACTER_PATH = "/api/v1/characters/${characterId}";
    private static final String HAS_A_CHARACTER = "a logged-in player has a character";
    /** 3000 experience from a completed quest: level 3, so two attribute points to spend. */
    private static final String LEVEL_3 = "a logged-in player has a level 3 character with 2 unspent attribute points";
    private static final String HAS_QUEST_PROGRESS =
            "a logged-in player's character has quest progress for q-neon-ghosts updated at 2026-11-27T12:30:00Z";
    private static final String SENT_BEFORE = "the same request was sent once before";
    private static final String ALLOCATION_KEY = "alloc-vex-int-tech-0001";
    private static final String SLUG = "[a-z0-9][a-z0-9-]{1,63}";

    // --- attributes ------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact attributes(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client reads a new character's attributes")
                .method("GET")
                .pathFromProviderState(CHARACTER_PATH + "/attributes", path("/attributes"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(attributes(10, 10, 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "attributes")
    void aNewCharacterHasTheDefaultAttributes(MockServer character) throws ApiException {
        CharacterAttributes attributes = new CharacterAttributesApi(GameClients.character(character))
                .getCharacterAttributes(UUID.fromString(CHARACTER_ID));

        assertThat(List.of(attributes.getStrength(), attributes.getDexterity(), attributes.getIntelligence(),
                attributes.getTech(), attributes.getCool())).containsOnly(10);
        assertThat(attributes.getUnspentPoints()).isZero();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact allocate(PactDslWithProvider builder) {
        return builder
                .given(LEVEL_3)
                .uponReceiving("a game client spends two attribute points on INT and TECH")
                .method("POST")
                .pathFromProviderState(CHARACTER_PATH + "/attributes/allocations", path("/attributes/allocations"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", ALLOCATION_KEY)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(allocation())
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(attributes(11, 11, 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "allocate")
    void spentPointsRaiseTheAttributes(MockServer character) throws ApiException {
        CharacterAttributes attributes = allocateIntAndTech(character).getData();

        assertThat(attributes.getIntelligence()).isEqualTo(11);
        assertThat(attributes.getTech()).isEqualTo(11);
        assertThat(attributes.getStrength()).isEqualTo(10);
        assertThat(attributes.getUnspentPoints()).isZero();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact allocateAgain(PactDslWithProvider builder) {
        return builder
                .given(LEVEL_3)
                .given(SENT_BEFORE)
                .uponReceiving("a game client retries spending two attribute points with the same Idempotency-Key")
                .method("POST")
                .pathFromProviderState(CHARACTER_PATH + "/attributes/allocations", path("/attributes/allocations"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", ALLOCATION_KEY)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(allocation())
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers(Map.of("Idempotency-Replayed", "true"))
                .body(attributes(11, 11, 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "allocateAgain")
    void aRetryAnswersTheFirstResultAndSpendsNothing(MockServer character) throws ApiException {
        ApiResponse<CharacterAttributes> answer = allocateIntAndTech(character);

        assertThat(answer.getHeaders().get("Idempotency-Replayed")).containsExactly("true");
        assertThat(answer.getData().getIntelligence()).isEqualTo(11);
        assertThat(answer.getData().getUnspentPoints()).isZero();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact allocateWithoutPoints(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client spends attribute points a level 1 character does not have")
                .method("POST")
                .pathFromProviderState(CHARACTER_PATH + "/attributes/allocations", path("/attributes/allocations"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", "alloc-vex-int-tech-0002")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(allocation())
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(422, "NOT_ENOUGH_ATTRIBUTE_POINTS"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "allocateWithoutPoints")
    void pointsNotEarnedCannotBeSpent(MockServer character) {
        CharacterAttributesApi api = new CharacterAttributesApi(GameClients.character(character));

        assertThatThrownBy(() -> api.allocateAttributePoints(UUID.fromString(CHARACTER_ID),
                "alloc-vex-int-tech-0002", new AttributeAllocation().intelligence(1).tech(1)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("NOT_ENOUGH_ATTRIBUTE_POINTS");
                });
    }

    // --- location --------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact location(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client reads where a new character stands")
                .method("GET")
                .pathFromProviderState(CHARACTER_PATH + "/location", path("/location"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("serverId", "night-city-eu-1")
                        .stringValue("city", "night-city")
                        .stringValue("district", "watson")
                        .numberType("x", 0.0)
                        .numberType("y", 0.0)
                        .numberType("z", 0.0)
                        .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "location")
    void aNewCharacterStandsAtItsCitysStart(MockServer character) throws ApiException {
        CharacterLocation location = new CharacterLocationApi(GameClients.character(character))
                .getCharacterLocation(UUID.fromString(CHARACTER_ID));

        assertThat(location.getCity()).isEqualTo("night-city");
        assertThat(location.getDistrict()).isEqualTo("watson");
        assertThat(location.getUpdatedAt()).isNotNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact move(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client records a character's move to Japantown")
                .method("PUT")
                .pathFromProviderState(CHARACTER_PATH + "/location", path("/location"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(japantown())
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(japantown().stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-27T12:41:00Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "move")
    void theRecordedLocationIsTheNewOne(MockServer character) throws ApiException {
        CharacterLocation location = new CharacterLocationApi(GameClients.character(character))
                .updateCharacterLocation(UUID.fromString(CHARACTER_ID), new CharacterLocationUpdate()
                        .serverId("night-city-eu-1").city("night-city").district("japantown")
                        .x(-312.75).y(88.5).z(12.5));

        assertThat(location.getDistrict()).isEqualTo("japantown");
        assertThat(location.getX()).isEqualTo(-312.75);
        assertThat(location.getUpdatedAt()).isNotNull();
    }

    // --- progression -----------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact progression(PactDslWithProvider builder) {
        return builder
                .given(LEVEL_3)
                .uponReceiving("a game client reads the level and experience of a level 3 character")
                .method("GET")
                .pathFromProviderState(CHARACTER_PATH + "/progression", path("/progression"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .numberValue("level", 3)
                        .numberValue("maxLevel", 50)
                        .numberValue("experience", 3000)
                        .numberValue("currentLevelExperience", 3000)
                        .numberValue("nextLevelExperience", 6000)
                        .numberValue("unspentAttributePoints", 2))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "progression")
    void theLevelFollowsTheExperience(MockServer character) throws ApiException {
        CharacterProgression progression = new CharacterProgressionApi(GameClients.character(character))
                .getCharacterProgression(UUID.fromString(CHARACTER_ID));

        assertThat(progression.getLevel()).isEqualTo(3);
        assertThat(progression.getExperience()).isEqualTo(3000L);
        assertThat(progression.getNextLevelExperience()).isEqualTo(6000L);
        assertThat(progression.getUnspentAttributePoints()).isEqualTo(2);
    }

    // --- quest progress --------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact questProgress(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, neonGhosts(), 1);
        return builder
                .given(HAS_QUEST_PROGRESS)
                .uponReceiving("a game client lists a character's quest progress")
                .method("GET")
                .pathFromProviderState(CHARACTER_PATH + "/quest-progress", path("/quest-progress"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "questProgress")
    void theListHoldsThePushedQuest(MockServer character) throws ApiException {
        QuestProgressPage page = quests(character).getQuestProgress(UUID.fromString(CHARACTER_ID), null, null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(CharacterProgressContractTest::isNeonGhostsAt40);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact questProgressEntry(PactDslWithProvider builder) {
        return builder
                .given(HAS_QUEST_PROGRESS)
                .uponReceiving("a game client reads a character's progress in q-neon-ghosts")
                .method("GET")
                .pathFromProviderState(CHARACTER_PATH + "/quest-progress/q-neon-ghosts",
                        path("/quest-progress/q-neon-ghosts"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(neonGhosts())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "questProgressEntry")
    void theEntryIsThePushedProgress(MockServer character) throws ApiException {
        isNeonGhostsAt40(quests(character).getQuestProgressEntry(UUID.fromString(CHARACTER_ID), "q-neon-ghosts"));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact questNeverReported(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client reads a character's progress in a quest gameplay never reported")
                .method("GET")
                .pathFromProviderState(CHARACTER_PATH + "/quest-progress/q-neon-ghosts",
                        path("/quest-progress/q-neon-ghosts"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(404, "QUEST_PROGRESS_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "questNeverReported")
    void aQuestNeverReportedIsNotFound(MockServer character) {
        QuestProgressApi api = quests(character);

        assertThatThrownBy(() -> api.getQuestProgressEntry(UUID.fromString(CHARACTER_ID), "q-neon-ghosts"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("QUEST_PROGRESS_NOT_FOUND");
                });
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static ApiResponse<CharacterAttributes> allocateIntAndTech(MockServer character) throws ApiException {
        return new CharacterAttributesApi(GameClients.character(character)).allocateAttributePointsWithHttpInfo(
                UUID.fromString(CHARACTER_ID), ALLOCATION_KEY, new AttributeAllocation().intelligence(1).tech(1));
    }

    private static QuestProgressApi quests(MockServer character) {
        return new QuestProgressApi(GameClients.character(character));
    }

    private static void isNeonGhostsAt40(QuestProgress progress) {
        assertThat(progress.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(progress.getQuestId()).isEqualTo("q-neon-ghosts");
        assertThat(progress.getStatus()).isEqualTo(QuestStatus.ACTIVE);
        assertThat(progress.getProgress()).isEqualTo(40);
        assertThat(progress.getObjectives()).containsEntry("findInformant", true);
        assertThat(progress.getCompletedAt()).isNull();
    }

    /** One point on INT and one on TECH. */
    private static PactDslJsonBody allocation() {
        return new PactDslJsonBody().numberValue("intelligence", 1).numberValue("tech", 1);
    }

    /** STR, DEX and COOL stay 10; INT and TECH as given. */
    private static PactDslJsonBody attributes(int intelligence, int tech, int unspent) {
        return new PactDslJsonBody()
                .numberValue("strength", 10)
                .numberValue("dexterity", 10)
                .numberValue("intelligence", intelligence)
                .numberValue("tech", tech)
                .numberValue("cool", 10)
                .numberValue("unspentPoints", unspent);
    }

    private static PactDslJsonBody japantown() {
        return new PactDslJsonBody()
                .stringValue("serverId", "night-city-eu-1")
                .stringValue("city", "night-city")
                .stringValue("district", "japantown")
                .numberValue("x", -312.75)
                .numberValue("y", 88.5)
                .numberValue("z", 12.5);
    }

    /** The progress the provider state had gameplay push: 40 % of q-neon-ghosts, on b-trust-the-fixer. */
    private static PactDslJsonBody neonGhosts() {
        return new PactDslJsonBody()
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("questId", "q-neon-ghosts")
                .stringValue("status", "ACTIVE")
                .stringMatcher("branchId", SLUG, "b-trust-the-fixer")
                .numberValue("progress", 40)
                .object("objectives", new PactDslJsonBody()
                        .booleanValue("findInformant", true)
                        .numberValue("hackTerminals", 2))
                .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-27T12:30:00Z");
    }

    private static String path(String suffix) {
        return CHARACTER_PATH.replace("${characterId}", CHARACTER_ID) + suffix;
    }
}
