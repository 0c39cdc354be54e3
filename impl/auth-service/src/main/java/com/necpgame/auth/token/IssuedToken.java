package com.necpgame.auth.token;

import java.time.Duration;
import java.time.Instant;

/** A signed token, when it was issued and when it expires (both whole seconds, as in the JWT). */
public record IssuedToken(String value, Instant issuedAt, Instant expiresAt) {

    public Duration lifetime() {
        return Duration.between(issuedAt, expiresAt);
    }
}
