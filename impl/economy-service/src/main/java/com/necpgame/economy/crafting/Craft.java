package com.necpgame.economy.crafting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.necpgame.economy.ledger.ItemStack;

/**
 * One craft in a character's queue. Nullable: queuePosition (only while active), startedAt, readyAt, collectedAt,
 * cancelledAt. {@code ingredients} and {@code durationSeconds} are the recipe's at the time it was queued.
 */
public record Craft(UUID craftId, UUID characterId, String recipeId, CraftStatus status, ItemStack output,
                    long eddiesCost, List<ItemStack> ingredients, int durationSeconds, Integer queuePosition,
                    Instant queuedAt, Instant startedAt, Instant readyAt, Instant collectedAt, Instant cancelledAt) {

    Craft withPosition(Integer position) {
        return new Craft(craftId, characterId, recipeId, status, output, eddiesCost, ingredients, durationSeconds,
                position, queuedAt, startedAt, readyAt, collectedAt, cancelledAt);
    }
}
