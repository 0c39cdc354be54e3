package com.necpgame.economy.api;

import com.necpgame.platform.idempotency.StoredJson;
import com.necpgame.economy.grants.GrantService;
import com.necpgame.economy.mapping.LedgerMapper;
import com.necpgame.economy.model.GameplayGrantDto;
import com.necpgame.economy.model.GameplayGrantRequestDto;
import com.necpgame.economy.model.ItemConsumptionDto;
import com.necpgame.economy.model.ItemConsumptionRequestDto;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.security.Caller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** creditGameplayGrant and consumeInventoryItem, for gameplay-service (the platform enforces x-callers). */
public final class GameplayGrantsResource extends GameplayGrantsService {
    private final GrantService grants;
    private final StoredJson replies;
    private final LedgerMapper mapper = LedgerMapper.INSTANCE;

    public GameplayGrantsResource(GrantService grants, StoredJson replies) {
        this.grants = grants;
        this.replies = replies;
    }

    @Override
    protected void handleCreditGameplayGrant(ServerRequest request, ServerResponse response, String idempotencyKey,
                                             GameplayGrantRequestDto body) {
        StoredResponse stored = grants.creditGameplayGrant(Caller.require(request).subject(), idempotencyKey,
                StoredJson.body(request), body.getGrantId(), body.getCharacterId(), body.getSource().name(),
                body.getSourceRef(), mapper.gameplayAmounts(body.getCurrencies()), mapper.stacks(body.getItemStacks()),
                grant -> replies.write(mapper.gameplayGrant(grant)));
        CreditGameplayGrantOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), GameplayGrantDto.class)).send(response);
    }

    @Override
    protected void handleConsumeInventoryItem(ServerRequest request, ServerResponse response, String idempotencyKey,
                                              ItemConsumptionRequestDto body) {
        StoredResponse stored = grants.consumeInventoryItem(Caller.require(request).subject(), idempotencyKey,
                StoredJson.body(request), body.getConsumptionId(), body.getCharacterId(), body.getItemId(),
                body.getQuantity(), body.getSource().name(), body.getSourceRef(),
                consumption -> replies.write(mapper.consumption(consumption)));
        ConsumeInventoryItemOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), ItemConsumptionDto.class)).send(response);
    }
}
