package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.gameplay.client.ApiException;
import com.necpgame.gameplay.client.ApiResponse;
import com.necpgame.gameplay.client.api.RaidLeaderboardApi;
import com.necpgame.gameplay.client.api.RaidLootApi;
import com.necpgame.gameplay.client.model.LootAward;
import com.necpgame.gameplay.client.model.LootPriorityRequest;
import com.necpgame.gameplay.client.model.LootRollRequest;
import com.necpgame.gameplay.client.model.LootRollType;
import com.necpgame.gameplay.client.model.RaidDifficulty;
import com.necpgame.gameplay.client.model.RaidGuildLeaderboardPage;
import com.necpgame.gameplay.client.model.RaidLoot;
import com.necpgame.gameplay.client.model.RaidLootKind;
import com.necpgame.gameplay.client.model.RaidLootPage;
import com.necpgame.gameplay.client.model.RaidLootStatus;
import com.necpgame.gameplay.client.model.RaidPhase;
import com.necpgame.gameplay.client.model.RaidPilotLeaderboardPage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.ACCOUNT_ID;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.CHARACTER_ID;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.INSTANCES;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.INSTANCE_ID;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.INSTANCE_PATH;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.LOOKING;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.SIEGE;
import static com.necpgame.contracts.gameclient.GameplayRaidContractTest.UUID_REGEX;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a game client uses gameplay-service's Quantum Reef Siege loot and leaderboards: after four pilots cleared
 * Sky Insertion on NORMAL it lists the drops (the phase's storm-wall-capacitor ROLLING, 20 Lumina Shards ASSIGNED to
 * each pilot at once), rolls NEED on the item (the server's d100, so the value by type; a retry with the same
 * Idempotency-Key answers the first roll, Idempotency-Replayed: true) and, as the leader, gives
 * it to another pilot by Priority; it reads the pilot leaderboard after a full clear and the guild leaderboard
 * (clears count for a guild only when the instance was created for one). The loot id and the pilots' ids are the
 * provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = GameplayRaidLootContractTest.PROVIDER)
class GameplayRaidLootContractTest {

    static final String PROVIDER = "gameplay-service";

    private static final String LOOT_ID = "d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01";
    private static final String PRIORITY_PLAYER_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String LOOT_PATH = INSTANCE_PATH + "/loot";
    private static final String ITEM_PATH = LOOT_PATH + "/${lootId}";
    private static final String ROLL_KEY = "reef-roll-0001";
    private static final String PRIORITY_KEY = "reef-priority-0001";
    /** The provider's Retries sends the very request once right before the verification. */
    private static final String SENT_BEFORE = "the same request was sent once before";
    private static final String SKY_INSERTION_CLEARED =
            "four pilots cleared Sky Insertion of the Quantum Reef Siege and its storm-wall capacitor is rolling";
    private static final String SIEGE_CLEARED = "four pilots cleared the Quantum Reef Siege on NORMAL";

    // --- loot ------------------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listRaidLoot(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 5);
        // Newest first, all dropped at the clear: the item, then the four pilots' Lumina Shards.
        PactDslJsonArray items = page.array("items")
                .object()
                .valueFromProviderState("lootId", "${lootId}", LOOT_ID)
                .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID)
                .stringValue("phase", "SKY_INSERTION")
                .stringValue("kind", "ITEM")
                .stringValue("itemId", "storm-wall-capacitor")
                .numberValue("quantity", 1)
                .stringValue("status", "ROLLING")
                .array("rolls").closeArray().asBody()
                .stringMatcher("droppedAt", GameClients.RFC3339, "2026-11-27T12:22:00Z")
                .stringMatcher("rollEndsAt", GameClients.RFC3339, "2026-11-27T12:23:00Z")
                .closeObject().asArray();
        for (int pilot = 0; pilot < 4; pilot++) {
            items.object()
                    .stringMatcher("lootId", UUID_REGEX, "e8f9a0b1-c2d3-4e4f-9a5b-6c7d8e9f0a1" + pilot)
                    .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID)
                    .stringValue("phase", "SKY_INSERTION")
                    .stringValue("kind", "LUMINA_SHARDS")
                    .numberValue("quantity", 20)
                    .stringValue("status", "ASSIGNED")
                    .stringValue("awardedBy", "AUTO")
                    .stringMatcher("winnerPlayerId", UUID_REGEX, "7c9e6679-7425-40de-944b-e07fc1f90ae" + pilot)
                    .array("rolls").closeArray().asBody()
                    .stringMatcher("droppedAt", GameClients.RFC3339, "2026-11-27T12:22:00Z")
                    .stringMatcher("resolvedAt", GameClients.RFC3339, "2026-11-27T12:22:00Z")
                    .closeObject();
        }
        items.closeArray();
        return builder
                .given(SKY_INSERTION_CLEARED)
                .uponReceiving("a game client lists the loot Sky Insertion of the Quantum Reef Siege dropped")
                .method("GET")
                .pathFromProviderState(LOOT_PATH, lootPath(""))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listRaidLoot")
    void aClearedPhaseDropsAnItemToRollForAndShardsToEveryPilot(MockServer gameplay) throws ApiException {
        RaidLootPage page = loot(gameplay).listRaidLoot(UUID.fromString(INSTANCE_ID), null, null);

        assertThat(page.getTotal()).isEqualTo(5L);
        RaidLoot item = page.getItems().getFirst();
        assertThat(item.getLootId()).isEqualTo(UUID.fromString(LOOT_ID));
        assertThat(item.getKind()).isEqualTo(RaidLootKind.ITEM);
        assertThat(item.getStatus()).isEqualTo(RaidLootStatus.ROLLING);
        assertThat(Duration.between(item.getDroppedAt(), item.getRollEndsAt())).isEqualTo(Duration.ofSeconds(60));
        assertThat(page.getItems().subList(1, 5)).allSatisfy(shards -> {
            assertThat(shards.getKind()).isEqualTo(RaidLootKind.LUMINA_SHARDS);
            assertThat(shards.getQuantity()).isEqualTo(20L);
            assertThat(shards.getAwardedBy()).isEqualTo(LootAward.AUTO);
            assertThat(shards.getWinnerPlayerId()).isNotNull();
            assertThat(shards.getPhase()).isEqualTo(RaidPhase.SKY_INSERTION);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact rollForRaidLoot(PactDslWithProvider builder) {
        return builder
                .given(SKY_INSERTION_CLEARED)
                .uponReceiving("a game client rolls NEED on the storm-wall capacitor, the first of four pilots")
                .method("POST")
                .pathFromProviderState(ITEM_PATH + "/rolls", lootPath("/" + LOOT_ID + "/rolls"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", ROLL_KEY)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("rollType", "NEED"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(rolledOnce())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rollForRaidLoot")
    void aNeedRollIsAD100AndTheItemRollsOnForTheOthers(MockServer gameplay) throws ApiException {
        RaidLoot item = loot(gameplay).rollForRaidLoot(UUID.fromString(INSTANCE_ID), UUID.fromString(LOOT_ID),
                ROLL_KEY, new LootRollRequest().rollType(LootRollType.NEED));

        assertThat(item.getStatus()).isEqualTo(RaidLootStatus.ROLLING);
        assertThat(item.getWinnerPlayerId()).isNull();
        assertThat(item.getRolls()).singleElement().satisfies(roll -> {
            assertThat(roll.getPlayerId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
            assertThat(roll.getRollType()).isEqualTo(LootRollType.NEED);
            assertThat(roll.getValue()).isBetween(1, 100);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact rollForRaidLootAgain(PactDslWithProvider builder) {
        return builder
                .given(SKY_INSERTION_CLEARED)
                .given(SENT_BEFORE)
                .uponReceiving("a game client rolls NEED on the storm-wall capacitor again with the same "
                        + "Idempotency-Key (a retry)")
                .method("POST")
                .pathFromProviderState(ITEM_PATH + "/rolls", lootPath("/" + LOOT_ID + "/rolls"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", ROLL_KEY)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("rollType", "NEED"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Replayed", "true", "true")
                .body(rolledOnce())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rollForRaidLootAgain")
    void aRetriedRollIsAReplayOfTheFirstRoll(MockServer gameplay) throws ApiException {
        ApiResponse<RaidLoot> reply = loot(gameplay).rollForRaidLootWithHttpInfo(UUID.fromString(INSTANCE_ID),
                UUID.fromString(LOOT_ID), ROLL_KEY, new LootRollRequest().rollType(LootRollType.NEED));

        assertThat(reply.getStatusCode()).isEqualTo(200);
        assertThat(reply.getHeaders().get("Idempotency-Replayed")).containsExactly("true");
        assertThat(reply.getData().getRolls()).singleElement()
                .satisfies(roll -> assertThat(roll.getRollType()).isEqualTo(LootRollType.NEED));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact assignRaidLootPriority(PactDslWithProvider builder) {
        PactDslJsonBody assigned = item()
                .stringValue("status", "ASSIGNED")
                .stringValue("awardedBy", "PRIORITY")
                .valueFromProviderState("winnerPlayerId", "${priorityPlayerId}", PRIORITY_PLAYER_ID)
                .stringMatcher("resolvedAt", GameClients.RFC3339, "2026-11-27T12:22:05Z");
        assigned.array("rolls").closeArray();
        return builder
                .given(SKY_INSERTION_CLEARED)
                .uponReceiving("a game client of the leader gives the storm-wall capacitor to a pilot by Priority")
                .method("POST")
                .pathFromProviderState(ITEM_PATH + "/priority", lootPath("/" + LOOT_ID + "/priority"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", PRIORITY_KEY)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("playerId", "${priorityPlayerId}", PRIORITY_PLAYER_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(assigned)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "assignRaidLootPriority")
    void priorityResolvesTheItemAtOnce(MockServer gameplay) throws ApiException {
        RaidLoot item = loot(gameplay).assignRaidLootPriority(UUID.fromString(INSTANCE_ID),
                UUID.fromString(LOOT_ID), PRIORITY_KEY,
                new LootPriorityRequest().playerId(UUID.fromString(PRIORITY_PLAYER_ID)));

        assertThat(item.getStatus()).isEqualTo(RaidLootStatus.ASSIGNED);
        assertThat(item.getAwardedBy()).isEqualTo(LootAward.PRIORITY);
        assertThat(item.getWinnerPlayerId()).isEqualTo(UUID.fromString(PRIORITY_PLAYER_ID));
        assertThat(item.getResolvedAt()).isNotNull();
    }

    // --- leaderboards ----------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getRaidPilotLeaderboard(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 4);
        page.minArrayLike("items", 4, new PactDslJsonBody()
                .integerType("rank", 1L)
                .stringMatcher("playerId", UUID_REGEX, ACCOUNT_ID)
                .stringMatcher("characterId", UUID_REGEX, CHARACTER_ID)
                .stringValue("difficulty", "NORMAL")
                .integerType("clearTimeMs", 2843120L)
                .stringMatcher("instanceId", UUID_REGEX, INSTANCE_ID)
                .stringMatcher("clearedAt", GameClients.RFC3339, "2026-11-27T12:57:23Z"), 4);
        return builder
                .given(SIEGE_CLEARED)
                .uponReceiving("a game client reads the NORMAL pilot leaderboard of the Quantum Reef Siege")
                .method("GET")
                .path(SIEGE + "/leaderboard/pilots")
                .query("difficulty=NORMAL")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getRaidPilotLeaderboard")
    void thePilotsOfAClearAreRankedByClearTime(MockServer gameplay) throws ApiException {
        RaidPilotLeaderboardPage page = boards(gameplay).getRaidPilotLeaderboard(RaidDifficulty.NORMAL, null, null);

        assertThat(page.getTotal()).isGreaterThanOrEqualTo(4L);
        assertThat(page.getItems()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(entry -> {
            assertThat(entry.getDifficulty()).isEqualTo(RaidDifficulty.NORMAL);
            assertThat(entry.getRank()).isPositive();
            assertThat(entry.getClearTimeMs()).isNotNegative();
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getRaidGuildLeaderboard(PactDslWithProvider builder) {
        // Only clears of instances created for a guild count; the entries, if any, by type.
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 0, new PactDslJsonBody()
                .integerType("rank", 1L)
                .stringMatcher("guildId", UUID_REGEX, "6a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d")
                .stringValue("difficulty", "NORMAL")
                .integerType("clearTimeMs", 2843120L)
                .stringMatcher("instanceId", UUID_REGEX, INSTANCE_ID)
                .integerType("pilots", 8)
                .stringMatcher("clearedAt", GameClients.RFC3339, "2026-11-27T12:57:23Z"), 1);
        return builder
                .given(LOOKING)
                .uponReceiving("a game client reads the NORMAL guild leaderboard of the Quantum Reef Siege")
                .method("GET")
                .path(SIEGE + "/leaderboard/guilds")
                .query("difficulty=NORMAL")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getRaidGuildLeaderboard")
    void aGuildsBestClearIsRanked(MockServer gameplay) throws ApiException {
        RaidGuildLeaderboardPage page = boards(gameplay).getRaidGuildLeaderboard(RaidDifficulty.NORMAL, null, null);

        assertThat(page.getItems()).allSatisfy(entry -> {
            assertThat(entry.getRank()).isEqualTo(1L);
            assertThat(entry.getGuildId()).isNotNull();
            assertThat(entry.getDifficulty()).isEqualTo(RaidDifficulty.NORMAL);
            assertThat(entry.getPilots()).isBetween(1, 8);
        });
    }

    // --- bodies ----------------------------------------------------------------------------------------------

    private static RaidLootApi loot(MockServer gameplay) {
        return new RaidLootApi(GameClients.gameplay(gameplay));
    }

    private static RaidLeaderboardApi boards(MockServer gameplay) {
        return new RaidLeaderboardApi(GameClients.gameplay(gameplay));
    }

    /** The provider state's storm-wall-capacitor of Sky Insertion; its status, rolls and award to the caller. */
    private static PactDslJsonBody item() {
        return new PactDslJsonBody()
                .valueFromProviderState("lootId", "${lootId}", LOOT_ID)
                .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID)
                .stringValue("phase", "SKY_INSERTION")
                .stringValue("kind", "ITEM")
                .stringValue("itemId", "storm-wall-capacitor")
                .numberValue("quantity", 1)
                .stringMatcher("droppedAt", GameClients.RFC3339, "2026-11-27T12:22:00Z")
                .stringMatcher("rollEndsAt", GameClients.RFC3339, "2026-11-27T12:23:00Z");
    }

    /** The item still ROLLING after the provider state's pilot, the first of four, rolled NEED (a d100). */
    private static PactDslJsonBody rolledOnce() {
        PactDslJsonBody rolling = item()
                .stringValue("status", "ROLLING");
        return rolling.minMaxArrayLike("rolls", 1, 1, new PactDslJsonBody()
                .valueFromProviderState("playerId", "${accountId}", ACCOUNT_ID)
                .stringValue("rollType", "NEED")
                .integerType("value", 87)
                .stringMatcher("rolledAt", GameClients.RFC3339, "2026-11-27T12:22:10Z"), 1);
    }

    private static String lootPath(String suffix) {
        return INSTANCES + "/" + INSTANCE_ID + "/loot" + suffix;
    }
}
