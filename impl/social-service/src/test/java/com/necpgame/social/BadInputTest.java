package com.necpgame.social;

import static com.necpgame.social.TestSocialService.BASE;
import static com.necpgame.social.TestSocialService.NEON;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Refusals: no token, malformed input, unknown ids, no cycle yet, and character-service not answering (this
 * class's social-service points at a character-service that is not there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    @AutoClose
    private final TestSocialService social = new TestSocialService(false);
    private final Http http = social.http;

    @Test
    void everyOperationNeedsAToken() {
        http.get(BASE + "/guilds", null).assertProblem(401, "UNAUTHORIZED");
        http.get(NEON + "/current-cycle", social.tokens.expiredPlayer(UUID.randomUUID()))
                .assertProblem(401, "UNAUTHORIZED");
    }

    @Test
    void malformedInputIsA400() {
        String token = social.newPlayer().token();
        Map<String, String> acting = Map.of("X-Character-Id", UUID.randomUUID().toString());
        http.send("POST", BASE + "/guilds", "{\"name\":\"Ok name\",\"tag\":\"lower\"}", token, acting)
                .assertProblem(400, "VALIDATION_FAILED");
        http.send("POST", BASE + "/guilds", "{\"name\":\"Ok name\",\"tag\":\"OK\",\"motto\":\"x\"}", token, acting)
                .assertProblem(400, "VALIDATION_FAILED");
        http.post(BASE + "/guilds", "{\"name\":\"Ok name\",\"tag\":\"OK\"}", token)
                .assertProblem(400, "VALIDATION_FAILED"); // no X-Character-Id
        http.get(BASE + "/guilds/not-a-uuid", token).assertProblem(400, null);
        http.get(BASE + "/guilds?limit=101", token).assertProblem(400, "VALIDATION_FAILED");
        http.send("POST", NEON + "/cycles/" + UUID.randomUUID() + "/claims", null, token, acting)
                .assertProblem(400, "VALIDATION_FAILED"); // no Idempotency-Key
    }

    @Test
    void unknownThingsAre404() {
        String token = social.newPlayer().token();
        http.get(BASE + "/guilds/" + UUID.randomUUID(), token).assertProblem(404, "GUILD_NOT_FOUND");
        http.get(BASE + "/guilds/" + UUID.randomUUID() + "/members", token).assertProblem(404, "GUILD_NOT_FOUND");
        http.get(BASE + "/ratings/guilds/" + UUID.randomUUID(), token).assertProblem(404, "GUILD_NOT_FOUND");
        http.get(NEON + "/current-cycle", token).assertProblem(404, "NO_CURRENT_CYCLE");
        http.get(NEON + "/cycles/" + UUID.randomUUID(), token).assertProblem(404, "CYCLE_NOT_FOUND");
        http.get(NEON + "/cycles/" + UUID.randomUUID() + "/standings", token).assertProblem(404, "CYCLE_NOT_FOUND");
    }

    /** Raw HTTP: the platform's Http refuses every 5xx, and 503 is the answer the spec asks for here. */
    @Test
    void characterServiceNotAnsweringIsA503() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(social.service.baseUrl() + BASE + "/guilds"))
                .header("Authorization", "Bearer " + social.newPlayer().token())
                .header("X-Character-Id", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Waiting guild\",\"tag\":\"WAIT\"}"))
                .build();
        HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(503);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reply.body()).contains("\"code\":\"UNAVAILABLE\"").doesNotContain("Exception");
    }
}
