package com.necpgame.social.neon;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A character's result in one cycle (provisional while the cycle runs). */
public record HistoryEntry(UUID cycleId, int cycleNumber, Instant cycleEndsAt, long points, long position,
                           Optional<PopularityTier> tier, Optional<String> title, boolean rewardClaimed) {
}
