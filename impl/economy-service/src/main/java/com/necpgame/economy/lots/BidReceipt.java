package com.necpgame.economy.lots;

/** The accepted bid and the lot after it. */
public record BidReceipt(Bid bid, Lot lot) {
}
