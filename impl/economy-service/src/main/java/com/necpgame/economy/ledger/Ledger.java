package com.necpgame.economy.ledger;

import java.time.Clock;
import java.util.UUID;

import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbExecute;

/**
 * The only way currency and items move, always inside the caller's transaction: every currency movement is one
 * ledger entry, and a movement that would overdraw throws (422) so the whole transaction rolls back. Only
 * {@link #mint} and the burns change the total over all wallets.
 */
public final class Ledger {
    private final LedgerRepository rows;
    private final Clock clock;

    public Ledger(LedgerRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    public void mint(DbExecute tx, UUID characterId, Currency currency, long amount, Reason reason, UUID ref) {
        apply(tx, characterId, currency, EntryType.MINT, reason, ref, null, amount, 0);
    }

    /** Burns from the available balance (Merit conversions). */
    public void burnAvailable(DbExecute tx, UUID characterId, Currency currency, long amount, Reason reason, UUID ref) {
        apply(tx, characterId, currency, EntryType.BURN, reason, ref, null, -amount, 0);
    }

    /** Burns from escrow (fees, crafting costs). */
    public void burnEscrowed(DbExecute tx, UUID characterId, Currency currency, long amount, Reason reason, UUID ref) {
        apply(tx, characterId, currency, EntryType.BURN, reason, ref, null, 0, -amount);
    }

    public void hold(DbExecute tx, UUID characterId, Currency currency, long amount, Reason reason, UUID ref) {
        apply(tx, characterId, currency, EntryType.ESCROW_HOLD, reason, ref, null, -amount, amount);
    }

    public void release(DbExecute tx, UUID characterId, Currency currency, long amount, Reason reason, UUID ref) {
        apply(tx, characterId, currency, EntryType.ESCROW_RELEASE, reason, ref, null, amount, -amount);
    }

    /** Moves an amount out of {@code from}'s escrow into {@code to}'s available balance: a pair of entries. */
    public void transferEscrowed(DbExecute tx, UUID from, UUID to, Currency currency, long amount, Reason reason,
                                 UUID ref) {
        apply(tx, from, currency, EntryType.TRANSFER_OUT, reason, ref, to, 0, -amount);
        apply(tx, to, currency, EntryType.TRANSFER_IN, reason, ref, from, amount, 0);
    }

    public void addItems(DbExecute tx, UUID characterId, String itemId, int quantity) {
        items(tx, characterId, itemId, quantity, 0, "INSUFFICIENT_ITEMS");
    }

    public void holdItems(DbExecute tx, UUID characterId, String itemId, int quantity) {
        items(tx, characterId, itemId, -quantity, quantity, "INSUFFICIENT_ITEMS");
    }

    public void releaseItems(DbExecute tx, UUID characterId, String itemId, int quantity) {
        items(tx, characterId, itemId, quantity, -quantity, "INSUFFICIENT_ITEMS");
    }

    /** Destroys escrowed pieces (crafting ingredients). */
    public void consumeEscrowedItems(DbExecute tx, UUID characterId, String itemId, int quantity) {
        items(tx, characterId, itemId, 0, -quantity, "INSUFFICIENT_ITEMS");
    }

    /** Destroys available pieces; 422 {@code code} when fewer are available. Returns the available count after. */
    public int consumeAvailableItems(DbExecute tx, UUID characterId, String itemId, int quantity, String code) {
        return items(tx, characterId, itemId, -quantity, 0, code).available();
    }

    /** Moves escrowed pieces of {@code from} into {@code to}'s available stack (sales, swaps). */
    public void transferEscrowedItems(DbExecute tx, UUID from, UUID to, String itemId, int quantity) {
        items(tx, from, itemId, 0, -quantity, "INSUFFICIENT_ITEMS");
        items(tx, to, itemId, quantity, 0, "INSUFFICIENT_ITEMS");
    }

    private void apply(DbExecute tx, UUID characterId, Currency currency, EntryType type, Reason reason, UUID ref,
                       UUID counterparty, long availableDelta, long escrowedDelta) {
        if (availableDelta == 0 && escrowedDelta == 0) {
            return;
        }
        if (!rows.apply(tx, characterId, currency, type, reason, ref, counterparty, availableDelta, escrowedDelta,
                clock.instant())) {
            throw ProblemException.unprocessable("INSUFFICIENT_FUNDS",
                    "Not enough " + currency + " for this operation; nothing was moved.");
        }
    }

    private InventoryItem items(DbExecute tx, UUID characterId, String itemId, int availableDelta, int escrowedDelta,
                                String code) {
        return rows.applyItems(tx, characterId, itemId, availableDelta, escrowedDelta).orElseThrow(() ->
                ProblemException.unprocessable(code, "Not enough '" + itemId + "' for this operation; nothing was moved."));
    }
}
