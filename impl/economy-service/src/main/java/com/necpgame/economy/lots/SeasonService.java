package com.necpgame.economy.lots;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import com.necpgame.economy.tx.Work;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/** Reef Exchange seasons: scheduling (operator), the early close (operator), and closing settled seasons. */
public final class SeasonService {
    private final DbClient db;
    private final Work work;
    private final LotRepository lots;
    private final Clock clock;

    public SeasonService(DbClient db, Work work, LotRepository lots, Clock clock) {
        this.db = db;
        this.work = work;
        this.lots = lots;
        this.clock = clock;
    }

    /** 422 INVALID_SEASON_WINDOW, 409 SEASON_OVERLAP or SEASON_EXISTS; {@code actor} is the operator's sub. */
    public SeasonView create(String actor, String seasonId, String name, Instant opensAt, Instant closesAt) {
        Instant now = clock.instant();
        if (!Season.validWindow(opensAt, closesAt, now)) {
            throw ProblemException.unprocessable("INVALID_SEASON_WINDOW",
                    "A season opens in the future and lasts 72 hours to 90 days.");
        }
        return Transactions.inTransaction(db, tx -> {
            lots.lockSeasons(tx);
            if (lots.findSeason(tx, seasonId).isPresent()) {
                throw ProblemException.conflict("SEASON_EXISTS", "A season has this id.");
            }
            if (lots.countOverlapping(tx, opensAt, closesAt) > 0) {
                throw ProblemException.conflict("SEASON_OVERLAP", "Seasons never overlap.");
            }
            lots.insertSeason(tx, seasonId, name, opensAt, closesAt, actor, now);
            return view(lots.findSeason(tx, seasonId).orElseThrow(), now);
        });
    }

    public SeasonView get(String seasonId) {
        return view(lots.findSeason(db.execute(), seasonId).orElseThrow(LotService::seasonNotFound), clock.instant());
    }

    public Page<SeasonView> list(SeasonStatus status, PageRequest page) {
        Instant now = clock.instant();
        DbExecute read = db.execute();
        return new Page<>(lots.seasons(read, status, now, page).stream().map(s -> view(s, now)).toList(), page,
                lots.countSeasons(read, status, now));
    }

    /**
     * Closes an OPEN season now (its lots are then settled by the settlement job); SETTLING or CLOSED answer
     * unchanged, SCHEDULED is 409 SEASON_NOT_OPEN. 202 with the season.
     */
    public StoredResponse close(String actor, String key, String seasonId, Function<SeasonView, String> render) {
        return work.once(actor, "closeReefSeason", key, new byte[0], 202, tx -> {
            Instant now = clock.instant();
            Season season = lots.findSeason(tx, seasonId).orElseThrow(LotService::seasonNotFound);
            switch (season.statusAt(now)) {
                case SCHEDULED -> throw ProblemException.conflict("SEASON_NOT_OPEN", "The season has not opened.");
                case OPEN -> lots.closeSeason(tx, seasonId, actor, now);
                default -> { }
            }
            return view(lots.findSeason(tx, seasonId).orElseThrow(), now);
        }, render);
    }

    /** Marks past seasons without ACTIVE lots as settled (CLOSED). Idempotent. */
    public long closeSettled() {
        return lots.markSettledSeasons(db.execute(), clock.instant());
    }

    private static SeasonView view(Season season, Instant now) {
        return new SeasonView(season, season.statusAt(now));
    }
}
