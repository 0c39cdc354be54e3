package com.necpgame.social.world;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A world state change pushed by world-service. */
public record WorldStateChange(UUID eventId, String serverId, String key, Map<String, Object> value, long version,
                               Instant changedAt, Optional<String> updatedByQuest) {
}
