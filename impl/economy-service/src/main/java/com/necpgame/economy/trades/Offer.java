package com.necpgame.economy.trades;

import java.util.List;

import com.necpgame.economy.ledger.CurrencyAmount;
import com.necpgame.economy.ledger.ItemStack;

/** What one side of a trade gives (held in its escrow while the trade is OPEN). */
public record Offer(List<ItemStack> items, List<CurrencyAmount> currencies) {
    public static final Offer EMPTY = new Offer(List.of(), List.of());

    public boolean givesNothing() {
        return items.isEmpty() && currencies.isEmpty();
    }
}
