package com.necpgame.economy.api;

import com.necpgame.platform.idempotency.StoredJson;
import com.necpgame.economy.world.WorldStateChange;
import com.necpgame.economy.world.WorldStateService;
import com.necpgame.economy.model.WorldStateChangeAckDto;
import com.necpgame.economy.model.WorldStateChangeDto;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** receiveEconomyWorldStateChange, for world-service (the platform enforces x-callers). */
public final class WorldStateChangesResource extends WorldStateChangesService {
    private final WorldStateService world;
    private final StoredJson replies;

    public WorldStateChangesResource(WorldStateService world, StoredJson replies) {
        this.world = world;
        this.replies = replies;
    }

    @Override
    protected void handleReceiveEconomyWorldStateChange(ServerRequest request, ServerResponse response,
                                                        WorldStateChangeDto body) {
        boolean applied = world.receive(new WorldStateChange(body.getEventId(), body.getServerId(), body.getKey(),
                replies.write(body.getValue()), body.getVersion(), body.getChangedAt().toInstant()));
        ReceiveEconomyWorldStateChangeOp.Response200.builder()
                .response(new WorldStateChangeAckDto(body.getEventId(), applied)).send(response);
    }
}
