package com.necpgame.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A service without keys of its own verifies tokens against auth's JWKS over HTTP, and follows key rotation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteJwksTest {
    private static final String JWKS_PATH = "/api/v1/auth/.well-known/jwks.json";
    private static final String WIDGET = "/api/v1/test/widgets/5b0c2f36-1d7e-4d5c-9d7a-0f3c6a1e2b44";

    private final List<JWK> publishedKeys = new CopyOnWriteArrayList<>();
    private WebServer authStandIn;
    private RunningService service;
    private Http http;

    @BeforeAll
    void start() {
        authStandIn = WebServer.builder()
                .port(0)
                .routing(r -> r.get(JWKS_PATH, (req, res) -> res
                        .header("Content-Type", "application/json")
                        .send(new JWKSet(List.copyOf(publishedKeys)).toString(true))))
                .build()
                .start();
        service = ServiceRuntime.start(new TestService(null), TestConfig.with(
                "security.jwks-url", "http://localhost:" + authStandIn.port() + JWKS_PATH));
        http = new Http(service.baseUrl());
    }

    @AfterAll
    void stop() {
        service.stop();
        authStandIn.stop();
    }

    @Test
    void verifiesWithTheRemoteKeySetAndPicksUpRotatedKeys() {
        RSAKey first = Tokens.newKey("k1");
        publishedKeys.add(first.toPublicJWK());
        var reply = http.get(WIDGET, "Authorization", "Bearer " + Tokens.player(first, "remote-1"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("subject").asText()).isEqualTo("remote-1");

        // auth rotates: a token with a kid the cached set does not know makes the verifier refetch.
        RSAKey second = Tokens.newKey("k2");
        publishedKeys.add(second.toPublicJWK());
        var rotated = http.get(WIDGET, "Authorization", "Bearer " + Tokens.player(second, "remote-2"));
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);

        RSAKey unpublished = Tokens.newKey("k3");
        var unknown = http.get(WIDGET, "Authorization", "Bearer " + Tokens.player(unpublished, "remote-3"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(401);
    }
}
