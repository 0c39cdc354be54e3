package com.necpgame.character;

import static com.necpgame.character.TestCharacterService.BASE;
import static com.necpgame.character.TestCharacterService.createBody;
import static com.necpgame.character.TestCharacterService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.necpgame.character.TestCharacterService.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Requests that break the spec or carry no valid token: always a 4xx problem, never a 5xx, nothing changed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    @AutoClose
    private final TestCharacterService characters = new TestCharacterService();
    private final Http http = characters.http;

    @Test
    void everyPlayerOperationNeedsAValidPlayerToken() {
        UUID account = UUID.randomUUID();
        http.get(BASE, null).assertProblem(401, "UNAUTHORIZED");
        http.get(BASE, characters.tokens.expiredPlayer(account)).assertProblem(401, null);
        http.get(BASE, characters.tokens.forgedPlayer(account)).assertProblem(401, null);
        http.get(BASE, "not-a-jwt").assertProblem(401, null);
        // A service token has no account.
        http.post(BASE, createBody(uniqueName()), characters.serviceToken("gameplay-service"))
                .assertProblem(403, "PLAYER_TOKEN_REQUIRED");
    }

    @Test
    void bodiesThatBreakTheSchemaAreRefusedWithTheField() {
        String token = characters.newPlayer().token();
        http.post(BASE, createBody("x"), token).assertProblem(400, "VALIDATION_FAILED");
        http.post(BASE, createBody("Robert'); DROP TABLE characters;--"), token).assertProblem(400, "VALIDATION_FAILED");
        http.post(BASE, createBody(uniqueName()).replace("NETRUNNER", "WIZARD"), token)
                .assertProblem(400, "VALIDATION_FAILED");
        http.post(BASE, createBody(uniqueName()).replace("\"origin\":\"STREET\",", ""), token)
                .assertProblem(400, "VALIDATION_FAILED");
        var unknown = http.post(BASE, createBody(uniqueName()).replace("{", "{\"level\":50,"), token)
                .assertProblem(400, "VALIDATION_FAILED");
        assertThat(unknown.body()).contains("level");
        http.post(BASE, "{\"name\":", token).assertProblem(400, null);
        http.post(BASE, "[]", token).assertProblem(400, null);
        http.post(BASE, createBody(uniqueName()).replace("{\"name", "{\"attributes\":{\"strength\":15,"
                + "\"dexterity\":10,\"intelligence\":10,\"tech\":10,\"cool\":5},\"name"), token)
                .assertProblem(400, "VALIDATION_FAILED");
        assertThat(http.get(BASE, token).json().get("total").asInt()).isZero();
    }

    @Test
    void parametersThatBreakTheSpecAreRefused() {
        Player player = characters.newPlayer();
        UUID id = characters.create(player);
        http.get(BASE + "/not-a-uuid", player.token()).assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "?limit=0", player.token()).assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "?limit=101", player.token()).assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "?page=0", player.token()).assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "/" + id + "/quest-progress?status=DONE", player.token()).assertProblem(400, null);
        http.get(BASE + "/" + id + "/quest-progress/Not_A_Slug", player.token()).assertProblem(400, null);
        http.patch(BASE + "/" + id, "{}", player.token()).assertProblem(400, "VALIDATION_FAILED");
        // allocateAttributePoints requires its Idempotency-Key.
        http.post(BASE + "/" + id + "/attributes/allocations", "{\"cool\":1}", player.token())
                .assertProblem(400, "VALIDATION_FAILED");
    }

    @Test
    void pushesThatBreakTheSchemaAreRefused() {
        UUID id = characters.create(characters.newPlayer());
        String path = BASE + "/internal/" + id + "/quest-progress/q-neon-ghosts";
        String gameplay = characters.serviceToken("gameplay-service");
        http.put(path, "{\"status\":\"ACTIVE\",\"progress\":101,\"objectives\":{},\"updatedAt\":\"2026-11-27T12:00:00Z\"}",
                gameplay).assertProblem(400, "VALIDATION_FAILED");
        http.put(path, "{\"status\":\"ACTIVE\",\"progress\":10,\"objectives\":{},\"updatedAt\":\"yesterday\"}",
                gameplay).assertProblem(400, "VALIDATION_FAILED");
        http.put(path, "{\"status\":\"ACTIVE\",\"progress\":10,\"objectives\":{},\"updatedAt\":\"2026-11-27T12:00:00Z\","
                + "\"surprise\":1}", gameplay).assertProblem(400, "VALIDATION_FAILED");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        String token = characters.newPlayer().token();
        http.unchecked("GET", BASE + "/x/y/z/w", null, token).assertProblem(404, null);
        http.unchecked("PUT", BASE, "{}", token).assertProblem(405, null);
    }
}
