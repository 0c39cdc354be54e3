package com.necpgame.social.neon;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A character's reward claim for a cycle (at most one per character and cycle). */
public record RewardClaim(UUID id, UUID cycleId, UUID characterId, PopularityTier tier, long neonMerit, long junCoin,
                          Optional<String> title, ClaimStatus status, Instant claimedAt, Optional<Instant> grantedAt) {
}
