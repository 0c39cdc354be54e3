package com.necpgame.world.api;

import java.util.Optional;

import com.necpgame.platform.paging.PageRequest;
import com.necpgame.world.mapping.WorldMapper;
import com.necpgame.world.model.ActivateClimateProtocolRequestDto;
import com.necpgame.world.model.ResetThroneOfSandCampaignRequestDto;
import com.necpgame.world.model.StartThroneOfSandCampaignRequestDto;
import com.necpgame.world.model.ThroneOfSandAuditActionDto;
import com.necpgame.world.model.ThroneOfSandDecisionRequestDto;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The Throne of Sand campaigns: read, start, decide, activate climate protocols, reset; the audit log. */
public final class ThroneOfSandResource extends ThroneOfSandService {
    private final com.necpgame.world.throne.ThroneOfSandCampaigns throne;
    private final WorldMapper mapper = WorldMapper.INSTANCE;

    public ThroneOfSandResource(com.necpgame.world.throne.ThroneOfSandCampaigns throne) {
        this.throne = throne;
    }

    @Override
    protected void handleListThroneOfSandCampaigns(ServerRequest request, ServerResponse response,
                                                   Optional<Integer> page, Optional<Integer> limit) {
        ListThroneOfSandCampaignsOp.Response200.builder()
                .response(mapper.campaignPage(throne.list(PageRequest.of(page, limit)))).send(response);
    }

    @Override
    protected void handleStartThroneOfSandCampaign(ServerRequest request, ServerResponse response,
                                                   StartThroneOfSandCampaignRequestDto body) {
        var campaign = throne.start(Callers.actor(request), body.getServerId(), body.getReason());
        StartThroneOfSandCampaignOp.Response201.builder().response(mapper.campaign(campaign)).send(response);
    }

    @Override
    protected void handleGetThroneOfSandCampaign(ServerRequest request, ServerResponse response, String serverId) {
        GetThroneOfSandCampaignOp.Response200.builder().response(mapper.campaign(throne.get(serverId)))
                .send(response);
    }

    @Override
    protected void handleMakeThroneOfSandDecision(ServerRequest request, ServerResponse response, String serverId,
                                                  ThroneOfSandDecisionRequestDto body) {
        var entry = throne.decide(Callers.actor(request), serverId, mapper.decision(body));
        MakeThroneOfSandDecisionOp.Response201.builder().response(mapper.auditEntry(entry)).send(response);
    }

    @Override
    protected void handleListThroneOfSandDecisions(ServerRequest request, ServerResponse response, String serverId,
                                                   Optional<ThroneOfSandAuditActionDto> action, Optional<Integer> page,
                                                   Optional<Integer> limit) {
        var log = throne.auditLog(serverId, action.map(mapper::auditAction), PageRequest.of(page, limit));
        ListThroneOfSandDecisionsOp.Response200.builder().response(mapper.auditPage(log)).send(response);
    }

    @Override
    protected void handleListClimateProtocols(ServerRequest request, ServerResponse response, String serverId,
                                              Optional<Integer> page, Optional<Integer> limit) {
        ListClimateProtocolsOp.Response200.builder()
                .response(mapper.protocolPage(throne.protocols(serverId, PageRequest.of(page, limit))))
                .send(response);
    }

    @Override
    protected void handleActivateClimateProtocol(ServerRequest request, ServerResponse response, String serverId,
                                                 String protocolId, ActivateClimateProtocolRequestDto body) {
        var activation = throne.activate(Callers.actor(request), serverId, protocolId, body.getReason());
        ActivateClimateProtocolOp.Response201.builder().response(mapper.activation(activation)).send(response);
    }

    @Override
    protected void handleResetThroneOfSandCampaign(ServerRequest request, ServerResponse response, String serverId,
                                                   ResetThroneOfSandCampaignRequestDto body) {
        var campaign = throne.reset(Callers.actor(request), serverId, Optional.ofNullable(body.getExpectedVersion()),
                body.getReason());
        ResetThroneOfSandCampaignOp.Response200.builder().response(mapper.campaign(campaign)).send(response);
    }
}
