package com.necpgame.economy.api;

import com.necpgame.platform.idempotency.StoredJson;
import com.necpgame.economy.grants.GrantService;
import com.necpgame.economy.mapping.LedgerMapper;
import com.necpgame.economy.model.GrantRewardRequestDto;
import com.necpgame.economy.model.RewardGrantDto;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.security.Caller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** grantReward, for social-service (the platform enforces x-callers). */
public final class RewardsResource extends RewardsService {
    private final GrantService grants;
    private final StoredJson replies;
    private final LedgerMapper mapper = LedgerMapper.INSTANCE;

    public RewardsResource(GrantService grants, StoredJson replies) {
        this.grants = grants;
        this.replies = replies;
    }

    @Override
    protected void handleGrantReward(ServerRequest request, ServerResponse response, String idempotencyKey,
                                     GrantRewardRequestDto body) {
        StoredResponse stored = grants.grantReward(Caller.require(request).subject(), idempotencyKey,
                StoredJson.body(request), body.getRewardId(), body.getCharacterId(), body.getSource().name(),
                body.getSourceRef(), mapper.rewardAmounts(body.getAmounts()),
                grant -> replies.write(mapper.rewardGrant(grant)));
        GrantRewardOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), RewardGrantDto.class)).send(response);
    }
}
