package com.necpgame.gameplay.quest;

/** How far a push through the outbox got: nothing to push, written and being delivered, or acknowledged. */
public enum DeliveryStatus {
    NOT_REQUIRED, PENDING, DELIVERED
}
