package com.necpgame.platform.outbox;

/**
 * Delivers messages of one kind, typically with the receiver's generated client. An exception counts as
 * {@link Delivery.Retry}; answer {@link Delivery#ofStatus} from the client's status where there is one.
 */
@FunctionalInterface
public interface OutboxHandler {
    Delivery deliver(OutboxMessage message) throws Exception;
}
