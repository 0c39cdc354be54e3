package com.necpgame.gameplay.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.gameplay.mapping.RaidMapper;
import com.necpgame.gameplay.model.RaidTelemetrySampleDto;
import com.necpgame.gameplay.model.SyncAlertStatusDto;
import com.necpgame.gameplay.raid.RaidService;
import com.necpgame.gameplay.raid.RaidTelemetry;
import com.necpgame.gameplay.raid.RaidTypes;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Telemetry samples of the pilots and the sync alerts they raise (visible to the roster). */
public final class RaidTelemetryResource extends RaidTelemetryService {
    private final RaidService raid;
    private final RaidTelemetry telemetry;
    private final RaidMapper mapper = RaidMapper.INSTANCE;

    public RaidTelemetryResource(RaidService raid, RaidTelemetry telemetry) {
        this.raid = raid;
        this.telemetry = telemetry;
    }

    @Override
    protected void handleReportRaidTelemetry(ServerRequest request, ServerResponse response, UUID instanceId,
                                             RaidTelemetrySampleDto body) {
        var sample = telemetry.report(PlayerCaller.require(request).accountId(), instanceId, new RaidTelemetry.Report(
                body.getLatencyMs(), body.getDrift(), body.getDps(), body.getShield(),
                body.getSampledAt().toInstant()));
        ReportRaidTelemetryOp.Response201.builder().response(mapper.sample(sample)).send(response);
    }

    @Override
    protected void handleListRaidTelemetry(ServerRequest request, ServerResponse response, UUID instanceId,
                                           Optional<UUID> playerId, Optional<Integer> page, Optional<Integer> limit) {
        raid.requireOnRoster(instanceId, PlayerCaller.require(request).accountId());
        var samples = telemetry.samples(instanceId, playerId, PageRequest.of(page, limit));
        ListRaidTelemetryOp.Response200.builder().response(mapper.samplePage(samples)).send(response);
    }

    @Override
    protected void handleListRaidSyncAlerts(ServerRequest request, ServerResponse response, UUID instanceId,
                                            Optional<SyncAlertStatusDto> status, Optional<Integer> page,
                                            Optional<Integer> limit) {
        raid.requireOnRoster(instanceId, PlayerCaller.require(request).accountId());
        var alerts = telemetry.alerts(instanceId, status.map(s -> RaidTypes.AlertStatus.valueOf(s.name())),
                PageRequest.of(page, limit));
        ListRaidSyncAlertsOp.Response200.builder().response(mapper.alertPage(alerts)).send(response);
    }
}
