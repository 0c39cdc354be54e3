package com.necpgame.economy.lots;

import java.time.Instant;
import java.util.UUID;

/** One accepted bid; {@code seasonId} null on auctions, {@code refundedAt} null unless REFUNDED. */
public record Bid(UUID bidId, UUID lotId, String seasonId, UUID bidderCharacterId, long amount, BidStatus status,
                  Instant placedAt, boolean extendedClose, Instant refundedAt) {
}
