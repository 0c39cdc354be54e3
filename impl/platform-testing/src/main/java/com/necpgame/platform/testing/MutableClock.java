package com.necpgame.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A UTC clock the test moves forward (lock expiry, token expiry, restore windows, rate limits, key rotation). */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * Now, in whole milliseconds: PostgreSQL keeps microseconds (rounding), so a clock with nanoseconds would
     * drift by one between what a service computes and what it reads back.
     */
    public static MutableClock startingNow() {
        return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return this;
        }
        throw new UnsupportedOperationException("The test clock is UTC only");
    }
}
