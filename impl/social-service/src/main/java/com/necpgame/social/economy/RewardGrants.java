package com.necpgame.social.economy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.economy.client.ApiClient;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.RewardsApi;
import com.necpgame.economy.client.model.GrantRewardRequest;
import com.necpgame.economy.client.model.RewardAmount;
import com.necpgame.economy.client.model.RewardCurrency;
import com.necpgame.economy.client.model.RewardSource;
import com.necpgame.platform.outbox.Delivery;
import com.necpgame.platform.outbox.OutboxHandler;
import com.necpgame.platform.outbox.OutboxMessage;
import com.necpgame.social.neon.ClaimService;
import com.necpgame.social.neon.GrantOrder;

/**
 * Delivers a claim's {@link GrantOrder} to economy-service's {@code grantReward}, the claim id as Idempotency-Key
 * and {@code rewardId}. 201 and 409 {@code REWARD_ALREADY_GRANTED} (minted before) mark the claim GRANTED; the
 * relay retries what economy-service did not answer.
 */
public final class RewardGrants implements OutboxHandler {
    private final RewardsApi rewards;
    private final ClaimService claims;
    private final ObjectMapper json;

    public RewardGrants(ApiClient economy, ClaimService claims, ObjectMapper json) {
        this.rewards = new RewardsApi(economy);
        this.claims = claims;
        this.json = json;
    }

    @Override
    public Delivery deliver(OutboxMessage message) throws IOException {
        GrantOrder order = json.readValue(message.payload(), GrantOrder.class);
        try {
            rewards.grantReward(order.claimId().toString(), request(order));
        } catch (ApiException e) {
            if (e.getCode() != 409) {
                return Delivery.ofStatus(e.getCode(), e.getResponseBody());
            }
        }
        claims.markGranted(order.claimId());
        return Delivery.delivered();
    }

    static GrantRewardRequest request(GrantOrder order) {
        List<RewardAmount> amounts = new ArrayList<>();
        if (order.neonMerit() > 0) {
            amounts.add(new RewardAmount().currency(RewardCurrency.NEON_MERIT).amount(order.neonMerit()));
        }
        if (order.junCoin() > 0) {
            amounts.add(new RewardAmount().currency(RewardCurrency.JUN_COIN).amount(order.junCoin()));
        }
        return new GrantRewardRequest().rewardId(order.claimId()).characterId(order.characterId())
                .source(RewardSource.NEON_POPULARITY_RESET).sourceRef(order.sourceRef()).amounts(amounts);
    }
}
