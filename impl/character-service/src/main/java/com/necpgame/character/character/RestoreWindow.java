package com.necpgame.character.character;

import java.time.Duration;
import java.time.Instant;

/** A deleted character can be restored for 30 days; after that it is purged and answers 404 everywhere. */
public final class RestoreWindow {
    public static final Duration LENGTH = Duration.ofDays(30);

    private RestoreWindow() {
    }

    public static Instant restorableUntil(Instant deletedAt) {
        return deletedAt.plus(LENGTH);
    }

    /** Characters deleted at or before this instant are purged as of {@code now}. */
    public static Instant purgedBefore(Instant now) {
        return now.minus(LENGTH);
    }

    public static boolean isPurged(Instant deletedAt, Instant now) {
        return !now.isBefore(restorableUntil(deletedAt));
    }
}
