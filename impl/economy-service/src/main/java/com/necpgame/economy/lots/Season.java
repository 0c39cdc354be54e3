package com.necpgame.economy.lots;

import java.time.Duration;
import java.time.Instant;

/**
 * A Reef Exchange season. {@code closesAt} moves to the moment of an early close; {@code settledAt} (null until then)
 * is set by the settlement job once no lot of the season is ACTIVE.
 */
public record Season(String seasonId, String name, Instant opensAt, Instant closesAt, Instant settledAt,
                     long activeLotCount, long totalLotCount) {
    public static final Duration MIN_WINDOW = Duration.ofHours(72);
    public static final Duration MAX_WINDOW = Duration.ofDays(90);

    /** The one judgement listing, bidding, buyout and settlement share. */
    public SeasonStatus statusAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return SeasonStatus.SCHEDULED;
        }
        if (now.isBefore(closesAt)) {
            return SeasonStatus.OPEN;
        }
        return settledAt == null ? SeasonStatus.SETTLING : SeasonStatus.CLOSED;
    }

    /** Whether a window can be scheduled at {@code now}: in the future, 72 hours to 90 days long. */
    public static boolean validWindow(Instant opensAt, Instant closesAt, Instant now) {
        Duration window = Duration.between(opensAt, closesAt);
        return opensAt.isAfter(now) && window.compareTo(MIN_WINDOW) >= 0 && window.compareTo(MAX_WINDOW) <= 0;
    }
}
