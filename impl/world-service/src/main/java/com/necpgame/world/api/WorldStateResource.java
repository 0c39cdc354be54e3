package com.necpgame.world.api;

import java.util.Optional;

import com.necpgame.platform.paging.PageRequest;
import com.necpgame.world.mapping.WorldMapper;
import com.necpgame.world.model.UpdateWorldStateRequestDto;
import com.necpgame.world.servers.GameServers;
import com.necpgame.world.state.WorldStates;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** listGameServers, listWorldState, getWorldState, updateWorldState (operator), listWorldStateHistory. */
public final class WorldStateResource extends WorldStateService {
    private final com.necpgame.world.state.WorldStates state;
    private final GameServers servers;
    private final WorldMapper mapper = WorldMapper.INSTANCE;

    public WorldStateResource(com.necpgame.world.state.WorldStates state, GameServers servers) {
        this.state = state;
        this.servers = servers;
    }

    @Override
    protected void handleListGameServers(ServerRequest request, ServerResponse response, Optional<Integer> page,
                                         Optional<Integer> limit) {
        ListGameServersOp.Response200.builder()
                .response(mapper.gameServerPage(servers.list(PageRequest.of(page, limit)))).send(response);
    }

    @Override
    protected void handleListWorldState(ServerRequest request, ServerResponse response, String serverId,
                                        Optional<String> prefix, Optional<Integer> page, Optional<Integer> limit) {
        ListWorldStateOp.Response200.builder()
                .response(mapper.entryPage(state.list(serverId, prefix, PageRequest.of(page, limit)))).send(response);
    }

    @Override
    protected void handleGetWorldState(ServerRequest request, ServerResponse response, String serverId, String key) {
        GetWorldStateOp.Response200.builder().response(mapper.entry(state.get(serverId, key))).send(response);
    }

    @Override
    protected void handleUpdateWorldState(ServerRequest request, ServerResponse response, String serverId, String key,
                                          UpdateWorldStateRequestDto body) {
        var entry = state.update(Callers.actor(request), serverId, key, body.getExpectedVersion(),
                mapper.object(body.getValue()), body.getReason());
        UpdateWorldStateOp.Response200.builder().response(mapper.entry(entry)).send(response);
    }

    @Override
    protected void handleListWorldStateHistory(ServerRequest request, ServerResponse response, String serverId,
                                               String key, Optional<Integer> page, Optional<Integer> limit) {
        ListWorldStateHistoryOp.Response200.builder()
                .response(mapper.revisionPage(state.history(serverId, key, PageRequest.of(page, limit))))
                .send(response);
    }
}
