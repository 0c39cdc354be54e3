package com.necpgame.gameplay.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.gameplay.mapping.RaidMapper;
import com.necpgame.gameplay.model.CreateRaidInstanceRequestDto;
import com.necpgame.gameplay.model.JoinRaidInstanceRequestDto;
import com.necpgame.gameplay.model.RaidDifficultyDto;
import com.necpgame.gameplay.model.RaidInstanceStatusDto;
import com.necpgame.gameplay.model.ReconnectRaidRequestDto;
import com.necpgame.gameplay.raid.RaidService;
import com.necpgame.gameplay.raid.RaidTypes;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The Quantum Reef Siege's rules, instances, roster, attempts, wipes and lockouts. */
public final class RaidInstancesResource extends RaidInstancesService {
    private final RaidService raid;
    private final RaidMapper mapper = RaidMapper.INSTANCE;

    public RaidInstancesResource(RaidService raid) {
        this.raid = raid;
    }

    @Override
    protected void handleGetQuantumReefSiege(ServerRequest request, ServerResponse response) {
        PlayerCaller.require(request);
        GetQuantumReefSiegeOp.Response200.builder().response(mapper.overview(raid.content())).send(response);
    }

    @Override
    protected void handleCreateRaidInstance(ServerRequest request, ServerResponse response,
                                            CreateRaidInstanceRequestDto body) {
        var created = raid.create(PlayerCaller.require(request).accountId(),
                RaidTypes.Difficulty.valueOf(body.getDifficulty().name()), body.getCharacterId(),
                Optional.ofNullable(body.getGuildId()));
        CreateRaidInstanceOp.Response201.builder().response(mapper.instance(created)).send(response);
    }

    @Override
    protected void handleListRaidInstances(ServerRequest request, ServerResponse response,
                                           Optional<RaidInstanceStatusDto> status,
                                           Optional<RaidDifficultyDto> difficulty, Optional<Integer> page,
                                           Optional<Integer> limit) {
        PlayerCaller.require(request);
        var instances = raid.list(status.map(s -> RaidTypes.InstanceStatus.valueOf(s.name())),
                difficulty.map(d -> RaidTypes.Difficulty.valueOf(d.name())), PageRequest.of(page, limit));
        ListRaidInstancesOp.Response200.builder().response(mapper.instancePage(instances)).send(response);
    }

    @Override
    protected void handleGetRaidInstance(ServerRequest request, ServerResponse response, UUID instanceId) {
        PlayerCaller.require(request);
        GetRaidInstanceOp.Response200.builder().response(mapper.instance(raid.get(instanceId))).send(response);
    }

    @Override
    protected void handleJoinRaidInstance(ServerRequest request, ServerResponse response, UUID instanceId,
                                          JoinRaidInstanceRequestDto body) {
        var joined = raid.join(PlayerCaller.require(request).accountId(), instanceId, body.getCharacterId(),
                body.getSyncToken());
        JoinRaidInstanceOp.Response200.builder().response(mapper.instance(joined)).send(response);
    }

    @Override
    protected void handleLeaveRaidInstance(ServerRequest request, ServerResponse response, UUID instanceId) {
        var left = raid.leave(PlayerCaller.require(request).accountId(), instanceId);
        LeaveRaidInstanceOp.Response200.builder().response(mapper.instance(left)).send(response);
    }

    @Override
    protected void handleStartRaidAttempt(ServerRequest request, ServerResponse response, UUID instanceId) {
        var started = raid.start(PlayerCaller.require(request).accountId(), instanceId);
        StartRaidAttemptOp.Response200.builder().response(mapper.instance(started)).send(response);
    }

    @Override
    protected void handleReconnectToRaidInstance(ServerRequest request, ServerResponse response, UUID instanceId,
                                                 ReconnectRaidRequestDto body) {
        UUID me = PlayerCaller.require(request).accountId();
        var pilot = raid.reconnect(me, instanceId, body.getSyncToken());
        var leader = raid.get(instanceId).instance().leaderPlayerId();
        ReconnectToRaidInstanceOp.Response200.builder().response(mapper.pilot(pilot, leader)).send(response);
    }

    @Override
    protected void handleCallRaidWipe(ServerRequest request, ServerResponse response, UUID instanceId) {
        var wipe = raid.callWipe(PlayerCaller.require(request).accountId(), instanceId);
        CallRaidWipeOp.Response200.builder().response(mapper.wipe(wipe)).send(response);
    }

    @Override
    protected void handleListRaidWipes(ServerRequest request, ServerResponse response, UUID instanceId,
                                       Optional<Integer> page, Optional<Integer> limit) {
        PlayerCaller.require(request);
        var wipes = raid.wipes(instanceId, PageRequest.of(page, limit));
        ListRaidWipesOp.Response200.builder().response(mapper.wipePage(wipes)).send(response);
    }

    @Override
    protected void handleGetMyRaidLockout(ServerRequest request, ServerResponse response) {
        var lockout = raid.lockout(PlayerCaller.require(request).accountId());
        GetMyRaidLockoutOp.Response200.builder().response(mapper.lockout(lockout)).send(response);
    }
}
