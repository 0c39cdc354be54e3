package com.necpgame.social.neon;

import java.util.UUID;

/**
 * What the outbox carries to economy-service's {@code grantReward} for a claim: {@code claimId} is both its
 * Idempotency-Key and its {@code rewardId}, so a reward is never minted twice.
 */
public record GrantOrder(UUID claimId, UUID characterId, String sourceRef, long neonMerit, long junCoin) {
    public static final String KIND = "grantReward";
    public static final String DESTINATION = "economy-service";
}
