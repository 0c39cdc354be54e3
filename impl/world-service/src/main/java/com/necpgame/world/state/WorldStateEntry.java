package com.necpgame.world.state;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The current value of a key. */
public record WorldStateEntry(String serverId, String key, ObjectNode value, long version, ChangeSource changeSource,
                              Optional<String> updatedByQuest, String updatedBy, Instant updatedAt) {
}
