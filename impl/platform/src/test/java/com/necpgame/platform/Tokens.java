package com.necpgame.platform;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Mints RS256 tokens the way auth-service does, for tests. */
final class Tokens {
    private Tokens() {
    }

    static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String player(RSAKey key, String subject) {
        return sign(key, claims(subject, Instant.now().plusSeconds(900)).claim("sid", "session-1")
                .claim("scope", "player").build());
    }

    /** A token auth signs for another purpose (a quantum sync token): valid signature, not a bearer token. */
    static String withScope(RSAKey key, String subject, String scope) {
        return sign(key, claims(subject, Instant.now().plusSeconds(900)).claim("scope", scope).build());
    }

    static String service(RSAKey key, String subject) {
        return sign(key, claims(subject, Instant.now().plusSeconds(900)).claim("scope", "internal").build());
    }

    static String expired(RSAKey key, String subject) {
        return sign(key, claims(subject, Instant.now().minusSeconds(3600)).claim("scope", "player").build());
    }

    static String withIssuer(RSAKey key, String subject, String issuer) {
        return sign(key, claims(subject, Instant.now().plusSeconds(900)).issuer(issuer).claim("scope", "player").build());
    }

    private static JWTClaimsSet.Builder claims(String subject, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .issuer("necp-auth")
                .subject(subject)
                .issueTime(new Date())
                .expirationTime(Date.from(expiry));
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
