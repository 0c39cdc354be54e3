package com.necpgame.economy.ledger;

/** The game's currencies, in the order wallets list them. JUN_COIN is bound to its character (never traded). */
public enum Currency {
    EDDIES, NEON_MERIT, JUN_COIN, LUMINA_SHARD
}
