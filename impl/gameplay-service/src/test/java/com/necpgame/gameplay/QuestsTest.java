package com.necpgame.gameplay;

import static com.necpgame.gameplay.TestGameplay.BASE;
import static com.necpgame.gameplay.TestGameplay.idempotencyKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.gameplay.TestGameplay.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The quest catalogue and quest sessions over real HTTP, with real auth and character services. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestsTest {
    static final String SESSIONS = BASE + "/quest-sessions";
    static final String CORNER_STORE = "q-corner-store-run";

    @AutoClose
    private final TestGameplay game = new TestGameplay();
    private final Http http = game.http;

    @Test
    void theCatalogueIsOrderedByLevelAndFilteredByMaxLevel() {
        Player player = game.newPlayer();
        JsonNode all = http.get(BASE + "/quests", player.token()).assertStatus(200).json();
        assertThat(all.get("items").findValuesAsText("questId")).containsExactly(CORNER_STORE, "q-neon-ghosts");
        assertThat(all.get("total").asInt()).isEqualTo(2);
        JsonNode levelOne = http.get(BASE + "/quests?maxLevel=1", player.token()).assertStatus(200).json();
        assertThat(levelOne.get("items").findValuesAsText("questId")).containsExactly(CORNER_STORE);

        JsonNode quest = http.get(BASE + "/quests/" + CORNER_STORE, player.token()).assertStatus(200).json();
        assertThat(quest.get("minLevel").asInt()).isEqualTo(1);
        assertThat(quest.get("defaultBranchId").asText()).isEqualTo("deliver-the-package");
        assertThat(quest.get("rewards").findValuesAsText("kind")).containsExactly("EXPERIENCE", "CURRENCY", "ITEM");
        http.get(BASE + "/quests/q-no-such-quest", player.token()).assertProblem(404, "QUEST_NOT_FOUND");
    }

    @Test
    void aLevelOneCharacterCompletesTheFirstQuestAndEveryPushArrivesOnce() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        JsonNode started = start(player, character, CORNER_STORE).assertStatus(201).json();
        UUID session = UUID.fromString(started.get("questSessionId").asText());
        assertThat(started.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(started.get("nodeId").asText()).isEqualTo("watson-market");
        assertThat(started.get("progress").asInt()).isZero();
        assertThat(started.get("progressSync").asText()).isEqualTo("PENDING");
        assertThat(started.get("consequencesSync").asText()).isEqualTo("NOT_REQUIRED");
        assertThat(started.get("availableChoices").findValuesAsText("choiceId")).containsExactly("ask-around");
        assertThat(started.get("availableSkillChecks").findValuesAsText("checkId")).containsExactly("read-the-crowd");

        JsonNode asked = choose(player, session, "ask-around").assertStatus(200).json();
        assertThat(asked.get("progress").asInt()).isEqualTo(50);
        assertThat(asked.get("objectives").get("find-the-courier").asBoolean()).isTrue();
        JsonNode handed = choose(player, session, "hand-over-the-package").assertStatus(200).json();
        assertThat(handed.get("branchId").asText()).isEqualTo("deliver-the-package");
        assertThat(handed.get("progress").asInt()).isEqualTo(100);

        JsonNode completion = complete(player, session, "complete-" + session).assertStatus(200).json();
        assertThat(completion.get("questSession").get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completion.get("questSession").get("consequencesSync").asText()).isEqualTo("PENDING");
        assertThat(completion.get("rewards").findValuesAsText("kind")).containsExactly("EXPERIENCE", "CURRENCY", "ITEM");

        game.relay();
        JsonNode read = http.get(SESSIONS + "/" + session, player.token()).assertStatus(200).json();
        assertThat(read.get("progressSync").asText()).isEqualTo("DELIVERED");
        assertThat(read.get("consequencesSync").asText()).isEqualTo("DELIVERED");
        assertThat(read.get("endedAt").isTextual()).isTrue();

        JsonNode progress = game.characterHttp().get(TestGameplay.CHARACTERS + "/" + character + "/quest-progress/"
                + CORNER_STORE, player.token()).assertStatus(200).json();
        assertThat(progress.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(progress.get("branchId").asText()).isEqualTo("deliver-the-package");
        assertThat(progress.get("progress").asInt()).isEqualTo(100);
        JsonNode progression = game.characterHttp().get(TestGameplay.CHARACTERS + "/" + character + "/progression",
                player.token()).assertStatus(200).json();
        assertThat(progression.get("experience").asLong()).isEqualTo(1200);
        assertThat(progression.get("level").asInt()).isEqualTo(2);

        var consequences = game.standIns.received(StandIns.CONSEQUENCES).stream()
                .filter(r -> r.idempotencyKey().equals(session.toString())).toList();
        assertThat(consequences).hasSize(1);
        assertThat(consequences.getFirst().body().get("branchId").asText()).isEqualTo("deliver-the-package");
        assertThat(consequences.getFirst().body().get("serverId").asText()).isEqualTo("night-city-eu-1");
        assertThat(consequences.getFirst().body().get("characterId").asText()).isEqualTo(character.toString());
        assertThat(consequences.getFirst().authorization()).startsWith("Bearer ");
        var grants = game.standIns.received(StandIns.GRANTS).stream()
                .filter(r -> r.idempotencyKey().equals(session.toString())).toList();
        assertThat(grants).hasSize(1);
        JsonNode grant = grants.getFirst().body();
        assertThat(grant.get("grantId").asText()).isEqualTo(session.toString());
        assertThat(grant.get("source").asText()).isEqualTo("QUEST_COMPLETION");
        assertThat(grant.get("sourceRef").asText()).isEqualTo(CORNER_STORE);
        assertThat(grant.get("currencies").get(0).get("currency").asText()).isEqualTo("EDDIES");
        assertThat(grant.get("currencies").get(0).get("amount").asLong()).isEqualTo(250);
        assertThat(grant.get("itemStacks").get(0).get("itemId").asText()).isEqualTo("street-medkit");

        // A repeat of the completion replays it and grants nothing again.
        Http.Reply replay = complete(player, session, "complete-" + session).assertStatus(200);
        assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
        game.relay();
        assertThat(game.standIns.received(StandIns.GRANTS).stream()
                .filter(r -> r.idempotencyKey().equals(session.toString()))).hasSize(1);
        // Once completed, never again for this character.
        start(player, character, CORNER_STORE).assertProblem(422, "QUEST_ALREADY_COMPLETED");
        complete(player, session, "another-key-" + session).assertProblem(409, "QUEST_NOT_ACTIVE");
    }

    @Test
    void aQuestCompletedWithoutABranchingChoiceAppliesTheDefaultBranch() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        UUID session = sessionId(start(player, character, CORNER_STORE).assertStatus(201));
        choose(player, session, "ask-around").assertStatus(200);
        JsonNode dropped = choose(player, session, "leave-it-at-the-drop").assertStatus(200).json();
        assertThat(dropped.has("branchId")).isFalse();

        JsonNode completed = complete(player, session, UUID.randomUUID().toString()).assertStatus(200).json();
        assertThat(completed.get("questSession").get("branchId").asText()).isEqualTo("deliver-the-package");
        game.relay();
        assertThat(game.standIns.received(StandIns.CONSEQUENCES).stream()
                .filter(r -> r.idempotencyKey().equals(session.toString()))
                .map(r -> r.body().get("branchId").asText())).containsExactly("deliver-the-package");
    }

    @Test
    void aSkillCheckRollsTheServersD20OnceAndMovesToThePassOrFailNode() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        UUID passing = sessionId(start(player, character, CORNER_STORE).assertStatus(201));
        game.dice.queue(12);
        JsonNode passed = roll(player, passing, "read-the-crowd").assertStatus(200).json();
        // NETRUNNER starts with streetwise rank 1; COOL 10 gives +0: 12 + 1 + 0 + 0 = 13 >= 12.
        assertThat(passed.get("roll").asInt()).isEqualTo(12);
        assertThat(passed.get("skill").asText()).isEqualTo("streetwise");
        assertThat(passed.get("skillRank").asInt()).isEqualTo(1);
        assertThat(passed.get("attribute").asText()).isEqualTo("COOL");
        assertThat(passed.get("attributeValue").asInt()).isEqualTo(10);
        assertThat(passed.get("attributeModifier").asInt()).isZero();
        assertThat(passed.get("total").asInt()).isEqualTo(13);
        assertThat(passed.get("dc").asInt()).isEqualTo(12);
        assertThat(passed.get("passed").asBoolean()).isTrue();
        JsonNode after = passed.get("questSession");
        assertThat(after.get("nodeId").asText()).isEqualTo("back-alley");
        assertThat(after.get("objectives").get("stay-unseen").asBoolean()).isTrue();

        // No reroll by retrying: the recorded result comes back and the die is not touched.
        game.dice.queue(1);
        JsonNode repeated = roll(player, passing, "read-the-crowd").assertStatus(200).json();
        assertThat(repeated.get("roll").asInt()).isEqualTo(12);
        assertThat(repeated.get("rolledAt").asText()).isEqualTo(passed.get("rolledAt").asText());
        assertThat(game.dice.roll(20)).as("the queued 1 is still unrolled").isEqualTo(1);

        UUID failing = sessionId(start(player, game.newCharacter(player), CORNER_STORE).assertStatus(201));
        game.dice.queue(10);
        JsonNode failed = roll(player, failing, "read-the-crowd").assertStatus(200).json();
        assertThat(failed.get("total").asInt()).isEqualTo(11);
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("questSession").get("nodeId").asText()).isEqualTo("back-alley");
        assertThat(failed.get("questSession").get("objectives").get("stay-unseen").asBoolean()).isFalse();
        roll(player, failing, "no-such-check").assertProblem(422, "SKILL_CHECK_NOT_AVAILABLE");
    }

    @Test
    void startRefusesWhatTheRulesForbid() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        start(player, character, "q-neon-ghosts").assertProblem(422, "LEVEL_TOO_LOW");
        http.post(SESSIONS, startBody(character, CORNER_STORE).replace("night-city-eu-1", "atlantis-1"),
                player.token()).assertProblem(422, "UNKNOWN_SERVER");
        start(player, character, "q-no-such-quest").assertProblem(404, "QUEST_NOT_FOUND");
        start(player, UUID.randomUUID(), CORNER_STORE).assertProblem(404, "CHARACTER_NOT_FOUND");
        start(game.newPlayer(), character, CORNER_STORE).assertProblem(403, "NOT_CHARACTER_OWNER");
        start(player, character, CORNER_STORE).assertStatus(201);
        start(player, character, CORNER_STORE).assertProblem(409, "QUEST_ALREADY_ACTIVE");
    }

    @Test
    void choicesAbandonAndFailureFollowTheSessionsState() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        UUID session = sessionId(start(player, character, CORNER_STORE).assertStatus(201));
        choose(player, session, "hand-over-the-package").assertProblem(422, "CHOICE_NOT_AVAILABLE");
        complete(player, session, UUID.randomUUID().toString()).assertProblem(422, "QUEST_OBJECTIVES_INCOMPLETE");
        Player stranger = game.newPlayer();
        http.get(SESSIONS + "/" + session, stranger.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        choose(stranger, session, "ask-around").assertProblem(403, "NOT_CHARACTER_OWNER");
        http.get(SESSIONS + "/" + UUID.randomUUID(), player.token()).assertProblem(404, "QUEST_SESSION_NOT_FOUND");

        JsonNode abandoned = http.post(SESSIONS + "/" + session + "/abandon", null, player.token())
                .assertStatus(200).json();
        assertThat(abandoned.get("status").asText()).isEqualTo("ABANDONED");
        assertThat(abandoned.get("availableChoices")).isEmpty();
        choose(player, session, "ask-around").assertProblem(409, "QUEST_NOT_ACTIVE");
        http.post(SESSIONS + "/" + session + "/abandon", null, player.token()).assertProblem(409, "QUEST_NOT_ACTIVE");

        // An abandoned quest may be started again, from the beginning; a fight in the alley fails it.
        UUID again = sessionId(start(player, character, CORNER_STORE).assertStatus(201));
        choose(player, again, "ask-around").assertStatus(200);
        JsonNode failed = choose(player, again, "pick-a-fight").assertStatus(200).json();
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");

        JsonNode active = http.get(SESSIONS + "?characterId=" + character, player.token()).assertStatus(200).json();
        assertThat(active.get("total").asInt()).isZero();
        http.get(SESSIONS + "?characterId=" + character, stranger.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
    }

    @Test
    void theGaugeCountsActiveQuestSessions() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        double before = gauge();
        UUID session = sessionId(start(player, character, CORNER_STORE).assertStatus(201));
        assertThat(gauge()).isEqualTo(before + 1);
        JsonNode listed = http.get(SESSIONS + "?characterId=" + character, player.token()).assertStatus(200).json();
        assertThat(listed.get("items").findValuesAsText("questSessionId")).containsExactly(session.toString());
        http.post(SESSIONS + "/" + session + "/abandon", null, player.token()).assertStatus(200);
        assertThat(gauge()).isEqualTo(before);
    }

    @Test
    void racingStartsAndCompletionsLetExactlyOneWin() throws Exception {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        List<Integer> starts = race(4, () -> start(player, character, CORNER_STORE).status());
        assertThat(starts).containsExactlyInAnyOrder(201, 409, 409, 409);

        UUID session = UUID.fromString(http.get(SESSIONS + "?characterId=" + character, player.token()).json()
                .get("items").get(0).get("questSessionId").asText());
        choose(player, session, "ask-around").assertStatus(200);
        choose(player, session, "keep-the-package").assertStatus(200);
        List<Integer> completions = race(3, () -> complete(player, session, UUID.randomUUID().toString()).status());
        assertThat(completions).containsExactlyInAnyOrder(200, 409, 409);
        game.relay();
        assertThat(game.standIns.received(StandIns.GRANTS).stream()
                .filter(r -> r.idempotencyKey().equals(session.toString()))).hasSize(1);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** The gauge once its sample is fresher than the last change (it is sampled at most every GAUGE_MAX_AGE). */
    private double gauge() {
        TestGameplay.sleep(GameplayServiceDefinition.GAUGE_MAX_AGE.plusMillis(100));
        return game.http.metric(GameplayServiceDefinition.QUEST_GAUGE);
    }

    private static List<Integer> race(int racers, Callable<Integer> attempt) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return attempt.call();
                }));
            }
            go.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }
        return statuses;
    }

    static String startBody(UUID character, String questId) {
        return """
                {"characterId":"%s","questId":"%s","serverId":"night-city-eu-1"}""".formatted(character, questId);
    }

    private Http.Reply start(Player player, UUID character, String questId) {
        return http.post(SESSIONS, startBody(character, questId), player.token());
    }

    private Http.Reply choose(Player player, UUID session, String choiceId) {
        return http.post(SESSIONS + "/" + session + "/choices", "{\"choiceId\":\"" + choiceId + "\"}", player.token());
    }

    private Http.Reply roll(Player player, UUID session, String checkId) {
        return http.post(SESSIONS + "/" + session + "/skill-checks", "{\"checkId\":\"" + checkId + "\"}",
                player.token());
    }

    private Http.Reply complete(Player player, UUID session, String key) {
        return http.send("POST", SESSIONS + "/" + session + "/complete", null, player.token(), idempotencyKey(key));
    }

    private static UUID sessionId(Http.Reply reply) {
        return UUID.fromString(reply.json().get("questSessionId").asText());
    }
}
