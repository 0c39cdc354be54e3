package com.necpgame.economy.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code balances}, {@code ledger_entries} and {@code inventory} (named statements in application.yaml). */
public final class LedgerRepository {

    /**
     * Applies the deltas to the (character, currency) balance and writes the entry with the balances after it, in
     * one statement; false when a balance would go negative (nothing changed then).
     */
    public boolean apply(DbExecute db, UUID characterId, Currency currency, EntryType type, Reason reason,
                         UUID referenceId, UUID counterparty, long availableDelta, long escrowedDelta, Instant now) {
        String statement = availableDelta >= 0 && escrowedDelta >= 0 ? "ledger-credit" : "ledger-debit";
        return db.createNamedInsert(statement)
                .addParam("entryId", UUID.randomUUID())
                .addParam("characterId", characterId)
                .addParam("currency", currency.name())
                .addParam("entryType", type.name())
                .addParam("reason", reason.name())
                .addParam("referenceId", referenceId)
                .addParam("counterparty", Rows.param(counterparty))
                .addParam("availableDelta", availableDelta)
                .addParam("escrowedDelta", escrowedDelta)
                .addParam("now", Rows.param(now))
                .execute() == 1;
    }

    /** Moves item quantities; false when a quantity would go negative. Returns the row after, if changed. */
    public Optional<InventoryItem> applyItems(DbExecute db, UUID characterId, String itemId, int availableDelta,
                                              int escrowedDelta) {
        String statement = availableDelta >= 0 && escrowedDelta >= 0 ? "inventory-credit" : "inventory-debit";
        return db.createNamedGet(statement)
                .addParam("characterId", characterId)
                .addParam("itemId", itemId)
                .addParam("availableDelta", availableDelta)
                .addParam("escrowedDelta", escrowedDelta)
                .execute()
                .map(LedgerRepository::item);
    }

    public Map<Currency, CurrencyBalance> balances(DbExecute db, UUID characterId) {
        Map<Currency, CurrencyBalance> balances = new EnumMap<>(Currency.class);
        db.createNamedQuery("balances-by-character").addParam("characterId", characterId).execute()
                .forEach(row -> {
                    Currency currency = Currency.valueOf(Rows.string(row, "currency"));
                    balances.put(currency, new CurrencyBalance(currency, Rows.longValue(row, "available"),
                            Rows.longValue(row, "escrowed")));
                });
        return balances;
    }

    public Optional<Instant> lastMovement(DbExecute db, UUID characterId) {
        return db.createNamedGet("balances-last-movement").addParam("characterId", characterId).execute()
                .flatMap(row -> Rows.optionalInstant(row, "updated_at"));
    }

    public List<LedgerEntry> entries(DbExecute db, UUID characterId, Currency currency, PageRequest page) {
        return db.createNamedQuery("ledger-by-character")
                .addParam("characterId", characterId)
                .addParam("currency", currency == null ? null : currency.name())
                .addParam("limit", page.limit())
                .addParam("offset", page.offset())
                .execute().map(LedgerRepository::entry).toList();
    }

    public long countEntries(DbExecute db, UUID characterId, Currency currency) {
        return db.createNamedGet("ledger-by-character-count")
                .addParam("characterId", characterId)
                .addParam("currency", currency == null ? null : currency.name())
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public List<InventoryItem> items(DbExecute db, UUID characterId, PageRequest page) {
        return db.createNamedQuery("inventory-by-character")
                .addParam("characterId", characterId)
                .addParam("limit", page.limit())
                .addParam("offset", page.offset())
                .execute().map(LedgerRepository::item).toList();
    }

    public long countItems(DbExecute db, UUID characterId) {
        return db.createNamedGet("inventory-by-character-count").addParam("characterId", characterId).execute()
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** The totals of every currency and the wallet checks, in one statement (one snapshot). */
    public LedgerInvariant invariant(DbExecute db, Instant now) {
        List<CurrencyTotals> totals = new ArrayList<>();
        long[] checks = new long[2];
        db.createNamedQuery("ledger-invariant").execute().forEach(row -> {
            totals.add(new CurrencyTotals(Currency.valueOf(Rows.string(row, "currency")),
                    Rows.longValue(row, "available"), Rows.longValue(row, "escrowed"),
                    Rows.longValue(row, "minted"), Rows.longValue(row, "burned")));
            checks[0] = Rows.longValue(row, "out_of_line");
            checks[1] = Rows.longValue(row, "negative");
        });
        return new LedgerInvariant(totals, checks[0], checks[1], now);
    }

    private static InventoryItem item(DbRow row) {
        return new InventoryItem(Rows.string(row, "item_id"), Rows.integer(row, "available"),
                Rows.integer(row, "escrowed"));
    }

    private static LedgerEntry entry(DbRow row) {
        return new LedgerEntry(Rows.uuid(row, "entry_id"), Rows.uuid(row, "character_id"),
                Currency.valueOf(Rows.string(row, "currency")), EntryType.valueOf(Rows.string(row, "entry_type")),
                Reason.valueOf(Rows.string(row, "reason")), Rows.uuid(row, "reference_id"),
                Rows.optionalUuid(row, "counterparty_character_id").orElse(null),
                Rows.longValue(row, "available_delta"), Rows.longValue(row, "escrowed_delta"),
                Rows.longValue(row, "available_after"), Rows.longValue(row, "escrowed_after"),
                Rows.instant(row, "created_at"));
    }
}
