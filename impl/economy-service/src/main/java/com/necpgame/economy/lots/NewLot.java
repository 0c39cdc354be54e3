package com.necpgame.economy.lots;

import java.util.UUID;

import com.necpgame.economy.ledger.ItemStack;

/** A lot to list; {@code seasonId} only on Reef Exchange, {@code buyoutPrice} may be null. */
public record NewLot(House house, String seasonId, UUID sellerCharacterId, ItemStack item, long startingBid,
                     Long buyoutPrice, int durationHours) {
}
