package com.necpgame.gameplay.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.gameplay.mapping.RaidMapper;
import com.necpgame.gameplay.model.LootPriorityRequestDto;
import com.necpgame.gameplay.model.LootRollRequestDto;
import com.necpgame.gameplay.model.RaidLootDto;
import com.necpgame.gameplay.raid.RaidLoot;
import com.necpgame.gameplay.raid.RaidService;
import com.necpgame.gameplay.raid.RaidTypes;
import com.necpgame.platform.idempotency.StoredJson;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The drops of an instance; Need / Greed rolls and Priority assignment, each once per Idempotency-Key. */
public final class RaidLootResource extends RaidLootService {
    private final RaidService raid;
    private final RaidLoot loot;
    private final StoredJson stored;
    private final RaidMapper mapper = RaidMapper.INSTANCE;

    public RaidLootResource(RaidService raid, RaidLoot loot, StoredJson stored) {
        this.raid = raid;
        this.loot = loot;
        this.stored = stored;
    }

    @Override
    protected void handleListRaidLoot(ServerRequest request, ServerResponse response, UUID instanceId,
                                      Optional<Integer> page, Optional<Integer> limit) {
        raid.requireOnRoster(instanceId, PlayerCaller.require(request).accountId());
        ListRaidLootOp.Response200.builder().response(mapper.lootPage(loot.list(instanceId, PageRequest.of(page,
                limit)))).send(response);
    }

    @Override
    protected void handleRollForRaidLoot(ServerRequest request, ServerResponse response, UUID instanceId,
                                         UUID lootId, String idempotencyKey, LootRollRequestDto body) {
        StoredResponse reply = loot.roll(PlayerCaller.require(request).accountId(), instanceId, lootId,
                idempotencyKey, StoredJson.body(request), RaidTypes.RollType.valueOf(body.getRollType().name()),
                rolled -> stored.write(mapper.loot(rolled)));
        RollForRaidLootOp.Response200.builder().idempotencyReplayed(reply.replayed())
                .response(stored.read(reply.body(), RaidLootDto.class)).send(response);
    }

    @Override
    protected void handleAssignRaidLootPriority(ServerRequest request, ServerResponse response, UUID instanceId,
                                                UUID lootId, String idempotencyKey, LootPriorityRequestDto body) {
        StoredResponse reply = loot.assignPriority(PlayerCaller.require(request).accountId(), instanceId, lootId,
                idempotencyKey, StoredJson.body(request), body.getPlayerId(),
                assigned -> stored.write(mapper.loot(assigned)));
        AssignRaidLootPriorityOp.Response200.builder().idempotencyReplayed(reply.replayed())
                .response(stored.read(reply.body(), RaidLootDto.class)).send(response);
    }
}
