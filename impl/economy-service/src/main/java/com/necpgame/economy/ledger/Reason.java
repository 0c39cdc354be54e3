package com.necpgame.economy.ledger;

/** The business operation behind a ledger entry. */
public enum Reason {
    REWARD, QUEST_REWARD, RAID_LOOT, OPERATOR_GRANT, TRADE, AUCTION_BID, AUCTION_REFUND, AUCTION_SALE, AUCTION_FEE,
    REEF_BID, REEF_REFUND, REEF_SALE, REEF_FEE, CRAFT, MERIT_CONVERSION
}
