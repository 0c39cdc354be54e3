package com.necpgame.gameplay.combat;

import java.util.UUID;

/** economy-service's inventory, which gameplay only consumes from (combat items). */
public interface Inventory {
    /**
     * Consumes one {@code itemId} of the character, idempotently by {@code consumptionId}; 422
     * {@code ITEM_NOT_OWNED} when it has none, 503 when economy does not answer.
     */
    void consumeOne(UUID consumptionId, UUID characterId, String itemId, UUID sessionId);
}
