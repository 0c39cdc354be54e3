package com.necpgame.economy.merit;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

import com.necpgame.economy.character.CharacterDirectory;
import com.necpgame.economy.ledger.Currency;
import com.necpgame.economy.ledger.CurrencyBalance;
import com.necpgame.economy.ledger.Ledger;
import com.necpgame.economy.ledger.LedgerRepository;
import com.necpgame.economy.ledger.Reason;
import com.necpgame.economy.tx.Work;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/** Merit into reputation, 1:1, at most 6000 reputation per character over its lifetime; the Merit is burned. */
public final class MeritService {
    public static final long CAP = 6000;
    private final DbClient db;
    private final Work work;
    private final Ledger ledger;
    private final LedgerRepository balances;
    private final CharacterDirectory characters;
    private final Clock clock;

    public MeritService(DbClient db, Work work, Ledger ledger, LedgerRepository balances,
                        CharacterDirectory characters, Clock clock) {
        this.db = db;
        this.work = work;
        this.ledger = ledger;
        this.balances = balances;
        this.characters = characters;
        this.clock = clock;
    }

    /** 422 REPUTATION_CAP_EXCEEDED (whole conversion refused) or INSUFFICIENT_FUNDS. */
    public StoredResponse convert(UUID accountId, String key, byte[] body, UUID characterId, long merit,
                                  Function<MeritConversion, String> render) {
        characters.requireOwned(accountId, characterId);
        return work.once(accountId.toString(), "convertMeritToReputation", key, body, 201, tx -> {
            tx.createNamedGet("seller-lock").addParam("key", "merit/" + characterId).execute();
            long total = total(tx, characterId);
            if (merit > CAP - total) {
                throw ProblemException.unprocessable("REPUTATION_CAP_EXCEEDED",
                        "At most " + (CAP - total) + " more reputation can be gained from Merit.");
            }
            UUID conversionId = UUID.randomUUID();
            ledger.burnAvailable(tx, characterId, Currency.NEON_MERIT, merit, Reason.MERIT_CONVERSION, conversionId);
            MeritConversion conversion = new MeritConversion(conversionId, characterId, merit, total + merit,
                    clock.instant());
            tx.createNamedInsert("merit-conversion-insert").addParam("conversionId", conversionId)
                    .addParam("characterId", characterId).addParam("merit", merit)
                    .addParam("total", conversion.reputationFromMeritTotal())
                    .addParam("convertedAt", Rows.param(conversion.convertedAt())).execute();
            return conversion;
        }, render);
    }

    public Page<MeritConversion> list(UUID accountId, UUID characterId, PageRequest page) {
        characters.requireOwned(accountId, characterId);
        DbExecute read = db.execute();
        var items = read.createNamedQuery("merit-conversions-by-character").addParam("characterId", characterId)
                .addParam("limit", page.limit()).addParam("offset", page.offset()).execute()
                .map(row -> new MeritConversion(Rows.uuid(row, "conversion_id"), characterId,
                        Rows.longValue(row, "merit_spent"), Rows.longValue(row, "reputation_from_merit_total"),
                        Rows.instant(row, "converted_at"))).toList();
        long total = read.createNamedGet("merit-conversions-by-character-count").addParam("characterId", characterId)
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
        return new Page<>(items, page, total);
    }

    public MeritReputation reputation(UUID accountId, UUID characterId) {
        characters.requireOwned(accountId, characterId);
        DbExecute read = db.execute();
        CurrencyBalance merit = balances.balances(read, characterId).get(Currency.NEON_MERIT);
        return new MeritReputation(characterId, merit == null ? 0 : merit.available(), total(read, characterId));
    }

    private static long total(DbExecute db, UUID characterId) {
        return db.createNamedGet("merit-total").addParam("characterId", characterId).execute()
                .map(row -> Rows.longValue(row, "total")).orElse(0L);
    }
}
