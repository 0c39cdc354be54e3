package com.necpgame.economy.ledger;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/** Reads of wallets, ledgers and inventories, and the operator's check of the books. */
public final class WalletService {
    private final DbClient db;
    private final LedgerRepository rows;
    private final Clock clock;

    public WalletService(DbClient db, LedgerRepository rows, Clock clock) {
        this.db = db;
        this.rows = rows;
        this.clock = clock;
    }

    /** All four currencies, 0 where the character never held any. */
    public Wallet wallet(UUID characterId) {
        DbExecute read = db.execute();
        Map<Currency, CurrencyBalance> held = rows.balances(read, characterId);
        List<CurrencyBalance> balances = Arrays.stream(Currency.values())
                .map(c -> held.getOrDefault(c, new CurrencyBalance(c, 0, 0))).toList();
        return new Wallet(characterId, balances, rows.lastMovement(read, characterId).orElse(clock.instant()));
    }

    public Page<LedgerEntry> ledger(UUID characterId, Currency currency, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(rows.entries(read, characterId, currency, page), page,
                rows.countEntries(read, characterId, currency));
    }

    public Page<InventoryItem> inventory(UUID characterId, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(rows.items(read, characterId, page), page, rows.countItems(read, characterId));
    }

    public LedgerInvariant invariant() {
        return rows.invariant(db.execute(), clock.instant());
    }
}
