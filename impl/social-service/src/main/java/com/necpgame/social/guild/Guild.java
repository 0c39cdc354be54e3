package com.necpgame.social.guild;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A guild that exists (not disbanded), with its leader and member count. */
public record Guild(UUID id, String name, String tag, Optional<String> description, UUID leaderCharacterId,
                    int memberCount, boolean recruiting, Instant createdAt) {
}
