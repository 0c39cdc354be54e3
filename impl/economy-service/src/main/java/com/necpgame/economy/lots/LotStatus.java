package com.necpgame.economy.lots;

/** ACTIVE while bids are taken; the others are final. */
public enum LotStatus {
    ACTIVE, SOLD, UNSOLD, CANCELLED
}
