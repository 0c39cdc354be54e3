package com.necpgame.social.neon;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** 25 points per endorsement times the server's multiplier, at most 3 endorsements per UTC day. No I/O. */
public final class EndorsementRules {
    public static final long BASE_POINTS = 25;
    public static final int DAILY_LIMIT = 3;

    private EndorsementRules() {
    }

    /** Points of one endorsement at a multiplier of {@code percent} (100 = none), rounded down, at least 1. */
    public static long points(int percent) {
        return Math.max(1, BASE_POINTS * percent / 100);
    }

    public static Instant startOfUtcDay(Instant now) {
        return now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
    }

    /** Until the next midnight UTC, in whole seconds (at least 1). */
    public static Duration untilMidnight(Instant now) {
        long seconds = Duration.between(now, startOfUtcDay(now).plus(Duration.ofDays(1))).toMillis();
        return Duration.ofSeconds(Math.max(1, (seconds + 999) / 1000));
    }
}
