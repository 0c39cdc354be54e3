package com.necpgame.economy.lots;

/** Where a season stands on the clock (see {@link Season#statusAt}). */
public enum SeasonStatus {
    SCHEDULED, OPEN, SETTLING, CLOSED
}
