package com.necpgame.world.subscription;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** The outbox payload of one push: the change (WorldStateChange of common/events.yaml) and its subscription. */
public record WorldStatePush(UUID subscriptionId, UUID eventId, String serverId, String key, JsonNode value,
                             long version, Instant changedAt, String updatedByQuest) {
}
