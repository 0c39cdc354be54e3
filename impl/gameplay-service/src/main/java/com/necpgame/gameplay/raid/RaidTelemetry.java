package com.necpgame.gameplay.raid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.necpgame.gameplay.raid.RaidRecords.Sample;
import com.necpgame.gameplay.raid.RaidRecords.SyncAlert;
import com.necpgame.gameplay.raid.RaidTypes.AlertReason;
import com.necpgame.gameplay.raid.RaidTypes.AlertStatus;
import com.necpgame.gameplay.raid.RaidTypes.InstanceStatus;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Telemetry samples of the pilots' clients and the sync alerts they raise: latency above 120 ms or drift above
 * 0.35 (strictly) opens an alert for the pilot, which stays OPEN (no second alert) until a sample within both
 * thresholds resolves it. A sample is the pilot's sign of life (see {@link Pilot#seenAt()}).
 */
public final class RaidTelemetry {
    /** What a client reports. */
    public record Report(int latencyMs, double drift, double dps, int shield, Instant sampledAt) {
    }

    private final DbClient db;
    private final TelemetryRepository samples;
    private final RaidRepository raids;
    private final Clock clock;

    public RaidTelemetry(DbClient db, TelemetryRepository samples, RaidRepository raids, Clock clock) {
        this.db = db;
        this.samples = samples;
        this.raids = raids;
        this.clock = clock;
    }

    static Set<AlertReason> breaches(int latencyMs, double drift) {
        Set<AlertReason> reasons = EnumSet.noneOf(AlertReason.class);
        if (latencyMs > RaidContent.LATENCY_ALERT_MS) {
            reasons.add(AlertReason.LATENCY);
        }
        if (drift > RaidContent.DRIFT_ALERT) {
            reasons.add(AlertReason.DRIFT);
        }
        return reasons;
    }

    public Sample report(UUID accountId, UUID instanceId, Report report) {
        Instant now = now();
        if (Duration.between(report.sampledAt(), now).abs().compareTo(RaidContent.SAMPLE_CLOCK_SKEW) > 0) {
            throw ProblemException.unprocessable("SAMPLE_TIME_OUT_OF_RANGE", "sampledAt is more than "
                    + RaidContent.SAMPLE_CLOCK_SKEW.toSeconds() + " s away from the server clock (" + now + ").");
        }
        return Transactions.inTransaction(db, tx -> {
            raids.lockPlayer(tx, accountId); // one pilot's samples queue up: the rate limit and the open alert hold
            RaidInstance instance = RaidService.found(raids.find(tx, instanceId));
            if (instance.status() != InstanceStatus.FORMING && instance.status() != InstanceStatus.IN_PROGRESS) {
                throw ProblemException.conflict("RAID_NOT_ACTIVE", "The instance is " + instance.status() + ".");
            }
            Pilot me = raids.pilots(tx, instanceId).stream().filter(p -> p.playerId().equals(accountId)).findFirst()
                    .filter(p -> p.connected() && !(instance.status() == InstanceStatus.IN_PROGRESS
                            && !p.seenAt().isAfter(now.minus(RaidContent.DISCONNECT_AFTER))))
                    .orElseThrow(() -> ProblemException.conflict("NOT_CONNECTED",
                            "Only a CONNECTED pilot of the instance reports telemetry; a dropped pilot reconnects."));
            if (samples.recentOf(tx, instanceId, accountId, now.minusSeconds(1)) >= RaidContent.SAMPLES_PER_SECOND) {
                throw ProblemException.tooManyRequests("At most " + RaidContent.SAMPLES_PER_SECOND
                        + " samples per second per pilot.", Duration.ofSeconds(1));
            }
            Set<AlertReason> reasons = breaches(report.latencyMs(), report.drift());
            Optional<SyncAlert> open = samples.openAlert(tx, instanceId, accountId);
            UUID alertId = null;
            if (!reasons.isEmpty()) {
                alertId = open.map(SyncAlert::alertId).orElseGet(() -> {
                    SyncAlert raised = new SyncAlert(UUID.randomUUID(), instanceId, accountId, AlertStatus.OPEN,
                            reasons, report.latencyMs(), report.drift(), now, null);
                    samples.insert(tx, raised);
                    return raised.alertId();
                });
            } else {
                open.ifPresent(alert -> samples.resolve(tx, alert.alertId(), now));
            }
            Sample sample = new Sample(UUID.randomUUID(), instanceId, accountId, report.latencyMs(), report.drift(),
                    report.dps(), report.shield(), report.sampledAt().truncatedTo(ChronoUnit.MICROS), now,
                    alertId != null, alertId);
            samples.insert(tx, sample);
            raids.update(tx, me.sampled(report.shield(), now));
            return sample;
        });
    }

    public Page<Sample> samples(UUID instanceId, Optional<UUID> playerId, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(samples.samples(read, instanceId, playerId, page), page,
                samples.countSamples(read, instanceId, playerId));
    }

    public Page<SyncAlert> alerts(UUID instanceId, Optional<AlertStatus> status, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(samples.alerts(read, instanceId, status, page), page,
                samples.countAlerts(read, instanceId, status));
    }

    /** Sync alerts over every instance, for the gauges. */
    public long alertCount(Optional<AlertStatus> status) {
        return samples.countAllAlerts(db.execute(), status);
    }

    /** Samples are kept for 7 days. */
    public long purgeOld() {
        return samples.purgeBefore(db.execute(), now().minus(RaidContent.TELEMETRY_RETENTION));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
