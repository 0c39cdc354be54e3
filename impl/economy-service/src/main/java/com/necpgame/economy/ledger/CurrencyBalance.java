package com.necpgame.economy.ledger;

/** The balances of one currency in a wallet. */
public record CurrencyBalance(Currency currency, long available, long escrowed) {
}
