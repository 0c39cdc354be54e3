package com.necpgame.world;

import static com.necpgame.world.TestWorldService.BASE;
import static com.necpgame.world.TestWorldService.SERVER;
import static com.necpgame.world.TestWorldService.idempotencyKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.necpgame.platform.testing.Http;
import com.necpgame.world.TestWorldService.Player;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ownership checks go to character-service's snapshot and are cached for at most 30 seconds; when it does not
 * answer, a player's request that needs the check gets 503, and what needs no check goes on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CharacterOwnershipTest {
    @AutoClose
    private final TestWorldService world = new TestWorldService();
    private final Http http = world.http;

    @Test
    void aCachedOwnerServesThirtySecondsThenCharacterServiceDownIsA503() throws Exception {
        Player player = world.newPlayer();
        UUID character = world.createCharacter(player);
        String preview = BASE + "/quest-consequences/preview";
        String body = """
                {"serverId":"%s","characterId":"%s","questId":"q-any","branchId":"b-any"}
                """.formatted(SERVER, character);
        http.post(preview, body, player.token()).assertStatus(200);

        world.characterService.stop();
        http.post(preview, body, player.token()).assertStatus(200); // the snapshot is cached

        world.clock.advance(Duration.ofSeconds(31));
        HttpResponse<String> unavailable = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(world.service.baseUrl() + preview))
                .header("Authorization", "Bearer " + world.tokens.player(player.accountId()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        // Services need no ownership check: gameplay still applies and reads.
        http.send("POST", BASE + "/internal/quest-consequences/apply", body, world.gameplay(),
                idempotencyKey("completion-while-down")).assertStatus(201);
        http.get(BASE + "/characters/" + character + "/story-state", world.gameplay()).assertStatus(200);
    }
}
