package com.necpgame.economy.ledger;

/** A quantity of one item. */
public record ItemStack(String itemId, int quantity) {
}
