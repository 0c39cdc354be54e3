package com.necpgame.economy.lots;

import java.time.Instant;
import java.util.UUID;

/** How a lot ended; winner and money only for SOLD and BOUGHT_OUT (null otherwise). */
public record Settlement(SettlementOutcome outcome, UUID winnerCharacterId, Long finalPrice, Long sellerProceeds,
                         Long feeBurned, Instant settledAt) {
}
