package com.necpgame.world;

import static com.necpgame.world.TestWorldService.BASE;
import static com.necpgame.world.TestWorldService.OTHER_SERVER;
import static com.necpgame.world.TestWorldService.SERVER;
import static com.necpgame.world.TestWorldService.stateBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Versioned world state over real HTTP on a real PostgreSQL: writes, 409 on stale versions, history, races. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorldStateTest {
    @AutoClose
    private final TestWorldService world = new TestWorldService();
    private final Http http = world.http;

    private static String key(String name) {
        return BASE + "/servers/" + SERVER + "/state/" + name;
    }

    @Test
    void theOperatorListsTheConfiguredServersAndNoOneElseDoes() {
        JsonNode page = http.get(BASE + "/servers", world.operator()).assertStatus(200).json();
        assertThat(page.get("items").findValuesAsText("serverId"))
                .containsExactly(OTHER_SERVER, TestWorldService.ARENA_SERVER, SERVER);
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("items").get(1).get("name").asText()).isEqualTo("Dune Sea 1");
        http.get(BASE + "/servers", world.newPlayer().token()).assertProblem(403, "OPERATOR_ONLY");
        http.get(BASE + "/servers", world.gameplay()).assertProblem(403, "OPERATOR_ONLY");
    }

    @Test
    void eachWriteBumpsTheVersionAndAStaleOneChangesNothing() {
        String key = key("watson.curfew");
        JsonNode created = http.put(key, stateBody(0, "{\"active\":true}"), world.operator()).assertStatus(200).json();
        assertThat(created.get("version").asLong()).isEqualTo(1);
        assertThat(created.get("changeSource").asText()).isEqualTo("OPERATOR");
        assertThat(created.get("updatedBy").asText()).isEqualTo("ops-console");

        JsonNode updated = http.put(key, stateBody(1, "{\"active\":false}"), world.operator()).assertStatus(200).json();
        assertThat(updated.get("version").asLong()).isEqualTo(2);

        http.put(key, stateBody(1, "{\"active\":true}"), world.operator()).assertProblem(409, "STALE_VERSION");
        http.put(key, stateBody(0, "{\"active\":true}"), world.operator()).assertProblem(409, "STALE_VERSION");
        http.put(key("never.set"), stateBody(3, "{\"a\":1}"), world.operator()).assertProblem(409, "STALE_VERSION");

        JsonNode read = http.get(key, world.newPlayer().token()).assertStatus(200).json();
        assertThat(read.get("version").asLong()).isEqualTo(2);
        assertThat(read.get("value").get("active").asBoolean()).isFalse();
    }

    @Test
    void theHistoryKeepsEveryVersionNewestFirst() {
        String key = key("heywood.market");
        http.put(key, stateBody(0, "{\"open\":true}"), world.operator()).assertStatus(200);
        http.put(key, stateBody(1, "{\"open\":false}"), world.operator()).assertStatus(200);
        http.put(key, stateBody(2, "{\"open\":true,\"tax\":3}"), world.operator()).assertStatus(200);

        JsonNode history = http.get(key + "/history", world.gameplay()).assertStatus(200).json();
        assertThat(history.get("total").asInt()).isEqualTo(3);
        assertThat(history.get("items").findValuesAsText("version")).containsExactly("3", "2", "1");
        JsonNode newest = history.get("items").get(0);
        assertThat(newest.get("value").get("tax").asInt()).isEqualTo(3);
        assertThat(newest.get("previousValue").get("open").asBoolean()).isFalse();
        assertThat(newest.get("reason").asText()).isEqualTo("Test change of the world.");
        assertThat(history.get("items").get(2).has("previousValue")).isFalse();

        JsonNode second = http.get(key + "/history?page=2&limit=1", world.gameplay()).assertStatus(200).json();
        assertThat(second.get("items").findValuesAsText("version")).containsExactly("2");
    }

    @Test
    void listsAServersKeysByPrefixAndKnowsOnlyConfiguredServers() {
        http.put(key("pacifica.gang-war"), stateBody(0, "{\"level\":2}"), world.operator()).assertStatus(200);
        http.put(key("pacifica.blackout"), stateBody(0, "{\"level\":1}"), world.operator()).assertStatus(200);
        String player = world.newPlayer().token();
        JsonNode page = http.get(BASE + "/servers/" + SERVER + "/state?prefix=pacifica.", player).assertStatus(200)
                .json();
        assertThat(page.get("items").findValuesAsText("key"))
                .containsExactly("pacifica.blackout", "pacifica.gang-war");
        assertThat(http.get(BASE + "/servers/" + OTHER_SERVER + "/state", player).assertStatus(200).json()
                .get("total").asInt()).isZero();

        http.get(BASE + "/servers/atlantis-1/state", player).assertProblem(404, "SERVER_NOT_FOUND");
        http.put(BASE + "/servers/atlantis-1/state/a.b", stateBody(0, "{}"), world.operator())
                .assertProblem(404, "SERVER_NOT_FOUND");
        http.get(key("no.such-key"), player).assertProblem(404, "KEY_NOT_FOUND");
        http.get(key("no.such-key") + "/history", player).assertProblem(404, "KEY_NOT_FOUND");
    }

    @Test
    void onlyTheOperatorWritesAndNeverAReservedKeyOrAHugeValue() {
        http.put(key("a.b"), stateBody(0, "{}"), world.newPlayer().token()).assertProblem(403, "OPERATOR_ONLY");
        http.put(key("a.b"), stateBody(0, "{}"), world.gameplay()).assertProblem(403, "OPERATOR_ONLY");
        http.put(key("throne-of-sand.branch"), stateBody(0, "{\"branch\":\"X\"}"), world.operator())
                .assertProblem(422, "RESERVED_KEY");
        http.put(key("npc.emir-kaan"), stateBody(0, "{\"mood\":1}"), world.operator())
                .assertProblem(422, "RESERVED_KEY");
        String huge = "{\"blob\":\"" + "x".repeat(17 * 1024) + "\"}";
        http.put(key("big.value"), stateBody(0, huge), world.operator()).assertProblem(422, "VALUE_TOO_LARGE");
        http.get(key("big.value"), world.operator()).assertProblem(404, "KEY_NOT_FOUND");
    }

    @Test
    void badInputIsAProblemNotAFailure() {
        http.put(key("a.b"), "{\"expectedVersion\":0,\"value\":{}}", world.operator())
                .assertProblem(400, "VALIDATION_FAILED");
        http.put(key("a.b"), "{\"expectedVersion\":-1,\"value\":{},\"reason\":\"Because.\"}", world.operator())
                .assertProblem(400, "VALIDATION_FAILED");
        http.put(key("a.b"), "{\"expectedVersion\":0,\"value\":3,\"reason\":\"Because.\"}", world.operator())
                .assertProblem(400, "VALIDATION_FAILED");
        http.put(key("a.b"), stateBody(0, "{}").replace("}\n", ",\"extra\":1}"), world.operator())
                .assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "/servers/" + SERVER + "/state/A", world.operator()).assertProblem(400, "VALIDATION_FAILED");
        http.get(key("a.b"), null).assertProblem(401, null);
        String player = world.newPlayer().token();
        http.get(BASE + "/subscriptions/not-a-uuid", world.operator()).assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "/characters/not-a-uuid/story-state", player).assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "/characters/" + java.util.UUID.randomUUID() + "/story-state?type=WORLD", player)
                .assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "/events/throne-of-sand/campaigns/" + SERVER + "/decisions?action=NOPE", player)
                .assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "/quest-consequences?limit=1000", player).assertProblem(400, "VALIDATION_FAILED");
        http.post(BASE + "/quest-consequences/preview", "{\"serverId\":\"" + SERVER + "\"}", player)
                .assertProblem(400, "VALIDATION_FAILED");
        http.post(BASE + "/events/throne-of-sand/campaigns/" + SERVER + "/resets", "{\"reason\":\"x\"}",
                world.operator()).assertProblem(400, "VALIDATION_FAILED");
    }

    @Test
    void ofWritersRacingWithTheSameExpectedVersionExactlyOneWins() throws Exception {
        String key = key("race.target");
        http.put(key, stateBody(0, "{\"writer\":-1}"), world.operator()).assertStatus(200);
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                String body = stateBody(1, "{\"writer\":" + i + "}");
                results.add(pool.submit(() -> {
                    start.await();
                    return http.put(key, body, world.operator()).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        }
        JsonNode history = http.get(key + "/history", world.operator()).assertStatus(200).json();
        assertThat(history.get("total").asInt()).isEqualTo(2);
        JsonNode current = http.get(key, world.operator()).json();
        assertThat(current.get("version").asLong()).isEqualTo(2);
        assertThat(history.get("items").get(0).get("value")).isEqualTo(current.get("value"));
    }
}
