package com.necpgame.economy.ledger;

/** An amount of one currency. */
public record CurrencyAmount(Currency currency, long amount) {
}
