package com.necpgame.platform.outbox;

import java.time.Instant;

/**
 * One message to deliver: to {@code destination}, handled as {@code kind}, with the receiver's idempotency key
 * {@code key} and a JSON {@code payload}. {@code attempts} counts this delivery too.
 */
public record OutboxMessage(long id, String destination, String kind, String key, String payload, int attempts,
                            Instant createdAt) {
}
