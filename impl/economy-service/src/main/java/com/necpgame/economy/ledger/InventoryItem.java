package com.necpgame.economy.ledger;

/** A character's stack of one item. */
public record InventoryItem(String itemId, int available, int escrowed) {
}
