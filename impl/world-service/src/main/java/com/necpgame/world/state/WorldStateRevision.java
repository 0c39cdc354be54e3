package com.necpgame.world.state;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One version of a key; {@code eventId} is what its pushes carry. */
public record WorldStateRevision(UUID eventId, String serverId, String key, long version, ObjectNode value,
                                 Optional<ObjectNode> previousValue, ChangeSource changeSource,
                                 Optional<String> updatedByQuest, String changedBy, Optional<String> reason,
                                 Instant changedAt) {
}
