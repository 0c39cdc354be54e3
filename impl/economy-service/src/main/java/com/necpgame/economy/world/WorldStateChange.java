package com.necpgame.economy.world;

import java.time.Instant;
import java.util.UUID;

/** One change of a world state key pushed by world-service; {@code value} is its JSON text. */
public record WorldStateChange(UUID eventId, String serverId, String key, String value, long version,
                               Instant changedAt) {
}
