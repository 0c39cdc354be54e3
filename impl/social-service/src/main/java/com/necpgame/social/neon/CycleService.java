package com.necpgame.social.neon;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.social.db.AdvisoryLocks;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * The calendar of the Neon Popularity Reset: operators schedule, start and close cycles; the scheduler schedules
 * the next cycle once the latest has ended. Every change of the calendar holds one advisory lock, so operators and
 * scheduler replicas never create two cycles with one number or overlapping cycles.
 */
public final class CycleService {
    static final String SCHEDULER_ACTOR = "scheduler";
    private static final String CALENDAR_LOCK = "neon-calendar";

    private final DbClient db;
    private final CycleRepository cycles;
    private final TierTable defaults;
    private final Clock clock;

    public CycleService(DbClient db, CycleRepository cycles, TierTable defaults, Clock clock) {
        this.db = db;
        this.cycles = cycles;
        this.defaults = defaults;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Operator: the next cycle, from {@code startsAt} (now when empty), after the latest one ends. */
    public Cycle schedule(String actor, Optional<Instant> startsAt) {
        return Transactions.inTransaction(db, tx -> {
            AdvisoryLocks.lock(tx, CALENDAR_LOCK);
            Instant now = clock.instant();
            Instant start = startsAt.orElse(now);
            if (start.isBefore(now)) {
                throw ProblemException.unprocessable("CYCLE_START_IN_PAST", "startsAt is before now.");
            }
            Optional<Cycle> latest = cycles.latest(tx);
            if (latest.isPresent() && start.isBefore(latest.get().calendar().endsAt())) {
                throw ProblemException.conflict("CYCLE_OVERLAP", "Cycle " + latest.get().number() + " ends at "
                        + latest.get().calendar().endsAt() + "; a new cycle cannot start before.");
            }
            return insert(tx, latest.map(Cycle::number).orElse(0) + 1, CycleCalendar.startingAt(start), actor, now);
        });
    }

    /** Operator: a SCHEDULED cycle starts now, once the one before it has ended. */
    public Cycle start(String actor, UUID cycleId) {
        return Transactions.inTransaction(db, tx -> {
            AdvisoryLocks.lock(tx, CALENDAR_LOCK);
            Instant now = clock.instant();
            Cycle cycle = existing(cycles.find(tx, cycleId));
            if (cycle.phaseAt(now) != CyclePhase.SCHEDULED) {
                throw ProblemException.conflict("CYCLE_ALREADY_STARTED", "The cycle has started already.");
            }
            cycles.byNumber(tx, cycle.number() - 1).filter(previous -> previous.calendar().endsAt().isAfter(now))
                    .ifPresent(previous -> {
                        throw ProblemException.conflict("CYCLE_OVERLAP",
                                "Cycle " + previous.number() + " has not ended; close it first.");
                    });
            cycles.setCalendar(tx, cycleId, CycleCalendar.startingAt(now), Optional.of(actor), Optional.empty());
            return cycles.find(tx, cycleId).orElseThrow();
        });
    }

    /** Operator: a running cycle ends now; its standings are final and its rewards claimable for 30 days. */
    public Cycle close(String actor, UUID cycleId) {
        return Transactions.inTransaction(db, tx -> {
            AdvisoryLocks.lock(tx, CALENDAR_LOCK);
            Instant now = clock.instant();
            Cycle cycle = existing(cycles.find(tx, cycleId));
            switch (cycle.phaseAt(now)) {
                case SCHEDULED -> throw ProblemException.conflict("CYCLE_NOT_STARTED", "The cycle has not started.");
                case CLOSED -> throw ProblemException.conflict("CYCLE_ALREADY_CLOSED", "The cycle is closed.");
                default -> cycles.setCalendar(tx, cycleId, cycle.calendar().closedAt(now), Optional.empty(),
                        Optional.of(actor));
            }
            return cycles.find(tx, cycleId).orElseThrow();
        });
    }

    /**
     * The scheduler's job: once the latest cycle has ended, the next one is scheduled from its end (or from now, if
     * that whole cycle would be over already). Does nothing before an operator scheduled the first cycle, and
     * nothing when run again: safe on several replicas and after a crash.
     */
    public Optional<Cycle> rollOver() {
        return Transactions.inTransaction(db, tx -> {
            AdvisoryLocks.lock(tx, CALENDAR_LOCK);
            Instant now = clock.instant();
            Optional<Cycle> latest = cycles.latest(tx);
            if (latest.isEmpty() || latest.get().calendar().endsAt().isAfter(now)) {
                return Optional.<Cycle>empty();
            }
            Instant end = latest.get().calendar().endsAt();
            Instant start = end.plus(CycleCalendar.LENGTH).isAfter(now) ? end : now;
            return Optional.of(insert(tx, latest.get().number() + 1, CycleCalendar.startingAt(start),
                    SCHEDULER_ACTOR, now));
        });
    }

    public Cycle current() {
        return cycles.current(db.execute(), clock.instant()).orElseThrow(
                () -> ProblemException.notFound("NO_CURRENT_CYCLE", "No cycle runs now."));
    }

    public Cycle get(UUID cycleId) {
        return existing(cycles.find(db.execute(), cycleId));
    }

    /** Newest first. */
    public Page<Cycle> list(Optional<CyclePhase> phase, PageRequest page) {
        DbExecute read = db.execute();
        Instant now = clock.instant();
        return new Page<>(cycles.list(read, phase, now, page), page, cycles.count(read, phase, now));
    }

    /** The tier and rewards tables of a cycle, lowest tier first. */
    public Page<TierLevel> tiers(UUID cycleId, PageRequest page) {
        DbExecute read = db.execute();
        existing(cycles.find(read, cycleId));
        TierTable table = cycles.tiers(read, cycleId);
        return new Page<>(table.levels().stream().skip(page.offset()).limit(page.limit()).toList(), page,
                table.levels().size());
    }

    public TierTable table(UUID cycleId) {
        return cycles.tiers(db.execute(), cycleId);
    }

    private Cycle insert(DbExecute tx, int number, CycleCalendar calendar, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        cycles.insert(tx, id, number, calendar, defaults, actor, now);
        return cycles.find(tx, id).orElseThrow();
    }

    static Cycle existing(Optional<Cycle> cycle) {
        return cycle.orElseThrow(() -> ProblemException.notFound("CYCLE_NOT_FOUND", "No cycle has this id."));
    }
}
