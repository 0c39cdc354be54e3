package com.necpgame.economy.crafting;

import java.util.List;

import com.necpgame.economy.ledger.ItemStack;

/** How to craft an item: ingredients consumed and EDDIES burned when the craft is READY. */
public record Recipe(String recipeId, String name, List<ItemStack> ingredients, long eddiesCost,
                     int durationSeconds, ItemStack output) {
}
