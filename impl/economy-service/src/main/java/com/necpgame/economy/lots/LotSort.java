package com.necpgame.economy.lots;

/** Orders of lot lists; prices compare the current bid, or the starting bid without one. */
public enum LotSort {
    ENDING_SOONEST, NEWEST, PRICE_ASC, PRICE_DESC
}
