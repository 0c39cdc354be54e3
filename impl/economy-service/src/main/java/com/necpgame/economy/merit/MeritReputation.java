package com.necpgame.economy.merit;

import java.util.UUID;

/** A character's standing toward the lifetime cap of reputation from Merit. */
public record MeritReputation(UUID characterId, long meritAvailable, long reputationFromMerit) {
    public long cap() {
        return MeritService.CAP;
    }

    public long remainingAllowance() {
        return MeritService.CAP - reputationFromMerit;
    }
}
