package com.necpgame.auth.keys;

import java.time.Instant;
import java.util.Optional;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * One RSA signing key: the key pair (as a JWK with its private part), when it was created and, once a newer key
 * replaced it, when it was retired.
 */
public record SigningKey(RSAKey key, Instant createdAt, Optional<Instant> retiredAt) {

    public String kid() {
        return key.getKeyID();
    }

    /** The public part only: what the key set publishes. */
    public RSAKey publicKey() {
        return key.toPublicJWK();
    }
}
