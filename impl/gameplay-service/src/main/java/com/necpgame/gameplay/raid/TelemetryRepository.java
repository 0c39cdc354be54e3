package com.necpgame.gameplay.raid;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.necpgame.gameplay.raid.RaidRecords.Sample;
import com.necpgame.gameplay.raid.RaidRecords.SyncAlert;
import com.necpgame.gameplay.raid.RaidTypes.AlertReason;
import com.necpgame.gameplay.raid.RaidTypes.AlertStatus;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code raid_telemetry} and {@code raid_sync_alerts}. */
public final class TelemetryRepository {

    public void insert(DbExecute db, Sample s) {
        db.createNamedInsert("raid-sample-insert").addParam("id", s.sampleId()).addParam("instanceId", s.instanceId())
                .addParam("playerId", s.playerId()).addParam("latencyMs", s.latencyMs()).addParam("drift", s.drift())
                .addParam("dps", s.dps()).addParam("shield", s.shield())
                .addParam("sampledAt", Rows.param(s.sampledAt())).addParam("receivedAt", Rows.param(s.receivedAt()))
                .addParam("syncAlert", s.syncAlert())
                .addParam("alertId", Rows.param(s.alertId())).execute();
    }

    public long recentOf(DbExecute db, UUID instanceId, UUID playerId, Instant since) {
        return RaidRepository.count(db.createNamedGet("raid-samples-recent-count").addParam("instanceId", instanceId)
                .addParam("playerId", playerId).addParam("since", Rows.param(since)).execute());
    }

    public List<Sample> samples(DbExecute db, UUID instanceId, Optional<UUID> playerId, PageRequest page) {
        return db.createNamedQuery("raid-samples").addParam("instanceId", instanceId)
                .addParam("playerId", playerId.map(UUID::toString).orElse(null)).addParam("limit", page.limit())
                .addParam("offset", page.offset()).execute().map(TelemetryRepository::sample).toList();
    }

    public long countSamples(DbExecute db, UUID instanceId, Optional<UUID> playerId) {
        return RaidRepository.count(db.createNamedGet("raid-samples-count").addParam("instanceId", instanceId)
                .addParam("playerId", playerId.map(UUID::toString).orElse(null)).execute());
    }

    public long purgeBefore(DbExecute db, Instant before) {
        return db.createNamedDelete("raid-samples-purge").addParam("before", Rows.param(before)).execute();
    }

    public Optional<SyncAlert> openAlert(DbExecute db, UUID instanceId, UUID playerId) {
        return db.createNamedGet("raid-alert-open").addParam("instanceId", instanceId).addParam("playerId", playerId)
                .execute().map(TelemetryRepository::alert);
    }

    public void insert(DbExecute db, SyncAlert a) {
        db.createNamedInsert("raid-alert-insert").addParam("id", a.alertId()).addParam("instanceId", a.instanceId())
                .addParam("playerId", a.playerId())
                .addParam("reasons", a.reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .addParam("latencyMs", a.latencyMs()).addParam("drift", a.drift())
                .addParam("raisedAt", Rows.param(a.raisedAt())).execute();
    }

    public void resolve(DbExecute db, UUID alertId, Instant now) {
        db.createNamedUpdate("raid-alert-resolve").addParam("id", alertId).addParam("resolvedAt", Rows.param(now))
                .execute();
    }

    public List<SyncAlert> alerts(DbExecute db, UUID instanceId, Optional<AlertStatus> status, PageRequest page) {
        return db.createNamedQuery("raid-alerts").addParam("instanceId", instanceId)
                .addParam("status", status.map(Enum::name).orElse(null)).addParam("limit", page.limit())
                .addParam("offset", page.offset()).execute().map(TelemetryRepository::alert).toList();
    }

    public long countAlerts(DbExecute db, UUID instanceId, Optional<AlertStatus> status) {
        return RaidRepository.count(db.createNamedGet("raid-alerts-count").addParam("instanceId", instanceId)
                .addParam("status", status.map(Enum::name).orElse(null)).execute());
    }

    /** Alerts over every instance (the gauge of open sync alerts). */
    public long countAllAlerts(DbExecute db, Optional<AlertStatus> status) {
        return RaidRepository.count(db.createNamedGet("raid-alerts-total")
                .addParam("status", status.map(Enum::name).orElse(null)).execute());
    }

    private static Sample sample(DbRow row) {
        return new Sample(Rows.uuid(row, "id"), Rows.uuid(row, "instance_id"), Rows.uuid(row, "player_id"),
                Rows.integer(row, "latency_ms"), Rows.doubleValue(row, "drift"), Rows.doubleValue(row, "dps"),
                Rows.integer(row, "shield"), Rows.instant(row, "sampled_at"), Rows.instant(row, "received_at"),
                Rows.bool(row, "sync_alert"), Rows.optionalUuid(row, "alert_id").orElse(null));
    }

    private static SyncAlert alert(DbRow row) {
        Set<AlertReason> reasons = EnumSet.noneOf(AlertReason.class);
        Arrays.stream(Rows.string(row, "reasons").split(",")).map(AlertReason::valueOf).forEach(reasons::add);
        return new SyncAlert(Rows.uuid(row, "id"), Rows.uuid(row, "instance_id"), Rows.uuid(row, "player_id"),
                AlertStatus.valueOf(Rows.string(row, "status")), reasons, Rows.integer(row, "latency_ms"),
                Rows.doubleValue(row, "drift"), Rows.instant(row, "raised_at"),
                Rows.optionalInstant(row, "resolved_at").orElse(null));
    }
}
