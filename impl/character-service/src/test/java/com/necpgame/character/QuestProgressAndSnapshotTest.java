package com.necpgame.character;

import static com.necpgame.character.TestCharacterService.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.character.TestCharacterService.Player;
import com.necpgame.character.client.api.InternalApi;
import com.necpgame.character.client.model.CharacterSnapshot;
import com.necpgame.character.client.model.CharacterStatus;
import com.necpgame.character.client.model.QuestProgressSync;
import com.necpgame.character.client.model.QuestProgressSyncResult;
import com.necpgame.character.client.model.QuestStatus;
import com.necpgame.character.client.model.QuestSyncOutcome;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The quest_progress read model (pushes from gameplay, reads by the player) and the snapshot for services. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestProgressAndSnapshotTest {
    private static final String QUEST = "q-neon-ghosts";
    @AutoClose
    private final TestCharacterService characters = new TestCharacterService();
    private final Http http = characters.http;
    private final String gameplay = characters.serviceToken("gameplay-service");

    private static String syncPath(UUID characterId, String questId) {
        return BASE + "/internal/" + characterId + "/quest-progress/" + questId;
    }

    private static String push(String status, int progress, Instant updatedAt, long experience) {
        return """
                {"status":"%s","branchId":"b-trust-the-fixer","progress":%d,"objectives":{"hackTerminals":%d},
                 "updatedAt":"%s","experienceReward":%d}
                """.formatted(status, progress, progress / 10, updatedAt, experience);
    }

    private JsonNode sync(UUID characterId, String body) {
        return http.put(syncPath(characterId, QUEST), body, gameplay).assertStatus(200).json();
    }

    @Test
    void theNewestPushWinsAndReplaysOrOlderPushesChangeNothing() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        Instant t1 = Instant.parse("2026-11-27T12:30:00.123456Z");
        Instant t2 = t1.plusSeconds(60);

        JsonNode first = sync(id, push("ACTIVE", 40, t1, 0));
        assertThat(first.get("applied").asBoolean()).isTrue();
        assertThat(first.get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(first.at("/questProgress/progress").asInt()).isEqualTo(40);

        assertThat(sync(id, push("ACTIVE", 40, t1, 0)).get("outcome").asText()).isEqualTo("REPLAY");
        assertThat(sync(id, push("ACTIVE", 70, t2, 0)).get("outcome").asText()).isEqualTo("APPLIED");
        JsonNode stale = sync(id, push("ACTIVE", 50, t1, 0));
        assertThat(stale.get("applied").asBoolean()).isFalse();
        assertThat(stale.get("outcome").asText()).isEqualTo("STALE");
        assertThat(stale.at("/questProgress/progress").asInt()).isEqualTo(70);

        JsonNode entry = http.get(BASE + "/" + id + "/quest-progress/" + QUEST, player.token()).assertStatus(200)
                .json();
        assertThat(entry.get("progress").asInt()).isEqualTo(70);
        assertThat(entry.get("branchId").asText()).isEqualTo("b-trust-the-fixer");
        assertThat(entry.at("/objectives/hackTerminals").asInt()).isEqualTo(7);
        assertThat(Instant.parse(entry.get("updatedAt").asText())).isEqualTo(t2);
        assertThat(entry.has("completedAt")).isFalse();
    }

    @Test
    void aReplayWithFinerThanMicrosecondPrecisionIsStillAReplay() {
        UUID id = characters.create(characters.newPlayer());
        Instant nanos = Instant.parse("2026-11-27T12:30:00.123456789Z");
        assertThat(sync(id, push("ACTIVE", 10, nanos, 0)).get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(sync(id, push("ACTIVE", 10, nanos, 0)).get("outcome").asText()).isEqualTo("REPLAY");
    }

    @Test
    void theExperienceRewardCountsOnceWhenTheQuestFirstCompletes() throws Exception {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        Instant t = characters.clock.instant();
        InternalApi api = new InternalApi(characters.client(gameplay));

        QuestProgressSyncResult done = api.syncQuestProgress(id, QUEST, new QuestProgressSync()
                .status(QuestStatus.COMPLETED).progress(100).objectives(java.util.Map.of("findInformant", true))
                .updatedAt(t.atOffset(java.time.ZoneOffset.UTC)).experienceReward(4500L));
        assertThat(done.getOutcome()).isEqualTo(QuestSyncOutcome.APPLIED);
        assertThat(done.getQuestProgress().getCompletedAt()).isNotNull();
        // A retry of the same push, then a later COMPLETED push: the reward is not counted again.
        sync(id, push("COMPLETED", 100, t, 4500));
        sync(id, push("COMPLETED", 100, t.plusSeconds(5), 4500));

        JsonNode progression = http.get(BASE + "/" + id + "/progression", player.token()).json();
        assertThat(progression.get("experience").asLong()).isEqualTo(4500);
        assertThat(progression.get("level").asInt()).isEqualTo(3); // 3000 <= 4500 < 6000
    }

    @Test
    void twoPushesRacingLeaveTheNewest() throws Exception {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        Instant base = characters.clock.instant();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bodies.add(push("ACTIVE", i * 10, base.plusMillis(i), 0));
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(bodies.size())) {
            List<Future<Integer>> results = new ArrayList<>();
            for (String body : bodies.reversed()) {
                results.add(pool.submit(() -> {
                    start.await();
                    return http.put(syncPath(id, QUEST), body, gameplay).status();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(200);
            }
        }
        JsonNode stored = http.get(BASE + "/" + id + "/quest-progress/" + QUEST, player.token()).json();
        assertThat(stored.get("progress").asInt()).isEqualTo(70);
        assertThat(Instant.parse(stored.get("updatedAt").asText())).isEqualTo(base.plusMillis(7));
    }

    @Test
    void pushesForADeletedCharacterApplyAndUnknownCharactersAreNotFound() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        http.delete(BASE + "/" + id, player.token()).assertStatus(200);
        assertThat(sync(id, push("ACTIVE", 20, characters.clock.instant(), 0)).get("applied").asBoolean()).isTrue();
        assertThat(http.get(BASE + "/" + id + "/quest-progress", player.token()).json().get("total").asInt())
                .isEqualTo(1);
        http.put(syncPath(UUID.randomUUID(), QUEST), push("ACTIVE", 20, characters.clock.instant(), 0), gameplay)
                .assertProblem(404, "CHARACTER_NOT_FOUND");
    }

    @Test
    void thePlayerListsQuestProgressNewestFirstAndByStatus() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        Instant t = characters.clock.instant();
        http.put(syncPath(id, "q-first"), push("ACTIVE", 10, t, 0), gameplay).assertStatus(200);
        http.put(syncPath(id, "q-second"), push("FAILED", 30, t.plusSeconds(1), 0), gameplay).assertStatus(200);
        http.put(syncPath(id, "q-third"), push("ACTIVE", 50, t.plusSeconds(2), 0), gameplay).assertStatus(200);

        JsonNode all = http.get(BASE + "/" + id + "/quest-progress", player.token()).assertStatus(200).json();
        assertThat(all.get("items").findValuesAsText("questId")).containsExactly("q-third", "q-second", "q-first");
        JsonNode active = http.get(BASE + "/" + id + "/quest-progress?status=ACTIVE&limit=1", player.token()).json();
        assertThat(active.get("total").asInt()).isEqualTo(2);
        assertThat(active.get("items").findValuesAsText("questId")).containsExactly("q-third");
        http.get(BASE + "/" + id + "/quest-progress/q-never", player.token())
                .assertProblem(404, "QUEST_PROGRESS_NOT_FOUND");
    }

    @Test
    void theSnapshotTellsOwnerLevelAttributesSkillsAndDeletion() throws Exception {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        for (String caller : List.of("gameplay-service", "social-service", "economy-service", "world-service")) {
            CharacterSnapshot snapshot = new InternalApi(characters.client(characters.serviceToken(caller)))
                    .getCharacterSnapshot(id);
            assertThat(snapshot.getAccountId()).isEqualTo(player.accountId());
            assertThat(snapshot.getStatus()).isEqualTo(CharacterStatus.ACTIVE);
            assertThat(snapshot.getLevel()).isEqualTo(1);
            assertThat(snapshot.getAttributes().getCool()).isEqualTo(10);
            assertThat(snapshot.getSkills()).hasSize(2);
            assertThat(snapshot.getSnapshotAt()).isNotNull();
        }
        http.delete(BASE + "/" + id, player.token()).assertStatus(200);
        JsonNode deleted = http.get(BASE + "/internal/" + id + "/snapshot", gameplay).assertStatus(200).json();
        assertThat(deleted.get("status").asText()).isEqualTo("DELETED");
        assertThat(deleted.has("deletedAt")).isTrue();
        assertThat(deleted.get("accountId").asText()).isEqualTo(player.accountId().toString());
    }

    @Test
    void internalOperationsAdmitOnlyTheirCallers() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        String body = push("ACTIVE", 10, characters.clock.instant(), 0);
        http.put(syncPath(id, QUEST), body, player.token()).assertProblem(403, "FORBIDDEN");
        http.put(syncPath(id, QUEST), body, characters.serviceToken("social-service"))
                .assertProblem(403, "CALLER_NOT_ALLOWED");
        http.get(BASE + "/internal/" + id + "/snapshot", characters.serviceToken("auth-service"))
                .assertProblem(403, "CALLER_NOT_ALLOWED");
        http.get(BASE + "/internal/" + id + "/snapshot", characters.serviceToken("ops-console"))
                .assertProblem(403, "CALLER_NOT_ALLOWED");
        http.get(BASE + "/internal/" + id + "/snapshot", player.token()).assertProblem(403, "FORBIDDEN");
        http.put(syncPath(id, QUEST), body, null).assertProblem(401, "UNAUTHORIZED");
    }
}
