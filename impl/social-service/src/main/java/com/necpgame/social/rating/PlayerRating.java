package com.necpgame.social.rating;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A character's lifetime rating and its position in the player ranking. */
public record PlayerRating(long position, UUID characterId, Optional<UUID> guildId, long score, Instant updatedAt) {
}
