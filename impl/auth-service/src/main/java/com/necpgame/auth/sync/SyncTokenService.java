package com.necpgame.auth.sync;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.auth.pilot.PilotCredential;
import com.necpgame.auth.pilot.PilotCredentialService;
import com.necpgame.auth.pilot.PilotTier;
import com.necpgame.auth.sync.SyncTokenVerification.Invalid;
import com.necpgame.auth.sync.SyncTokenVerification.Reason;
import com.necpgame.auth.token.IssuedToken;
import com.necpgame.auth.token.Scopes;
import com.necpgame.auth.token.TokenFactory;
import com.necpgame.platform.problem.ProblemException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Quantum sync tokens: issued to a pilot with a good enough credential for one raid instance, verified by
 * gameplay-service on join and reconnects. A sync token has its own {@code typ} and scope, so it never passes as
 * an access token, and an access token never passes as a sync token.
 */
public final class SyncTokenService {
    /** How far ahead a raid window may end. */
    public static final Duration MAX_WINDOW = Duration.ofHours(6);

    private final PilotCredentialService credentials;
    private final TokenFactory tokens;
    private final JWKSource<SecurityContext> keys;
    private final Clock clock;

    public SyncTokenService(PilotCredentialService credentials, TokenFactory tokens, JWKSource<SecurityContext> keys,
                            Clock clock) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A token for {@code pilotId} and {@code instanceId}. 422 {@code SYNC_WINDOW_INVALID} for a window that ended
     * or ends more than 6 hours ahead; 403 {@code CREDENTIAL_MISSING}, {@code CREDENTIAL_EXPIRED} or
     * {@code CREDENTIAL_TIER_TOO_LOW} when the pilot's credential does not allow {@code requiredTier}.
     */
    public IssuedSyncToken issue(UUID pilotId, UUID instanceId, PilotTier requiredTier, Instant windowEndsAt) {
        Instant now = clock.instant();
        if (!windowEndsAt.isAfter(now) || windowEndsAt.isAfter(now.plus(MAX_WINDOW))) {
            throw ProblemException.unprocessable("SYNC_WINDOW_INVALID",
                    "windowEndsAt must be in the future and at most 6 hours ahead.");
        }
        PilotCredential credential = credentials.find(pilotId).orElseThrow(() -> ProblemException.forbidden(
                "CREDENTIAL_MISSING", "You have no pilot credential."));
        if (credential.expired(now)) {
            throw ProblemException.forbidden("CREDENTIAL_EXPIRED", "Your pilot credential has expired.");
        }
        if (!credential.tier().atLeast(requiredTier)) {
            throw ProblemException.forbidden("CREDENTIAL_TIER_TOO_LOW", "This instance needs tier " + requiredTier
                    + " or higher; your credential is " + credential.tier() + ".");
        }
        IssuedToken token = tokens.syncToken(pilotId, instanceId, credential.tier().name(), windowEndsAt);
        return new IssuedSyncToken(token.value(), pilotId, instanceId, credential.tier(), token.expiresAt());
    }

    /** Checks {@code token} for {@code instanceId}: MALFORMED, INVALID_SIGNATURE, EXPIRED, WRONG_INSTANCE in order. */
    public SyncTokenVerification verify(String token, UUID instanceId) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | IllegalArgumentException notAJwt) {
            return new Invalid(Reason.MALFORMED);
        }
        Optional<SyncClaims> parsed = SyncClaims.of(jwt, claims);
        if (parsed.isEmpty()) {
            return new Invalid(Reason.MALFORMED);
        }
        if (!signedByUs(jwt, claims)) {
            return new Invalid(Reason.INVALID_SIGNATURE);
        }
        SyncClaims sync = parsed.get();
        if (!clock.instant().isBefore(sync.expiresAt())) {
            return new Invalid(Reason.EXPIRED);
        }
        if (!sync.instanceId().equals(instanceId)) {
            return new Invalid(Reason.WRONG_INSTANCE);
        }
        return new SyncTokenVerification.Valid(sync.playerId(), sync.instanceId(), sync.tier(), sync.expiresAt());
    }

    private boolean signedByUs(SignedJWT jwt, JWTClaimsSet claims) {
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                || !tokens.issuer().equals(claims.getIssuer())) {
            return false;
        }
        try {
            List<JWK> candidates = keys.get(
                    new JWKSelector(new JWKMatcher.Builder().keyID(kid).keyType(KeyType.RSA).build()), null);
            for (JWK candidate : candidates) {
                if (jwt.verify(new RSASSAVerifier((RSAKey) candidate))) {
                    return true;
                }
            }
            return false;
        } catch (JOSEException e) {
            return false;
        }
    }

    /** The claims a sync token must have, typed; empty when any is missing or of the wrong shape. */
    private record SyncClaims(UUID playerId, UUID instanceId, PilotTier tier, Instant expiresAt) {

        static Optional<SyncClaims> of(SignedJWT jwt, JWTClaimsSet claims) {
            try {
                if (!Scopes.SYNC_TYPE.equals(jwt.getHeader().getType())
                        || !Scopes.QUANTUM_SYNC.equals(claims.getStringClaim(TokenFactory.CLAIM_SCOPE))
                        || claims.getExpirationTime() == null) {
                    return Optional.empty();
                }
                return Optional.of(new SyncClaims(
                        UUID.fromString(claims.getSubject()),
                        UUID.fromString(claims.getStringClaim(TokenFactory.CLAIM_INSTANCE)),
                        PilotTier.valueOf(claims.getStringClaim(TokenFactory.CLAIM_TIER)),
                        claims.getExpirationTime().toInstant()));
            } catch (ParseException | IllegalArgumentException | NullPointerException wrongShape) {
                return Optional.empty();
            }
        }
    }
}
