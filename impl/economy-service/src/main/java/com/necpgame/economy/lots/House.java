package com.necpgame.economy.lots;

import com.necpgame.economy.ledger.Reason;

/**
 * The two auction houses on one engine: the generic house (no season, no anti-sniping, 20 active per seller) and
 * Reef Exchange (seasons, anti-sniping, 10 active per seller). Each names its own problem codes and ledger reasons.
 */
public enum House {
    AUCTION(20, false, "AUCTION_NOT_FOUND", "OWN_AUCTION", "AUCTION_CLOSED", "AUCTION_HAS_BIDS",
            "AUCTION_LIMIT_REACHED", Reason.AUCTION_BID, Reason.AUCTION_REFUND, Reason.AUCTION_SALE, Reason.AUCTION_FEE),
    REEF(10, true, "LOT_NOT_FOUND", "OWN_LOT", "LOT_CLOSED", "LOT_HAS_BIDS", "LOT_LIMIT_REACHED",
            Reason.REEF_BID, Reason.REEF_REFUND, Reason.REEF_SALE, Reason.REEF_FEE);

    final int maxActivePerSeller;
    final boolean antiSniping;
    final String notFound;
    final String own;
    final String closed;
    final String hasBids;
    final String limitReached;
    final Reason bid;
    final Reason refund;
    final Reason sale;
    final Reason fee;

    House(int maxActivePerSeller, boolean antiSniping, String notFound, String own, String closed, String hasBids,
          String limitReached, Reason bid, Reason refund, Reason sale, Reason fee) {
        this.maxActivePerSeller = maxActivePerSeller;
        this.antiSniping = antiSniping;
        this.notFound = notFound;
        this.own = own;
        this.closed = closed;
        this.hasBids = hasBids;
        this.limitReached = limitReached;
        this.bid = bid;
        this.refund = refund;
        this.sale = sale;
        this.fee = fee;
    }
}
