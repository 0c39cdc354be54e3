package com.necpgame.world.subscription;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A subscription; {@code pendingChanges} counts its pushes not yet acknowledged. */
public record Subscription(UUID id, Subscriber subscriber, KeyPattern keyPattern, Optional<String> serverId,
                           String createdBy, Instant createdAt, Optional<Instant> lastDeliveredAt, long pendingChanges) {

    public boolean covers(String server, String key) {
        return serverId.map(server::equals).orElse(true) && keyPattern.matches(key);
    }

    Subscription withPending(long pending) {
        return new Subscription(id, subscriber, keyPattern, serverId, createdBy, createdAt, lastDeliveredAt, pending);
    }
}
