package com.necpgame.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.necpgame.auth.client.model.TokenPair;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input of many kinds: always a 4xx problem+json, never a 500, never a stack trace. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    private static final String AUTH = "/api/v1/auth";
    @AutoClose // one real service per class (PER_CLASS), stopped after its last test
    private final TestAuthService auth = new TestAuthService();
    private TokenPair player;
    private String serviceToken;

    @BeforeAll
    void signIn() throws Exception {
        player = auth.newPlayer();
        serviceToken = auth.serviceToken();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "{",
            "[]",
            "null",
            "{}",
            "{\"email\":\"a@b.c\",\"username\":\"neo_v\"}",
            "{\"email\":\"not-an-email\",\"username\":\"neo_v\",\"password\":\"chrome-and-neon-2077\"}",
            "{\"email\":\"v@necpgame.dev\",\"username\":\"ne\",\"password\":\"chrome-and-neon-2077\"}",
            "{\"email\":\"v@necpgame.dev\",\"username\":\"neo v!\",\"password\":\"chrome-and-neon-2077\"}",
            "{\"email\":\"v@necpgame.dev\",\"username\":\"neo_v\",\"password\":12345678901234}",
            "{\"email\":\"v@necpgame.dev\",\"username\":\"neo_v\",\"password\":\"chrome-and-neon-2077\",\"admin\":true}",
    })
    void registerRejectsMalformedBodies(String body) {
        auth.http.post(AUTH + "/register", body.isEmpty() ? null : body, null).assertProblem(400, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"login\":\"neo_v\"}",
            "{\"login\":\"ne\",\"password\":\"x\"}",
            "{\"login\":\"neo_v\",\"password\":\"\"}",
            "{\"login\":[\"neo_v\"],\"password\":\"x\"}",
    })
    void loginRejectsMalformedBodies(String body) {
        auth.http.post(AUTH + "/login", body, null).assertProblem(400, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"refreshToken\":\"short\"}",
            "{\"refreshToken\":\"has spaces and symbols !!! that are not base64url\"}",
            "{\"refreshToken\":42}",
    })
    void refreshRejectsMalformedTokens(String body) {
        auth.http.post(AUTH + "/refresh", body, null).assertProblem(400, null);
    }

    @Test
    void syncTokenRequestsAreValidated() {
        String path = AUTH + "/sync-tokens";
        String token = player.getAccessToken();
        auth.http.post(path, "{\"instanceId\":\"not-a-uuid\",\"requiredTier\":\"T1\","
                + "\"windowEndsAt\":\"2030-01-01T00:00:00Z\"}", token).assertProblem(400, null);
        auth.http.post(path, "{\"instanceId\":\"" + UUID.randomUUID() + "\",\"requiredTier\":\"T9\","
                + "\"windowEndsAt\":\"2030-01-01T00:00:00Z\"}", token).assertProblem(400, null);
        auth.http.post(path, "{\"instanceId\":\"" + UUID.randomUUID() + "\",\"requiredTier\":\"T1\","
                + "\"windowEndsAt\":\"tomorrow\"}", token).assertProblem(400, null);
    }

    @Test
    void internalOperationsValidateTheirInput() {
        auth.http.get(AUTH + "/internal/pilots/not-a-uuid/credential", serviceToken).assertProblem(400, null);
        String path = AUTH + "/internal/pilots/" + player.getAccount().getId() + "/credential";
        auth.http.put(path, "{\"tier\":\"T1\",\"score\":-1,\"certificationPassed\":true}", serviceToken)
                .assertProblem(400, null);
        auth.http.put(path, "{\"tier\":\"T1\",\"score\":100001,\"certificationPassed\":true}", serviceToken)
                .assertProblem(400, null);
        auth.http.put(path, "{\"tier\":\"T1\",\"score\":5}", serviceToken).assertProblem(400, null);
        auth.http.post(AUTH + "/internal/sync-tokens/verify", "{\"token\":\"\",\"instanceId\":\""
                + UUID.randomUUID() + "\"}", serviceToken).assertProblem(400, null);
    }

    @Test
    void serviceTokenRequestsAreValidated() {
        auth.http.post(AUTH + "/service-tokens", "{\"clientId\":\"Gameplay Service\",\"clientSecret\":\"x\"}", null)
                .assertProblem(400, null);
    }

    @Test
    void unknownPathsAndMethods() {
        auth.http.unchecked("GET", AUTH + "/nothing-here", null, null).assertProblem(404, null);
        auth.http.unchecked("DELETE", AUTH + "/me", null, player.getAccessToken()).assertProblem(405, null);
    }

    @Test
    void garbageAuthorization() {
        assertThat(auth.http.get(AUTH + "/me", "x".repeat(5000)).status()).isIn(400, 401);
        auth.http.get(AUTH + "/me", player.getAccessToken() + "tampered").assertProblem(401, null);
    }
}
