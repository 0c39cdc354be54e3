package com.necpgame.economy.lots;

/** LEADING holds its amount in escrow; REFUNDED got it back; WON paid for the item. */
public enum BidStatus {
    LEADING, REFUNDED, WON
}
