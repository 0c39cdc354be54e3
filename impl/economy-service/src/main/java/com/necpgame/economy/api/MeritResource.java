package com.necpgame.economy.api;

import com.necpgame.platform.idempotency.StoredJson;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.economy.mapping.CraftingMapper;
import com.necpgame.economy.model.ConvertMeritRequestDto;
import com.necpgame.economy.model.MeritConversionDto;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Neon Merit into reputation: convert, list, standing toward the cap (owner only). */
public final class MeritResource extends MeritService {
    private final com.necpgame.economy.merit.MeritService merit;
    private final StoredJson replies;
    private final CraftingMapper mapper = CraftingMapper.INSTANCE;

    public MeritResource(com.necpgame.economy.merit.MeritService merit, StoredJson replies) {
        this.merit = merit;
        this.replies = replies;
    }

    @Override
    protected void handleConvertMeritToReputation(ServerRequest request, ServerResponse response,
                                                  String idempotencyKey, ConvertMeritRequestDto body) {
        StoredResponse stored = merit.convert(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), body.getCharacterId(), body.getMeritAmount(),
                conversion -> replies.write(mapper.conversion(conversion)));
        ConvertMeritToReputationOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), MeritConversionDto.class)).send(response);
    }

    @Override
    protected void handleListMeritConversions(ServerRequest request, ServerResponse response, UUID characterId,
                                              Optional<Integer> page, Optional<Integer> limit) {
        ListMeritConversionsOp.Response200.builder().response(mapper.conversionPage(
                merit.list(PlayerCaller.require(request).accountId(), characterId, PageRequest.of(page, limit))))
                .send(response);
    }

    @Override
    protected void handleGetMeritReputation(ServerRequest request, ServerResponse response, UUID characterId) {
        GetMeritReputationOp.Response200.builder()
                .response(mapper.reputation(merit.reputation(PlayerCaller.require(request).accountId(), characterId)))
                .send(response);
    }
}
