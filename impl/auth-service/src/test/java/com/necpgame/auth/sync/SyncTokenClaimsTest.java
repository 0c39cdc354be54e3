package com.necpgame.auth.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.testing.MutableClock;
import com.necpgame.auth.keys.SigningKey;
import com.necpgame.auth.pilot.PilotTier;
import com.necpgame.auth.sync.SyncTokenVerification.Invalid;
import com.necpgame.auth.sync.SyncTokenVerification.Reason;
import com.necpgame.auth.token.IssuedToken;
import com.necpgame.auth.token.TokenFactory;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

/** Token claims and sync-token verification, without a database: a fixed key and a test clock. */
class SyncTokenClaimsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
    private final SigningKey key = newKey("unit-key");
    private final TokenFactory tokens = new TokenFactory(() -> key, clock, "necp-auth");
    private final SyncTokenService sync = new SyncTokenService(null, tokens,
            new ImmutableJWKSet<>(new JWKSet(key.publicKey())), clock);
    private final UUID pilot = UUID.randomUUID();
    private final UUID instance = UUID.randomUUID();

    private static SigningKey newKey(String kid) {
        try {
            return new SigningKey(new RSAKeyGenerator(2048).keyID(kid).generate(), Instant.EPOCH, Optional.empty());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void accessTokensCarryEveryRequiredClaim() throws Exception {
        UUID account = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        IssuedToken token = tokens.accessToken(account, "Neo_V", session);
        SignedJWT jwt = SignedJWT.parse(token.value());
        var claims = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("unit-key");
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(claims.getIssuer()).isEqualTo("necp-auth");
        assertThat(claims.getSubject()).isEqualTo(account.toString());
        assertThat(claims.getStringClaim("sid")).isEqualTo(session.toString());
        assertThat(claims.getStringClaim("scope")).isEqualTo("player");
        assertThat(claims.getStringClaim("username")).isEqualTo("Neo_V");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void syncTokensExpireAtTheEarlierOfTenMinutesAndTheWindow() {
        assertThat(tokens.syncToken(pilot, instance, "T2", clock.instant().plus(Duration.ofHours(1))).expiresAt())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(tokens.syncToken(pilot, instance, "T2", clock.instant().plus(Duration.ofMinutes(4))).expiresAt())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(4)));
    }

    @Test
    void verificationChecksInOrder() {
        String token = tokens.syncToken(pilot, instance, "T3", clock.instant().plus(Duration.ofHours(1))).value();
        assertThat(sync.verify(token, instance)).isEqualTo(new SyncTokenVerification.Valid(pilot, instance,
                PilotTier.T3, clock.instant().plus(Duration.ofMinutes(10))));
        assertThat(sync.verify(token, UUID.randomUUID())).isEqualTo(new Invalid(Reason.WRONG_INSTANCE));
        assertThat(sync.verify("a.b", instance)).isEqualTo(new Invalid(Reason.MALFORMED));
        assertThat(sync.verify(tokens.accessToken(pilot, "Neo_V", UUID.randomUUID()).value(), instance))
                .isEqualTo(new Invalid(Reason.MALFORMED));
        assertThat(sync.verify(tokens.serviceToken("gameplay-service").value(), instance))
                .isEqualTo(new Invalid(Reason.MALFORMED));

        clock.advance(Duration.ofMinutes(10));
        // Expired, and also for another instance: expiry is checked first.
        assertThat(sync.verify(token, UUID.randomUUID())).isEqualTo(new Invalid(Reason.EXPIRED));
    }

    @Test
    void tokensSignedWithAnotherKeyAreRefused() {
        SigningKey stranger = newKey("unit-key"); // same kid, other key pair: a forgery
        TokenFactory forger = new TokenFactory(() -> stranger, clock, "necp-auth");
        String forged = forger.syncToken(pilot, instance, "T3", clock.instant().plus(Duration.ofHours(1))).value();
        assertThat(sync.verify(forged, instance)).isEqualTo(new Invalid(Reason.INVALID_SIGNATURE));

        TokenFactory otherIssuer = new TokenFactory(() -> key, clock, "someone-else");
        String foreign = otherIssuer.syncToken(pilot, instance, "T3", clock.instant().plus(Duration.ofHours(1))).value();
        assertThat(sync.verify(foreign, instance)).isEqualTo(new Invalid(Reason.INVALID_SIGNATURE));
    }
}
