package com.necpgame.social.neon;

import java.util.Optional;
import java.util.UUID;

/** A row of the standings as stored: points, position among the participants, and the guild at the time. */
public record RankedPoints(UUID cycleId, UUID characterId, Optional<UUID> guildId, long points, long position,
                           long participants) {
}
