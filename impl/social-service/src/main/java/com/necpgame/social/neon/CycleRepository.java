package com.necpgame.social.neon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code popularity_cycles} and {@code popularity_cycle_tiers}. */
public final class CycleRepository {

    public Optional<Cycle> find(DbExecute db, UUID id) {
        return db.createNamedGet("cycle-by-id").addParam("id", id).execute().map(CycleRepository::cycle);
    }

    /** The cycle whose days contain {@code now}. */
    public Optional<Cycle> current(DbExecute db, Instant now) {
        return db.createNamedGet("cycle-current").addParam("now", Rows.param(now)).execute()
                .map(CycleRepository::cycle);
    }

    /** The cycle with the highest number. */
    public Optional<Cycle> latest(DbExecute db) {
        return db.createNamedGet("cycle-latest").execute().map(CycleRepository::cycle);
    }

    public Optional<Cycle> byNumber(DbExecute db, int number) {
        return db.createNamedGet("cycle-by-number").addParam("number", number).execute().map(CycleRepository::cycle);
    }

    public List<Cycle> list(DbExecute db, Optional<CyclePhase> phase, Instant now, PageRequest page) {
        return db.createNamedQuery("cycles-list")
                .addParam("phase", phase.map(Enum::name).orElse(null)).addParam("now", Rows.param(now))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(CycleRepository::cycle).toList();
    }

    public long count(DbExecute db, Optional<CyclePhase> phase, Instant now) {
        return db.createNamedGet("cycles-count")
                .addParam("phase", phase.map(Enum::name).orElse(null)).addParam("now", Rows.param(now))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public void insert(DbExecute db, UUID id, int number, CycleCalendar calendar, TierTable tiers, String actor,
                       Instant now) {
        db.createNamedInsert("cycle-insert")
                .addParam("id", id).addParam("number", number)
                .addParam("startsAt", Rows.param(calendar.startsAt()))
                .addParam("activeStartsAt", Rows.param(calendar.activeStartsAt()))
                .addParam("cooldownStartsAt", Rows.param(calendar.cooldownStartsAt()))
                .addParam("endsAt", Rows.param(calendar.endsAt()))
                .addParam("claimableUntil", Rows.param(calendar.claimableUntil()))
                .addParam("actor", actor).addParam("now", Rows.param(now))
                .execute();
        for (TierLevel level : tiers.levels()) {
            db.createNamedInsert("cycle-tier-insert")
                    .addParam("cycleId", id).addParam("tier", level.tier().name())
                    .addParam("minPoints", level.minPoints()).addParam("neonMerit", level.neonMerit())
                    .addParam("junCoin", level.junCoin()).addParam("title", level.title().orElse(null))
                    .addParam("titleTopPercent", level.titleTopPercent().orElse(null))
                    .execute();
        }
    }

    /** Moves the cycle's phase boundaries (operator start or close), recording the actor. */
    public void setCalendar(DbExecute db, UUID id, CycleCalendar calendar, Optional<String> startedBy,
                            Optional<String> closedBy) {
        db.createNamedUpdate("cycle-set-calendar")
                .addParam("startsAt", Rows.param(calendar.startsAt()))
                .addParam("activeStartsAt", Rows.param(calendar.activeStartsAt()))
                .addParam("cooldownStartsAt", Rows.param(calendar.cooldownStartsAt()))
                .addParam("endsAt", Rows.param(calendar.endsAt()))
                .addParam("claimableUntil", Rows.param(calendar.claimableUntil()))
                .addParam("startedBy", startedBy.orElse(null)).addParam("closedBy", closedBy.orElse(null))
                .addParam("id", id)
                .execute();
    }

    public TierTable tiers(DbExecute db, UUID cycleId) {
        return new TierTable(db.createNamedQuery("cycle-tiers").addParam("cycleId", cycleId).execute()
                .map(row -> new TierLevel(PopularityTier.valueOf(Rows.string(row, "tier")),
                        Rows.longValue(row, "min_points"), Rows.longValue(row, "neon_merit"),
                        Rows.longValue(row, "jun_coin"), Rows.optionalString(row, "title"),
                        row.column("title_top_percent").asOptional().map(v -> ((Number) v).intValue())))
                .toList());
    }

    private static Cycle cycle(DbRow row) {
        return new Cycle(Rows.uuid(row, "id"), Rows.integer(row, "number"),
                new CycleCalendar(Rows.instant(row, "starts_at"), Rows.instant(row, "active_starts_at"),
                        Rows.instant(row, "cooldown_starts_at"), Rows.instant(row, "ends_at"),
                        Rows.instant(row, "claimable_until")),
                Rows.longValue(row, "participants"));
    }
}
