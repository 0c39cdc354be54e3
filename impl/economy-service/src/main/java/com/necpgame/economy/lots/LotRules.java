package com.necpgame.economy.lots;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The numbers of both houses, without I/O: fees, minimum raises, anti-sniping. Amounts are integers. */
public final class LotRules {
    /** A bid this close to the close extends it, by the same amount. */
    public static final Duration SNIPE_WINDOW = Duration.ofMinutes(5);

    private LotRules() {
    }

    /** The 5% fee, rounded down: {@code floor(price * 5 / 100)}. */
    public static long fee(long price) {
        return price * 5 / 100;
    }

    /** The first bid is at least the starting bid; every later one at least {@code ceil(current * 105 / 100)}. */
    public static long minimumNextBid(long startingBid, Long currentBid) {
        return currentBid == null ? startingBid : (currentBid * 105 + 99) / 100;
    }

    /**
     * The close after a bid at {@code now}: within the last 5 minutes it moves 5 minutes on, never past
     * {@code hardDeadline} (the season's close; null for none); empty when it does not move.
     */
    public static Optional<Instant> extendedClose(Instant closesAt, Instant now, Instant hardDeadline) {
        if (now.isBefore(closesAt.minus(SNIPE_WINDOW))) {
            return Optional.empty();
        }
        Instant extended = closesAt.plus(SNIPE_WINDOW);
        if (hardDeadline != null && extended.isAfter(hardDeadline)) {
            extended = hardDeadline;
        }
        return extended.isAfter(closesAt) ? Optional.of(extended) : Optional.empty();
    }

    /** A lot's close when listed: after its duration, but never after the season's close (null for none). */
    public static Instant closeOf(Instant listedAt, int durationHours, Instant seasonCloses) {
        Instant close = listedAt.plus(Duration.ofHours(durationHours));
        return seasonCloses != null && close.isAfter(seasonCloses) ? seasonCloses : close;
    }
}
