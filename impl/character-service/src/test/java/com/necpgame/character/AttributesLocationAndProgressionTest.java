package com.necpgame.character;

import static com.necpgame.character.TestCharacterService.BASE;
import static com.necpgame.character.TestCharacterService.idempotencyKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.character.TestCharacterService.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Attribute points from levels, spending them once per Idempotency-Key, progression, and location updates. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttributesLocationAndProgressionTest {
    @AutoClose
    private final TestCharacterService characters = new TestCharacterService();
    private final Http http = characters.http;

    /** Levels a character up through the quest push gameplay sends, the only way experience arrives. */
    private void grantExperience(UUID characterId, long experience) {
        String push = """
                {"status":"COMPLETED","progress":100,"objectives":{},"updatedAt":"%s","experienceReward":%d}
                """.formatted(characters.clock.instant(), experience);
        http.put(BASE + "/internal/" + characterId + "/quest-progress/q-xp-" + UUID.randomUUID().toString()
                .substring(0, 8), push, characters.serviceToken("gameplay-service")).assertStatus(200);
    }

    private Http.Reply allocate(Player player, UUID id, String key, String body) {
        return http.send("POST", BASE + "/" + id + "/attributes/allocations", body, player.token(),
                idempotencyKey(key));
    }

    @Test
    void experienceRaisesTheLevelAndEachLevelGrantsAPoint() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        grantExperience(id, 3000); // level 3: 500 * 3 * 2

        JsonNode progression = http.get(BASE + "/" + id + "/progression", player.token()).assertStatus(200).json();
        assertThat(progression.get("level").asInt()).isEqualTo(3);
        assertThat(progression.get("maxLevel").asInt()).isEqualTo(50);
        assertThat(progression.get("experience").asLong()).isEqualTo(3000);
        assertThat(progression.get("currentLevelExperience").asLong()).isEqualTo(3000);
        assertThat(progression.get("nextLevelExperience").asLong()).isEqualTo(6000);
        assertThat(progression.get("unspentAttributePoints").asInt()).isEqualTo(2);
        assertThat(http.get(BASE + "/" + id + "/attributes", player.token()).json().get("unspentPoints").asInt())
                .isEqualTo(2);
    }

    @Test
    void atTheCapThereIsNoNextLevel() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        grantExperience(id, 2_000_000);
        JsonNode progression = http.get(BASE + "/" + id + "/progression", player.token()).json();
        assertThat(progression.get("level").asInt()).isEqualTo(50);
        assertThat(progression.has("nextLevelExperience")).isFalse();
        assertThat(progression.get("unspentAttributePoints").asInt()).isEqualTo(49);
    }

    @Test
    void spendingPointsHappensOncePerIdempotencyKey() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        grantExperience(id, 3000);
        String key = UUID.randomUUID().toString();

        Http.Reply first = allocate(player, id, key, "{\"intelligence\":2}").assertStatus(200);
        assertThat(first.header("Idempotency-Replayed")).hasValue("false");
        assertThat(first.json().get("intelligence").asInt()).isEqualTo(12);
        assertThat(first.json().get("unspentPoints").asInt()).isZero();

        Http.Reply replay = allocate(player, id, key, "{\"intelligence\":2}").assertStatus(200);
        assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
        assertThat(replay.json()).isEqualTo(first.json());
        allocate(player, id, key, "{\"cool\":2}").assertProblem(422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(http.get(BASE + "/" + id + "/attributes", player.token()).json().get("intelligence").asInt())
                .isEqualTo(12);
    }

    @Test
    void spendingIsBoundedByUnspentPointsAndTheMaximum() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        allocate(player, id, UUID.randomUUID().toString(), "{\"strength\":1}")
                .assertProblem(422, "NOT_ENOUGH_ATTRIBUTE_POINTS");
        grantExperience(id, 45000 * 2); // level 13 or so: plenty of points
        allocate(player, id, UUID.randomUUID().toString(), "{\"strength\":11}")
                .assertProblem(422, "ATTRIBUTE_MAXIMUM_EXCEEDED");
        allocate(player, id, UUID.randomUUID().toString(), "{\"strength\":0}").assertProblem(400, "VALIDATION_FAILED");
        allocate(player, id, UUID.randomUUID().toString(), "{\"strength\":10}").assertStatus(200);
    }

    @Test
    void aDeletedCharacterSpendsNothingAndAnotherPlayerNothingAtAll() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        grantExperience(id, 1000);
        allocate(characters.newPlayer(), id, UUID.randomUUID().toString(), "{\"cool\":1}")
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        http.delete(BASE + "/" + id, player.token()).assertStatus(200);
        allocate(player, id, UUID.randomUUID().toString(), "{\"cool\":1}").assertProblem(409, "CHARACTER_DELETED");
    }

    @Test
    void locationIsRecordedAtMostOncePerSecond() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        String path = BASE + "/" + id + "/location";
        String move = """
                {"serverId":"night-city-eu-1","city":"night-city","district":"japantown","x":-312.75,"y":88,"z":12.5}
                """;
        JsonNode recorded = http.put(path, move, player.token()).assertStatus(200).json();
        assertThat(recorded.get("district").asText()).isEqualTo("japantown");
        assertThat(recorded.get("x").asDouble()).isEqualTo(-312.75);

        Http.Reply tooSoon = http.put(path, move, player.token()).assertProblem(429, null);
        assertThat(tooSoon.header("Retry-After")).hasValue("1");
        characters.clock.advance(Duration.ofMillis(1000));
        http.put(path, move.replace("japantown", "kabuki"), player.token()).assertStatus(200);
        assertThat(http.get(path, player.token()).json().get("district").asText()).isEqualTo("kabuki");
        http.put(path, move.replace("12.5", "100001"), player.token()).assertProblem(400, "VALIDATION_FAILED");
    }
}
