package com.necpgame.social.neon;

import java.time.Duration;
import java.time.Instant;

/** The phase boundaries of a cycle: WARM_UP 7 days, ACTIVE to day 35, COOLDOWN to day 42, claims 30 days more. */
public record CycleCalendar(Instant startsAt, Instant activeStartsAt, Instant cooldownStartsAt, Instant endsAt,
                            Instant claimableUntil) {
    public static final Duration WARM_UP = Duration.ofDays(7);
    public static final Duration UNTIL_COOLDOWN = Duration.ofDays(35);
    public static final Duration LENGTH = Duration.ofDays(42);
    public static final Duration CLAIM_WINDOW_AFTER_END = Duration.ofDays(30);

    public static CycleCalendar startingAt(Instant start) {
        Instant end = start.plus(LENGTH);
        return new CycleCalendar(start, start.plus(WARM_UP), start.plus(UNTIL_COOLDOWN), end,
                end.plus(CLAIM_WINDOW_AFTER_END));
    }

    public CyclePhase phaseAt(Instant now) {
        if (now.isBefore(startsAt)) {
            return CyclePhase.SCHEDULED;
        }
        if (now.isBefore(activeStartsAt)) {
            return CyclePhase.WARM_UP;
        }
        if (now.isBefore(cooldownStartsAt)) {
            return CyclePhase.ACTIVE;
        }
        return now.isBefore(endsAt) ? CyclePhase.COOLDOWN : CyclePhase.CLOSED;
    }

    /** The calendar of a cycle an operator closes at {@code now}: it ends now, claims stay open 30 days. */
    public CycleCalendar closedAt(Instant now) {
        return new CycleCalendar(startsAt, min(activeStartsAt, now), min(cooldownStartsAt, now), now,
                now.plus(CLAIM_WINDOW_AFTER_END));
    }

    /** Rewards are claimable from the start of COOLDOWN until {@code claimableUntil}. */
    public boolean claimOpenAt(Instant now) {
        return !now.isBefore(cooldownStartsAt) && !now.isAfter(claimableUntil);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
