package com.necpgame.auth.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a new signing key is due: when there is no current key, or the current one is at least
 * {@code rotationPeriod} old. The previous key stays published after a rotation; as the period is at least
 * {@link #MIN_PERIOD} (longer than any token lives), every token it signed can still be verified until it expires.
 */
public final class KeyRotation {
    public static final Duration MIN_PERIOD = Duration.ofHours(1);
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private KeyRotation() {
    }

    public static boolean newKeyDue(Optional<Instant> currentCreatedAt, Instant now, Duration rotationPeriod) {
        return currentCreatedAt.map(created -> !now.isBefore(created.plus(rotationPeriod))).orElse(true);
    }

    /** Checks a configured period: at least {@link #MIN_PERIOD}. */
    public static Duration validPeriod(Duration rotationPeriod) {
        if (rotationPeriod.compareTo(MIN_PERIOD) < 0) {
            throw new IllegalArgumentException("auth.keys.rotation-period must be at least " + MIN_PERIOD
                    + " so that a retired key outlives the tokens it signed; got " + rotationPeriod);
        }
        return rotationPeriod;
    }
}
