package com.necpgame.economy.lots;

/** How a lot ended. */
public enum SettlementOutcome {
    SOLD, BOUGHT_OUT, UNSOLD, CANCELLED
}
