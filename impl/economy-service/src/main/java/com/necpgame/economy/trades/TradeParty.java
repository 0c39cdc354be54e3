package com.necpgame.economy.trades;

import java.time.Instant;
import java.util.UUID;

/** One side of a trade; {@code confirmedAt} null while it has not confirmed the current offers. */
public record TradeParty(UUID characterId, Offer offer, Instant confirmedAt) {
    public boolean confirmed() {
        return confirmedAt != null;
    }
}
