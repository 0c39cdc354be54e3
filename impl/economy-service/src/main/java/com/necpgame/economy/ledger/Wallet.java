package com.necpgame.economy.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A character's balances, one per currency in {@link Currency} order. */
public record Wallet(UUID characterId, List<CurrencyBalance> balances, Instant updatedAt) {
}
