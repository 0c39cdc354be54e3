package com.necpgame.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.necpgame.platform.problem.ProblemException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

/** The verifier with its caches: a token verified once is answered from memory, and nothing else is. */
class TokenVerifierCacheTest {
    private static final RSAKey KEY = newKey("k-1");
    private static final RSAKey OTHER_KEY = newKey("k-1"); // same kid, another key: what a forger would publish

    private final VerifiedTokenCacheTest.MovableClock clock =
            new VerifiedTokenCacheTest.MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    private final AtomicInteger keyLookups = new AtomicInteger();
    private final JWKSource<SecurityContext> keys = (selector, context) -> {
        keyLookups.incrementAndGet();
        return selector.select(new JWKSet(KEY.toPublicJWK()));
    };

    private TokenVerifier verifier(int cacheSize) {
        Config security = Config.just(ConfigSources.create(Map.of(
                "jwt.issuer", "necp-auth", "jwt.verified-cache-size", String.valueOf(cacheSize))));
        return TokenVerifier.create(security, Optional.of(keys), clock);
    }

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainUntilItExpires() {
        TokenVerifier verifier = verifier(100);
        String token = token(KEY, "alice", "player", clock.instant().plusSeconds(300));

        Caller first = verifier.verify(token);
        int lookupsAfterFirst = keyLookups.get();
        for (int i = 0; i < 10; i++) {
            assertThat(verifier.verify(token)).isEqualTo(first);
        }

        assertThat(first.subject()).isEqualTo("alice");
        assertThat(first.sessionId()).contains("session-1");
        assertThat(lookupsAfterFirst).isEqualTo(1);
        assertThat(keyLookups.get()).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefusedEvenAfterItWasCached() {
        TokenVerifier verifier = verifier(100);
        String token = token(KEY, "alice", "player", clock.instant().plusSeconds(60));
        verifier.verify(token);

        clock.advance(Duration.ofSeconds(60 + 31)); // past exp and the 30 s skew
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(401));
    }

    @Test
    void aForgedTokenIsRefusedWhileTheGenuineOneIsCached() {
        TokenVerifier verifier = verifier(100);
        Instant exp = clock.instant().plusSeconds(300);
        String genuine = token(KEY, "alice", "player", exp);
        verifier.verify(genuine);

        String forged = token(OTHER_KEY, "alice", "player", exp); // same claims and kid, wrong key
        String[] parts = genuine.split("\\.");
        String tampered = parts[0] + "." + token(KEY, "mallory", "player", exp).split("\\.")[1] + "." + parts[2];

        for (String bad : List.of(forged, tampered)) {
            assertThatThrownBy(() -> verifier.verify(bad)).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(401));
            // and a failure is never remembered: refused again, the genuine token still accepted
            assertThatThrownBy(() -> verifier.verify(bad)).isInstanceOf(ProblemException.class);
        }
        assertThat(verifier.verify(genuine).subject()).isEqualTo("alice");
    }

    @Test
    void aTokenThatIsNoBearerTokenIsRefusedEveryTime() {
        TokenVerifier verifier = verifier(100);
        String sync = token(KEY, "alice", "quantum-sync", clock.instant().plusSeconds(300));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> verifier.verify(sync)).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(401));
        }
    }

    @Test
    void keysAreLookedUpOncePerKidNotOncePerToken() {
        TokenVerifier verifier = verifier(100);
        for (int i = 0; i < 20; i++) {
            assertThat(verifier.verify(token(KEY, "player-" + i, "player", clock.instant().plusSeconds(300)))
                    .subject()).isEqualTo("player-" + i);
        }
        assertThat(keyLookups.get()).isEqualTo(1);
    }

    @Test
    void aFullCacheStillVerifiesEveryToken() {
        TokenVerifier verifier = verifier(5);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 20; i++) {
                String token = token(KEY, "player-" + i, "player", clock.instant().plusSeconds(300 + i));
                assertThat(verifier.verify(token).subject()).isEqualTo("player-" + i);
            }
        }
    }

    private static String token(RSAKey key, String subject, String scope, Instant expiry) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("necp-auth").subject(subject)
                .issueTime(new Date()).expirationTime(Date.from(expiry))
                .claim("sid", "session-1").claim("scope", scope).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
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
