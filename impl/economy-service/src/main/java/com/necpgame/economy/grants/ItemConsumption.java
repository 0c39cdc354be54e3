package com.necpgame.economy.grants;

import java.time.Instant;
import java.util.UUID;

/** Pieces of an item taken from a character's available stack and destroyed (gameplay's combat item use). */
public record ItemConsumption(UUID itemConsumptionId, UUID consumptionId, UUID characterId, String itemId,
                              int quantity, String source, UUID sourceRef, int availableAfter, Instant consumedAt) {
}
