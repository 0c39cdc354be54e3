package com.necpgame.economy.merit;

import java.time.Instant;
import java.util.UUID;

/** Neon Merit burned for reputation, 1:1; {@code reputationFromMeritTotal} is the character's total after it. */
public record MeritConversion(UUID conversionId, UUID characterId, long meritSpent, long reputationFromMeritTotal,
                              Instant convertedAt) {
    public long reputationGained() {
        return meritSpent;
    }

    public long remainingAllowance() {
        return MeritService.CAP - reputationFromMeritTotal;
    }
}
