package com.necpgame.social.neon;

import java.time.Instant;
import java.util.UUID;

/** A recorded endorsement, the points it gave and how many the endorser may still give today. */
public record Endorsement(UUID id, UUID cycleId, UUID fromCharacterId, UUID targetCharacterId, long points,
                          int endorsementsLeftToday, Instant createdAt) {
}
