package com.necpgame.social.neon;

import java.util.Optional;
import java.util.UUID;

/** A character's standing in a cycle; no tier during WARM_UP; final from COOLDOWN on. */
public record Standing(UUID cycleId, UUID characterId, Optional<UUID> guildId, long position, long points,
                       Optional<PopularityTier> tier, int topPercent, boolean isFinal) {
}
