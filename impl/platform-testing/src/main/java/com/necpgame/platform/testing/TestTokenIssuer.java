package com.necpgame.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.helidon.webserver.WebServer;

/**
 * A stand-in for auth-service in another service's tests: it publishes a key set on a free port of localhost,
 * at auth's JWKS path, and mints tokens with the claims auth puts in them ({@code iss necp-auth}, {@code sub},
 * {@code scope player} with {@code sid}, or {@code scope internal} for services; 15 minutes by the given clock,
 * so a test that moves the service's clock expires them too). It also answers auth's {@code issueServiceToken}
 * ({@code POST /api/v1/auth/service-tokens}) for any client id with the secret {@link #SERVICE_SECRET}, so a
 * service under test can call others with a real service token. Point the service at it with
 * {@link #configYaml()}.
 */
public final class TestTokenIssuer implements AutoCloseable {
    public static final String JWKS_PATH = "/api/v1/auth/.well-known/jwks.json";
    public static final String SERVICE_TOKENS_PATH = "/api/v1/auth/service-tokens";
    /** The client secret this stand-in accepts from every service (tests only). */
    public static final String SERVICE_SECRET = "test-only-service-secret";
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Clock clock;
    private final RSAKey key = newKey("test-key-" + UUID.randomUUID());
    private final RSAKey unpublished = newKey("unpublished-" + UUID.randomUUID());
    private final WebServer server;

    public TestTokenIssuer(Clock clock) {
        this.clock = clock;
        String jwks = new JWKSet(List.of(key.toPublicJWK())).toString(true);
        this.server = WebServer.builder()
                .host("localhost")
                .port(0)
                .routing(r -> r.get(JWKS_PATH, (req, res) -> res.header("Content-Type", "application/json")
                                .send(jwks))
                        .post(SERVICE_TOKENS_PATH, (req, res) -> {
                            var credentials = JSON.readTree(req.content().as(String.class));
                            if (!SERVICE_SECRET.equals(credentials.path("clientSecret").asText())) {
                                res.status(401).header("Content-Type", "application/problem+json")
                                        .send("{\"status\":401,\"code\":\"INVALID_CLIENT_CREDENTIALS\"}");
                                return;
                            }
                            res.header("Content-Type", "application/json").send(JSON.createObjectNode()
                                    .put("accessToken", service(credentials.path("clientId").asText()))
                                    .put("tokenType", "Bearer").put("expiresIn", LIFETIME.toSeconds())
                                    .put("scope", "internal").toString());
                        }))
                .build()
                .start();
    }

    /**
     * The service configuration that makes it verify tokens with this issuer's key set and get its own service
     * token here ({@code services.auth.url}, {@code services.client.secret}).
     */
    public String configYaml() {
        return """
                security:
                  jwks-url: http://localhost:%1$d%2$s
                services:
                  auth:
                    url: http://localhost:%1$d
                  client:
                    secret: %3$s
                """.formatted(server.port(), JWKS_PATH, SERVICE_SECRET);
    }

    /** The issuer's base URL (where auth would be). */
    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** A player's access token for {@code accountId}, with a session of its own. */
    public String player(UUID accountId) {
        return sign(key, claims(accountId.toString(), "player", LIFETIME).claim("sid", UUID.randomUUID().toString()));
    }

    /** A service token (scope {@code internal}) whose {@code sub} is {@code serviceName}. */
    public String service(String serviceName) {
        return sign(key, claims(serviceName, "internal", LIFETIME));
    }

    /** A player token that expired an hour ago. */
    public String expiredPlayer(UUID accountId) {
        return sign(key, claims(accountId.toString(), "player", Duration.ofHours(-1))
                .claim("sid", UUID.randomUUID().toString()));
    }

    /** A well-formed player token signed with a key the key set does not publish. */
    public String forgedPlayer(UUID accountId) {
        return sign(unpublished, claims(accountId.toString(), "player", LIFETIME)
                .claim("sid", UUID.randomUUID().toString()));
    }

    @Override
    public void close() {
        server.stop();
    }

    private JWTClaimsSet.Builder claims(String subject, String scope, Duration lifetime) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new JWTClaimsSet.Builder()
                .issuer("necp-auth")
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("scope", scope);
    }

    private static String sign(RSAKey key, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
