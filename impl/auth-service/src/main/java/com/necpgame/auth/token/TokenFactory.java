package com.necpgame.auth.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;

import com.necpgame.auth.keys.SigningKey;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Builds and signs every JWT auth-service issues (RS256 with the current key, {@code kid} in the header):
 * access tokens, service tokens and quantum sync tokens, each with {@code iss}, {@code sub}, {@code iat},
 * {@code exp}, {@code jti} and a {@code scope} that tells the kinds apart.
 */
public final class TokenFactory {
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    public static final Duration SERVICE_TOKEN_LIFETIME = Duration.ofMinutes(15);
    public static final Duration SYNC_TOKEN_MAX_LIFETIME = Duration.ofMinutes(10);

    public static final String CLAIM_SCOPE = "scope";
    public static final String CLAIM_SESSION = "sid";
    public static final String CLAIM_USERNAME = "username";
    public static final String CLAIM_INSTANCE = "instance";
    public static final String CLAIM_TIER = "tier";

    private final Supplier<SigningKey> currentKey;
    private final Clock clock;
    private final String issuer;

    public TokenFactory(Supplier<SigningKey> currentKey, Clock clock, String issuer) {
        this.currentKey = currentKey;
        this.clock = clock;
        this.issuer = issuer;
    }

    public String issuer() {
        return issuer;
    }

    /** A player's access token (scope {@code player}, 15 minutes) for session family {@code sessionId}. */
    public IssuedToken accessToken(UUID accountId, String username, UUID sessionId) {
        Instant now = now();
        return sign(Scopes.BEARER_TYPE, claims(accountId.toString(), Scopes.PLAYER, now,
                now.plus(ACCESS_TOKEN_LIFETIME))
                .claim(CLAIM_SESSION, sessionId.toString())
                .claim(CLAIM_USERNAME, username), now, now.plus(ACCESS_TOKEN_LIFETIME));
    }

    /** A service token (scope {@code internal}, 15 minutes) whose subject is the client id. */
    public IssuedToken serviceToken(String clientId) {
        Instant now = now();
        return sign(Scopes.BEARER_TYPE, claims(clientId, Scopes.INTERNAL, now, now.plus(SERVICE_TOKEN_LIFETIME)),
                now, now.plus(SERVICE_TOKEN_LIFETIME));
    }

    /**
     * A quantum sync token for one pilot and one raid instance, expiring at min(now + 10 minutes,
     * {@code windowEndsAt}) (whole seconds, rounded down, as {@code exp} carries no fraction).
     */
    public IssuedToken syncToken(UUID pilotId, UUID instanceId, String tier, Instant windowEndsAt) {
        Instant now = now();
        Instant expiresAt = min(now.plus(SYNC_TOKEN_MAX_LIFETIME), windowEndsAt.truncatedTo(ChronoUnit.SECONDS));
        return sign(Scopes.SYNC_TYPE, claims(pilotId.toString(), Scopes.QUANTUM_SYNC, now, expiresAt)
                .claim(CLAIM_INSTANCE, instanceId.toString())
                .claim(CLAIM_TIER, tier), now, expiresAt);
    }

    private JWTClaimsSet.Builder claims(String subject, String scope, Instant issuedAt, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim(CLAIM_SCOPE, scope);
    }

    private IssuedToken sign(JOSEObjectType type, JWTClaimsSet.Builder claims, Instant issuedAt, Instant expiresAt) {
        SigningKey key = currentKey.get();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).type(type).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token with key " + key.kid(), e);
        }
        return new IssuedToken(jwt.serialize(), issuedAt, expiresAt);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
