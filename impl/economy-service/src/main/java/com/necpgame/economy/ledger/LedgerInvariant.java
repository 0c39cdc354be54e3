package com.necpgame.economy.ledger;

import java.time.Instant;
import java.util.List;

/** The check of the books: every currency balances, and no wallet differs from its own entries or is negative. */
public record LedgerInvariant(List<CurrencyTotals> currencies, long walletsOutOfLine, long negativeBalances,
                              Instant checkedAt) {
    public boolean balanced() {
        return walletsOutOfLine == 0 && negativeBalances == 0 && currencies.stream().allMatch(CurrencyTotals::balanced);
    }
}
