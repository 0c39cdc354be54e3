package com.necpgame.economy.ledger;

/** What a ledger entry did; only MINT and BURN change the total over all wallets. */
public enum EntryType {
    MINT, BURN, TRANSFER_IN, TRANSFER_OUT, ESCROW_HOLD, ESCROW_RELEASE
}
