package com.necpgame.economy.lots;

import java.time.Instant;
import java.util.UUID;

import com.necpgame.economy.ledger.ItemStack;

/**
 * An auction or a Reef Exchange lot (prices in EDDIES). Nullable: {@code seasonId} (auctions), {@code buyoutPrice},
 * {@code currentBid}, {@code leadingBidderCharacterId} and {@code leadingBidId} (no bid yet), {@code settlement}.
 */
public record Lot(UUID lotId, House house, String seasonId, UUID sellerCharacterId, ItemStack item, long startingBid,
                  Long buyoutPrice, Long currentBid, UUID leadingBidderCharacterId, UUID leadingBidId, int bidCount,
                  int durationHours, LotStatus status, Instant listedAt, Instant originalClosesAt, Instant closesAt,
                  int extensionCount, Settlement settlement) {

    public long minimumNextBid() {
        return LotRules.minimumNextBid(startingBid, currentBid);
    }

    /** Taking bids at {@code now}: ACTIVE and before its close (the season is judged separately). */
    public boolean openAt(Instant now) {
        return status == LotStatus.ACTIVE && now.isBefore(closesAt);
    }
}
