package com.necpgame.economy;

import static com.necpgame.economy.TestEconomy.BASE;
import static com.necpgame.economy.TestEconomy.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.economy.TestEconomy.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Crafting queues (escrow, READY by the clock, burn, collect, cancel, the limit of 10) and Merit conversions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CraftingAndMeritTest {
    @AutoClose
    private final TestEconomy economy = new TestEconomy();
    private final Http http = economy.http;

    private String crafts(Player p) {
        return BASE + "/characters/" + p.characterId() + "/crafts";
    }

    private Http.Reply start(Player p, String recipe) {
        return http.send("POST", crafts(p), "{\"recipeId\":\"" + recipe + "\"}", p.token(), key());
    }

    @Test
    void recipesAreReadableByEveryPlayer() {
        String token = economy.newPlayer().token();
        JsonNode recipes = http.get(BASE + "/crafting/recipes", token).assertStatus(200).json();
        assertThat(recipes.get("total").asInt()).isEqualTo(3);
        assertThat(recipes.get("items").get(0).get("recipeId").asText()).isEqualTo("r-ghost-deck-mk2");
        assertThat(http.get(BASE + "/crafting/recipes?outputItemId=trauma-medkit", token).json().get("total").asInt())
                .isEqualTo(1);
        assertThat(http.get(BASE + "/crafting/recipes/r-mantis-blades-mk2", token).assertStatus(200).json()
                .get("eddiesCost").asLong()).isEqualTo(2500);
        http.get(BASE + "/crafting/recipes/r-unknown", token).assertProblem(404, "RECIPE_NOT_FOUND");
    }

    @Test
    void aQueueRunsOneCraftAtATimeBurnsItsCostWhenReadyAndHandsOutTheOutputOnCollect() {
        Player p = economy.newPlayer();
        economy.giveItems(p.characterId(), "synth-polymer", 3);
        economy.fund(p.characterId(), "EDDIES", 1000);
        JsonNode first = start(p, "r-trauma-medkit").assertStatus(201).json();
        assertThat(first.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(first.get("queuePosition").asInt()).isEqualTo(1);
        JsonNode second = start(p, "r-trauma-medkit").assertStatus(201).json();
        assertThat(second.get("status").asText()).isEqualTo("QUEUED");
        assertThat(second.get("queuePosition").asInt()).isEqualTo(2);
        assertThat(economy.escrowed(p, "EDDIES")).isEqualTo(200);
        String firstId = first.get("craftId").asText();
        http.send("POST", crafts(p) + "/" + firstId + "/collection", null, p.token(), key())
                .assertProblem(409, "CRAFT_NOT_READY");
        start(p, "r-mantis-blades-mk2").assertProblem(422, "INSUFFICIENT_ITEMS");
        start(p, "r-unknown").assertProblem(404, "RECIPE_NOT_FOUND");

        economy.clock.advance(Duration.ofSeconds(125)); // both 60 s crafts, one after the other
        Player p2 = economy.refreshed(p);
        JsonNode list = http.get(crafts(p2), p2.token()).assertStatus(200).json();
        assertThat(list.get("items").get(0).get("status").asText()).isEqualTo("READY");
        assertThat(list.get("items").get(1).get("status").asText()).isEqualTo("READY");
        assertThat(list.get("items").get(1).get("startedAt").asText())
                .isEqualTo(list.get("items").get(0).get("readyAt").asText());
        assertThat(economy.escrowed(p2, "EDDIES")).isZero();
        assertThat(economy.available(p2, "EDDIES")).isEqualTo(800);

        var collectKey = key("collect-" + firstId);
        JsonNode collected = http.send("POST", crafts(p2) + "/" + firstId + "/collection", null, p2.token(), collectKey)
                .assertStatus(200).json();
        assertThat(collected.get("status").asText()).isEqualTo("COLLECTED");
        assertThat(http.send("POST", crafts(p2) + "/" + firstId + "/collection", null, p2.token(), collectKey)
                .assertStatus(200).header("Idempotency-Replayed")).hasValue("true");
        http.send("POST", crafts(p2) + "/" + firstId + "/collection", null, p2.token(), key()).assertStatus(200);
        JsonNode items = http.get(BASE + "/characters/" + p.characterId() + "/inventory", p2.token()).json();
        assertThat(items.toString()).contains("\"itemId\":\"trauma-medkit\",\"available\":2");
        http.send("POST", crafts(p2) + "/" + firstId + "/cancellation", null, p2.token(), key())
                .assertProblem(409, "CRAFT_ALREADY_FINISHED");
        http.get(crafts(p2) + "/" + UUID.randomUUID(), p2.token()).assertProblem(404, "CRAFT_NOT_FOUND");
        http.get(crafts(p2), economy.newPlayer().token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        economy.assertBooksBalance();
    }

    @Test
    void aCraftIsReadByItsOwnerWithItsPlaceInTheQueueAndIsAnsweredReadyOnceItsTimeHasCome() {
        Player p = economy.newPlayer();
        economy.giveItems(p.characterId(), "synth-polymer", 2);
        economy.fund(p.characterId(), "EDDIES", 200);
        JsonNode started = start(p, "r-trauma-medkit").assertStatus(201).json();
        String queuedId = start(p, "r-trauma-medkit").assertStatus(201).json().get("craftId").asText();
        String craftId = started.get("craftId").asText();

        JsonNode running = http.get(crafts(p) + "/" + craftId, p.token()).assertStatus(200).json();
        assertThat(running.get("craftId").asText()).isEqualTo(craftId);
        assertThat(running.get("characterId").asText()).isEqualTo(p.characterId().toString());
        assertThat(running.get("recipeId").asText()).isEqualTo("r-trauma-medkit");
        assertThat(running.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(running.get("queuePosition").asInt()).isEqualTo(1);
        assertThat(running.get("output").get("itemId").asText()).isEqualTo("trauma-medkit");
        assertThat(running.get("eddiesCost").asLong()).isEqualTo(100);
        assertThat(running.get("readyAt").asText()).isEqualTo(started.get("readyAt").asText());
        JsonNode queued = http.get(crafts(p) + "/" + queuedId, p.token()).assertStatus(200).json();
        assertThat(queued.get("status").asText()).isEqualTo("QUEUED");
        assertThat(queued.get("queuePosition").asInt()).isEqualTo(2);
        assertThat(queued.has("startedAt")).isFalse();

        economy.clock.advance(Duration.ofSeconds(61));
        Player p2 = economy.refreshed(p);
        JsonNode ready = http.get(crafts(p2) + "/" + craftId, p2.token()).assertStatus(200).json();
        assertThat(ready.get("status").asText()).isEqualTo("READY");
        assertThat(ready.has("queuePosition")).isFalse();
        JsonNode next = http.get(crafts(p2) + "/" + queuedId, p2.token()).assertStatus(200).json();
        assertThat(next.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(next.get("queuePosition").asInt()).isEqualTo(1);
        assertThat(next.get("startedAt").asText()).isEqualTo(ready.get("readyAt").asText());
        http.get(crafts(p2) + "/" + craftId, economy.newPlayer().token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        economy.assertBooksBalance();
    }

    @Test
    void cancellingReleasesEverythingAndTheQueueHoldsAtMostTenActiveCrafts() {
        Player p = economy.newPlayer();
        economy.giveItems(p.characterId(), "synth-polymer", 11);
        economy.fund(p.characterId(), "EDDIES", 5000);
        String firstId = null;
        for (int i = 0; i < 10; i++) {
            String id = start(p, "r-trauma-medkit").assertStatus(201).json().get("craftId").asText();
            firstId = firstId == null ? id : firstId;
        }
        start(p, "r-trauma-medkit").assertProblem(422, "CRAFT_QUEUE_FULL");
        JsonNode cancelled = http.send("POST", crafts(p) + "/" + firstId + "/cancellation", null, p.token(), key())
                .assertStatus(200).json();
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.has("readyAt")).isFalse();
        JsonNode next = http.get(crafts(p) + "?status=IN_PROGRESS", p.token()).json().get("items").get(0);
        assertThat(next.get("queuePosition").asInt()).isEqualTo(1);
        assertThat(economy.escrowed(p, "EDDIES")).isEqualTo(900);
        assertThat(economy.available(p, "EDDIES")).isEqualTo(4100);
        http.send("POST", crafts(p) + "/" + firstId + "/collection", null, p.token(), key())
                .assertProblem(409, "CRAFT_CANCELLED");
        assertThat(http.send("POST", crafts(p) + "/" + firstId + "/cancellation", null, p.token(), key())
                .assertStatus(200).json().get("status").asText()).isEqualTo("CANCELLED");
        start(p, "r-trauma-medkit").assertStatus(201);
        economy.assertBooksBalance();
    }

    @Test
    void meritConvertsOneToOneUpToALifetimeCapOf6000() {
        Player p = economy.newPlayer();
        economy.fund(p.characterId(), "NEON_MERIT", 7000);
        String body = "{\"characterId\":\"" + p.characterId() + "\",\"meritAmount\":%d}";
        JsonNode conversion = http.send("POST", BASE + "/merit-conversions", body.formatted(4200), p.token(), key())
                .assertStatus(201).json();
        assertThat(conversion.get("reputationGained").asLong()).isEqualTo(4200);
        assertThat(conversion.get("remainingAllowance").asLong()).isEqualTo(1800);
        http.send("POST", BASE + "/merit-conversions", body.formatted(1801), p.token(), key())
                .assertProblem(422, "REPUTATION_CAP_EXCEEDED");
        JsonNode standing = http.get(BASE + "/characters/" + p.characterId() + "/merit-reputation", p.token())
                .assertStatus(200).json();
        assertThat(standing.get("meritAvailable").asLong()).isEqualTo(2800);
        assertThat(standing.get("remainingAllowance").asLong()).isEqualTo(1800);
        assertThat(standing.get("cap").asLong()).isEqualTo(6000);
        assertThat(http.get(BASE + "/merit-conversions?characterId=" + p.characterId(), p.token()).json()
                .get("total").asInt()).isEqualTo(1);

        Player poor = economy.newPlayer();
        http.send("POST", BASE + "/merit-conversions", "{\"characterId\":\"" + poor.characterId()
                + "\",\"meritAmount\":10}", poor.token(), key()).assertProblem(422, "INSUFFICIENT_FUNDS");
        http.send("POST", BASE + "/merit-conversions", body.formatted(10), poor.token(), key())
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        economy.assertBooksBalance();
    }

    @Test
    void racingCraftsNeverFillTheQueuePastTen() throws Exception {
        Player p = economy.newPlayer();
        economy.giveItems(p.characterId(), "synth-polymer", 20);
        economy.fund(p.characterId(), "EDDIES", 5000);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 16; i++) {
                pool.submit(() -> {
                    start.await();
                    statuses.add(start(p, "r-trauma-medkit").status());
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
        assertThat(statuses).containsOnly(201, 422);
        assertThat(http.get(crafts(p) + "?status=QUEUED", p.token()).json().get("total").asInt()).isEqualTo(9);
        assertThat(economy.escrowed(p, "EDDIES")).isEqualTo(1000);
        economy.assertBooksBalance();
    }
}
