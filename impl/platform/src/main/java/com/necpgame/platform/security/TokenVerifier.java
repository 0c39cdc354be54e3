package com.necpgame.platform.security;

import java.lang.System.Logger.Level;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.necpgame.platform.problem.ProblemException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.helidon.config.Config;

/**
 * Verifies bearer tokens: RS256 signature against the service's own keys (auth-service) or auth's JWKS
 * (fetched over HTTP, cached, refetched when a token names an unknown {@code kid}), issuer, expiry with a small
 * clock skew. A token verified once is remembered until its {@code exp} ({@link VerifiedTokenCache}; failures never
 * are), and the keys found per {@code kid} are kept ({@link KeysByKid}). Thread-safe; one per service.
 */
public final class TokenVerifier {
    private static final System.Logger LOG = System.getLogger(TokenVerifier.class.getName());
    static final String DEFAULT_JWKS_URL = "http://localhost:8081/api/v1/auth/.well-known/jwks.json";
    static final String DEFAULT_ISSUER = "necp-auth";
    private static final int CLOCK_SKEW_SECONDS = 30;
    /** Verified tokens kept (a few hundred bytes each); {@code security.jwt.verified-cache-size} overrides it. */
    static final int DEFAULT_CACHE_SIZE = 10_000;

    private final ConfigurableJWTProcessor<SecurityContext> processor;
    private final VerifiedTokenCache verified;

    private TokenVerifier(ConfigurableJWTProcessor<SecurityContext> processor, VerifiedTokenCache verified) {
        this.processor = processor;
        this.verified = verified;
    }

    /**
     * @param security  the {@code security} config node ({@code jwt.issuer}, {@code jwks-url})
     * @param localKeys the service's own key source, if it has one; else the remote JWKS is used
     * @param clock     the platform clock: expiry is judged by it, so tests that move time expire tokens too
     */
    public static TokenVerifier create(Config security, Optional<JWKSource<SecurityContext>> localKeys, Clock clock) {
        String issuer = security.get("jwt.issuer").asString().orElse(DEFAULT_ISSUER);
        JWKSource<SecurityContext> keys = localKeys.orElseGet(() -> remoteKeys(
                security.get("jwks-url").asString().orElse(DEFAULT_JWKS_URL)));
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new KeysByKid(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys)));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp")) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
        int cacheSize = security.get("jwt.verified-cache-size").asInt().orElse(DEFAULT_CACHE_SIZE);
        return new TokenVerifier(processor, new VerifiedTokenCache(cacheSize, clock));
    }

    private static JWKSource<SecurityContext> remoteKeys(String url) {
        try {
            // Caches the set; on a kid it does not know, refetches (rate limited) so key rotation just works.
            return JWKSourceBuilder.create(URI.create(url).toURL()).retrying(true).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("security.jwks-url is not a valid URL: " + url, e);
        }
    }

    /** The caller a token proves, or a 401 problem (503 when the key set cannot be fetched). */
    public Caller verify(String token) {
        Optional<Caller> known = verified.get(token);
        if (known.isPresent()) {
            return known.get();
        }
        Verified fresh = verifyFully(token);
        // Until exp, not exp + skew: past exp the token goes through the full check again, which judges the skew.
        verified.put(token, fresh.caller(), fresh.expiresAt());
        return fresh.caller();
    }

    private record Verified(Caller caller, Instant expiresAt) {
    }

    /** Signature, issuer, expiry and scope: every check, nothing remembered. */
    private Verified verifyFully(String token) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (RateLimitReachedException e) {
            // An unknown kid right after a refetch: the key set is fresh, the token's key is simply not in it.
            LOG.log(Level.DEBUG, "Rejected token: unknown key id (key set refetched recently)");
            throw ProblemException.unauthorized("The bearer token is invalid or expired.");
        } catch (KeySourceException e) {
            LOG.log(Level.WARNING, "Cannot load the token verification keys", e);
            throw ProblemException.unavailable("Tokens cannot be verified right now; retry later.");
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.log(Level.DEBUG, "Rejected token: " + e.getMessage());
            throw ProblemException.unauthorized("The bearer token is invalid or expired.");
        }
        Set<String> scopes = scopes(claims.getClaim("scope"));
        if (scopes.stream().noneMatch(Caller.BEARER_SCOPES::contains)) {
            // e.g. a quantum sync token: signed by the same keys, but proof of a raid seat, not of identity
            throw ProblemException.unauthorized("This token cannot be used as a bearer token.");
        }
        Optional<String> sessionId;
        try {
            sessionId = Optional.ofNullable(claims.getStringClaim("sid"));
        } catch (ParseException e) {
            throw ProblemException.unauthorized("The bearer token is invalid or expired.");
        }
        return new Verified(new Caller(claims.getSubject(), sessionId, scopes, scopes.contains(Caller.INTERNAL_SCOPE)),
                claims.getExpirationTime().toInstant());
    }

    /** {@code scope} is a space-separated string (RFC 8693/9068) or, from some issuers, an array. */
    private static Set<String> scopes(Object claim) {
        Set<String> scopes = new LinkedHashSet<>();
        if (claim instanceof String text) {
            scopes.addAll(Arrays.stream(text.split(" ")).filter(s -> !s.isBlank()).toList());
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> scopes.add(String.valueOf(v)));
        }
        return scopes;
    }
}
