package com.necpgame.economy.ledger;

/** The books of one currency: what wallets hold against what was minted and burned. */
public record CurrencyTotals(Currency currency, long available, long escrowed, long minted, long burned) {
    public boolean balanced() {
        return available + escrowed == minted - burned;
    }
}
