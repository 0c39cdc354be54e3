package com.necpgame.gameplay.raid;

import java.util.Optional;
import java.util.UUID;

/** What the raid asks social-service: the guild of a character (503 problem when social does not answer). */
public interface GuildMemberships {
    Optional<UUID> guildOf(UUID characterId);
}
