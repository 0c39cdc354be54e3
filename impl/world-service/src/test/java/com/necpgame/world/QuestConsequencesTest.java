package com.necpgame.world;

import static com.necpgame.world.TestWorldService.BASE;
import static com.necpgame.world.TestWorldService.SERVER;
import static com.necpgame.world.TestWorldService.idempotencyKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.platform.testing.Http;
import com.necpgame.world.TestWorldService.Player;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Defining, previewing and applying quest consequences (atomic, idempotent), and the story state they leave. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestConsequencesTest {
    private static final String APPLY = BASE + "/internal/quest-consequences/apply";
    private static final String PREVIEW = BASE + "/quest-consequences/preview";
    private static final String EFFECTS = """
            [{"type":"REPUTATION","target":"helios-dynasty","delta":150},
             {"type":"FLAG","target":"sworn-to-helios","flagValue":true},
             {"type":"UNLOCK_QUEST","target":"q-solar-court"},
             {"type":"NPC_STATE","target":"emir-kaan","value":{"disposition":"ALLY"}},
             {"type":"WORLD","target":"dunes.oasis-gates","value":{"open":false}}]""";

    @AutoClose
    private final TestWorldService world = new TestWorldService();
    private final Http http = world.http;

    private static String set(String quest, String branch) {
        return BASE + "/quest-consequences/" + quest + "/branches/" + branch;
    }

    private static String define(long expectedVersion, String effects) {
        return "{\"expectedVersion\":" + expectedVersion + ",\"effects\":" + effects + "}";
    }

    private static String request(UUID characterId, String quest, String branch) {
        return """
                {"serverId":"%s","characterId":"%s","questId":"%s","branchId":"%s"}
                """.formatted(SERVER, characterId, quest, branch);
    }

    private Http.Reply apply(String body, String key) {
        return http.send("POST", APPLY, body, world.gameplay(), idempotencyKey("completion-" + key));
    }

    @Test
    void theOperatorDefinesAndRedefinesWithVersions() {
        String path = set("q-defined", "b-one");
        JsonNode created = http.put(path, define(0, EFFECTS), world.operator()).assertStatus(200).json();
        assertThat(created.get("version").asLong()).isEqualTo(1);
        assertThat(created.get("effects")).hasSize(5);
        assertThat(created.get("updatedBy").asText()).isEqualTo("ops-console");
        http.put(path, define(0, EFFECTS), world.operator()).assertProblem(409, "STALE_VERSION");
        JsonNode replaced = http.put(path, define(1, "[{\"type\":\"UNLOCK_QUEST\",\"target\":\"q-next\"}]"),
                world.operator()).assertStatus(200).json();
        assertThat(replaced.get("version").asLong()).isEqualTo(2);
        assertThat(http.get(path, world.newPlayer().token()).assertStatus(200).json().get("effects")).hasSize(1);

        http.put(set("q-defined", "b-two"), define(0, "[]"), world.operator()).assertStatus(200);
        JsonNode list = http.get(BASE + "/quest-consequences?questId=q-defined", world.gameplay()).assertStatus(200)
                .json();
        assertThat(list.get("items").findValuesAsText("branchId")).containsExactly("b-one", "b-two");
        http.get(set("q-undefined", "b-one"), world.gameplay()).assertProblem(404, "CONSEQUENCES_NOT_FOUND");
        http.put(path, define(2, "[]"), world.newPlayer().token()).assertProblem(403, "OPERATOR_ONLY");
    }

    @Test
    void effectsMustCarryExactlyTheFieldsOfTheirType() {
        String path = set("q-invalid", "b-one");
        String operator = world.operator();
        http.put(path, define(0, "[{\"type\":\"FLAG\",\"target\":\"f-x\"}]"), operator)
                .assertProblem(422, "INVALID_EFFECT");
        JsonNode problem = http.put(path, define(0, "[{\"type\":\"UNLOCK_QUEST\",\"target\":\"q-a\"},"
                + "{\"type\":\"REPUTATION\",\"target\":\"arasaka\",\"delta\":0}]"), operator)
                .assertProblem(422, "INVALID_EFFECT").json();
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("/effects/1");
        http.put(path, define(0, "[{\"type\":\"WORLD\",\"target\":\"a.b\",\"value\":{\"x\":1},\"delta\":3}]"),
                operator).assertProblem(422, "INVALID_EFFECT");
        http.put(path, define(0, "[{\"type\":\"NPC_STATE\",\"target\":\"emir\"}]"), operator)
                .assertProblem(422, "INVALID_EFFECT");
        http.put(path, define(0, "[{\"type\":\"WORLD\",\"target\":\"throne-of-sand.branch\",\"value\":{\"x\":1}}]"),
                operator).assertProblem(422, "RESERVED_KEY");
        http.put(path, define(0, "[{\"type\":\"UNLOCK_QUEST\",\"target\":\"q-a\"},"
                + "{\"type\":\"UNLOCK_QUEST\",\"target\":\"q-a\"}]"), operator).assertProblem(422, "DUPLICATE_EFFECT");
        http.put(path, define(0, "[{\"type\":\"SPELL\",\"target\":\"q-a\"}]"), operator)
                .assertProblem(400, "VALIDATION_FAILED");
        http.get(path, operator).assertProblem(404, "CONSEQUENCES_NOT_FOUND");
    }

    @Test
    void applyingChangesEverythingOnceAndAReplayAnswersAsTheFirstDid() {
        http.put(set("q-sandstorm-oath", "b-swear-to-helios"), define(0, EFFECTS), world.operator()).assertStatus(200);
        Player player = world.newPlayer();
        UUID character = world.createCharacter(player);
        String body = request(character, "q-sandstorm-oath", "b-swear-to-helios");

        JsonNode preview = http.post(PREVIEW, body, player.token()).assertStatus(200).json();
        assertThat(preview.get("consequencesVersion").asLong()).isEqualTo(1);
        assertThat(preview.get("deltas").findValuesAsText("changed")).containsOnly("true");
        assertThat(preview.get("deltas").get(0).get("after").get("standing").asInt()).isEqualTo(150);
        assertThat(preview.get("deltas").get(0).has("before")).isFalse();
        http.get(BASE + "/servers/" + SERVER + "/state/npc.emir-kaan", player.token())
                .assertProblem(404, "KEY_NOT_FOUND");

        Http.Reply first = apply(body, "completion-1").assertStatus(201);
        assertThat(first.header("Idempotency-Replayed")).hasValue("false");
        JsonNode applied = first.json();
        assertThat(applied.get("deltas")).hasSize(5);
        assertThat(applied.get("deltas").get(3).get("worldStateKey").asText()).isEqualTo("npc.emir-kaan");
        assertThat(applied.get("deltas").get(3).get("newVersion").asLong()).isEqualTo(1);
        assertThat(applied.get("deltas").get(4).get("newVersion").asLong()).isEqualTo(1);

        Http.Reply replay = apply(body, "completion-1").assertStatus(201);
        assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
        assertThat(replay.json()).isEqualTo(applied);
        apply(body, "completion-2").assertProblem(409, "ALREADY_APPLIED");

        JsonNode npc = http.get(BASE + "/servers/" + SERVER + "/state/npc.emir-kaan", player.token()).assertStatus(200)
                .json();
        assertThat(npc.get("version").asLong()).isEqualTo(1);
        assertThat(npc.get("changeSource").asText()).isEqualTo("QUEST_CONSEQUENCE");
        assertThat(npc.get("updatedByQuest").asText()).isEqualTo("q-sandstorm-oath");
        assertThat(npc.get("updatedBy").asText()).isEqualTo("gameplay-service");

        JsonNode story = http.get(BASE + "/characters/" + character + "/story-state", player.token())
                .assertStatus(200).json();
        assertThat(story.get("items").findValuesAsText("type")).containsExactly("FLAG", "REPUTATION", "UNLOCK_QUEST");
        assertThat(story.get("items").get(1).get("value").get("standing").asInt()).isEqualTo(150);
        JsonNode flags = http.get(BASE + "/characters/" + character + "/story-state?type=FLAG", world.gameplay())
                .assertStatus(200).json();
        assertThat(flags.get("total").asInt()).isEqualTo(1);

        // Previewing again: only the standing would move again (a delta adds up); the rest is already there.
        JsonNode again = http.post(PREVIEW, body, player.token()).assertStatus(200).json();
        assertThat(again.get("deltas").findValuesAsText("changed")).containsExactly("true", "false", "false", "false",
                "false");
        assertThat(again.get("deltas").get(0).get("after").get("standing").asInt()).isEqualTo(300);
    }

    @Test
    void standingsAddUpOverQuestsAndAreClamped() {
        http.put(set("q-rep-a", "b-main"), define(0, "[{\"type\":\"REPUTATION\",\"target\":\"arasaka\",\"delta\":900}]"),
                world.operator()).assertStatus(200);
        http.put(set("q-rep-b", "b-main"), define(0, "[{\"type\":\"REPUTATION\",\"target\":\"arasaka\",\"delta\":400}]"),
                world.operator()).assertStatus(200);
        UUID character = world.createCharacter(world.newPlayer());
        apply(request(character, "q-rep-a", "b-main"), "rep-a").assertStatus(201);
        JsonNode second = apply(request(character, "q-rep-b", "b-main"), "rep-b").assertStatus(201).json();
        JsonNode delta = second.get("deltas").get(0);
        assertThat(delta.get("before").get("standing").asInt()).isEqualTo(900);
        assertThat(delta.get("after").get("standing").asInt()).isEqualTo(1000);
    }

    @Test
    void aQuestWorldNeverHeardOfAppliesAsNothingAndCountsAsApplied() {
        UUID character = world.createCharacter(world.newPlayer());
        String body = request(character, "q-unknown-to-world", "b-any");
        JsonNode applied = apply(body, "unknown-1").assertStatus(201).json();
        assertThat(applied.get("deltas")).isEmpty();
        assertThat(applied.has("consequencesVersion")).isFalse();
        apply(body, "unknown-2").assertProblem(409, "ALREADY_APPLIED");
        assertThat(http.post(PREVIEW, body, world.gameplay()).assertStatus(200).json().get("deltas")).isEmpty();
    }

    @Test
    void onlyGameplayApplies() {
        UUID character = world.createCharacter(world.newPlayer());
        String body = request(character, "q-x", "b-x");
        http.send("POST", APPLY, body, world.newPlayer().token(), idempotencyKey("key-00001")).assertProblem(403, null);
        http.send("POST", APPLY, body, world.operator(), idempotencyKey("key-00001")).assertProblem(403, "CALLER_NOT_ALLOWED");
        http.post(APPLY, body, world.gameplay()).assertProblem(400, "VALIDATION_FAILED");
        apply(body.replace(SERVER, "atlantis-1"), "k-2").assertProblem(422, "UNKNOWN_SERVER");
    }

    @Test
    void playersPreviewAndReadOnlyTheirOwnCharacters() {
        Player owner = world.newPlayer();
        UUID character = world.createCharacter(owner);
        String body = request(character, "q-x", "b-x");
        Player stranger = world.newPlayer();
        http.post(PREVIEW, body, stranger.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.get(BASE + "/characters/" + character + "/story-state", stranger.token())
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        http.post(PREVIEW, body, owner.token()).assertStatus(200);
        http.post(PREVIEW, request(UUID.randomUUID(), "q-x", "b-x"), owner.token())
                .assertProblem(422, "UNKNOWN_CHARACTER");
        http.get(BASE + "/characters/" + UUID.randomUUID() + "/story-state", owner.token())
                .assertProblem(404, "CHARACTER_NOT_FOUND");
        http.post(PREVIEW, body.replace(SERVER, "atlantis-1"), owner.token()).assertProblem(422, "UNKNOWN_SERVER");
    }

    @Test
    void ofConcurrentApplicationsOfOneQuestUnderDifferentKeysExactlyOneApplies() throws Exception {
        http.put(set("q-race", "b-main"), define(0, "[{\"type\":\"REPUTATION\",\"target\":\"militech\",\"delta\":10},"
                + "{\"type\":\"WORLD\",\"target\":\"race.counter\",\"value\":{\"hit\":true}}]"), world.operator())
                .assertStatus(200);
        UUID character = world.createCharacter(world.newPlayer());
        String body = request(character, "q-race", "b-main");
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                String key = "race-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return apply(body, key).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(racers - 1);
        }
        JsonNode story = http.get(BASE + "/characters/" + character + "/story-state", world.gameplay()).json();
        assertThat(story.get("items").get(0).get("value").get("standing").asInt()).isEqualTo(10);
        assertThat(http.get(BASE + "/servers/" + SERVER + "/state/race.counter/history", world.gameplay()).json()
                .get("total").asInt()).isEqualTo(1);
    }
}
