package com.necpgame.economy.trades;

/** OPEN until both confirm (COMPLETED), a party cancels (CANCELLED) or 5 minutes pass (EXPIRED). */
public enum TradeStatus {
    OPEN, COMPLETED, CANCELLED, EXPIRED
}
