package com.necpgame.social.guild;

import java.time.Instant;
import java.util.UUID;

/** A character's membership in its guild. */
public record GuildMember(UUID guildId, UUID characterId, GuildRank rank, Instant joinedAt, Instant rankChangedAt) {
}
