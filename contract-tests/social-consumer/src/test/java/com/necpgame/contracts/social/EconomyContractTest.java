package com.necpgame.contracts.social;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.ApiResponse;
import com.necpgame.economy.client.api.RewardsApi;
import com.necpgame.economy.client.model.GrantRewardRequest;
import com.necpgame.economy.client.model.RewardAmount;
import com.necpgame.economy.client.model.RewardCurrency;
import com.necpgame.economy.client.model.RewardGrant;
import com.necpgame.economy.client.model.RewardSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How social-service uses economy-service: a Neon Popularity Reset claim is paid through social's outbox with
 * {@code grantReward} (the claim's id is the {@code rewardId} and the Idempotency-Key), Neon Merit and Jun Coin of
 * the claimed tier; a retry of a delivery whose answer got lost must answer as the first did and mint nothing
 * more. Every call goes through the generated economy client, exactly as social's RewardGrants makes it. The
 * character's id is the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyContractTest.PROVIDER)
class EconomyContractTest {

    static final String PROVIDER = "economy-service";
    static final String CONSUMER = "social-service";

    private static final String PATH = "/api/v1/economy/internal/rewards";
    private static final String CHARACTER_ID = "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d";
    /** Claims of the GOLD tier of cycle 7: the rewardIds, and the Idempotency-Keys social sends. */
    private static final String CLAIM_ID = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
    private static final String RETRIED_CLAIM_ID = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60";
    private static final String GRANT_ID = "e3f4a5b6-c7d8-4e9f-8a0b-1c2d3e4f5a6b";
    private static final String SOURCE_REF = "npr-2026-c07-gold";
    private static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";

    @Pact(consumer = CONSUMER)
    V4Pact aClaimIsPaid(PactDslWithProvider builder) {
        return grant(builder.given("a live character exists"), CLAIM_ID,
                "social pays a Neon Popularity Reset claim in Neon Merit and Jun Coin", false);
    }

    @Test
    @PactTestFor(pactMethod = "aClaimIsPaid")
    void theTiersNeonMeritAndJunCoinAreMinted(MockServer economy) throws ApiException {
        RewardGrant grant = api(economy).grantReward(CLAIM_ID, request(CLAIM_ID));

        assertThat(grant.getRewardId()).isEqualTo(UUID.fromString(CLAIM_ID));
        assertThat(grant.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(grant.getAmounts()).extracting(RewardAmount::getCurrency, RewardAmount::getAmount)
                .containsExactly(tuple(RewardCurrency.NEON_MERIT, 1400L), tuple(RewardCurrency.JUN_COIN, 50L));
    }

    @Pact(consumer = CONSUMER)
    V4Pact aRetryAnswersAsTheFirstDelivery(PactDslWithProvider builder) {
        return grant(builder.given("a live character exists").given(SocialClients.SENT_BEFORE), RETRIED_CLAIM_ID,
                "social pays the same claim again with the same Idempotency-Key (a retry)", true);
    }

    @Test
    @PactTestFor(pactMethod = "aRetryAnswersAsTheFirstDelivery")
    void aRetryIsAReplayOfTheFirstGrant(MockServer economy) throws ApiException {
        ApiResponse<RewardGrant> reply = api(economy).grantRewardWithHttpInfo(RETRIED_CLAIM_ID,
                request(RETRIED_CLAIM_ID));

        assertThat(reply.getStatusCode()).isEqualTo(201);
        assertThat(reply.getHeaders().get("Idempotency-Replayed")).containsExactly("true");
        assertThat(reply.getData().getRewardGrantId()).isEqualTo(UUID.fromString(GRANT_ID));
        assertThat(reply.getData().getRewardId()).isEqualTo(UUID.fromString(RETRIED_CLAIM_ID));
    }

    private static V4Pact grant(PactDslWithState state, String claimId, String description, boolean replay) {
        var response = state
                .uponReceiving(description)
                .method("POST")
                .path(PATH)
                .matchHeader("Authorization", "Bearer .+", SocialClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", claimId)
                .body(reward(claimId))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json");
        if (replay) {
            response = response.matchHeader("Idempotency-Replayed", "true", "true");
        }
        return response
                .body(reward(claimId)
                        .uuid("rewardGrantId", UUID.fromString(GRANT_ID))
                        .stringMatcher("grantedAt", RFC3339, "2026-11-27T12:00:00Z"))
                .toPact(V4Pact.class);
    }

    private static RewardsApi api(MockServer economy) {
        return new RewardsApi(SocialClients.economy(economy));
    }

    /** What social sends for a GOLD claim (and economy echoes): 1400 Neon Merit and 50 Jun Coin. */
    private static GrantRewardRequest request(String claimId) {
        return new GrantRewardRequest().rewardId(UUID.fromString(claimId)).characterId(UUID.fromString(CHARACTER_ID))
                .source(RewardSource.NEON_POPULARITY_RESET).sourceRef(SOURCE_REF)
                .amounts(List.of(new RewardAmount().currency(RewardCurrency.NEON_MERIT).amount(1400L),
                        new RewardAmount().currency(RewardCurrency.JUN_COIN).amount(50L)));
    }

    private static PactDslJsonBody reward(String claimId) {
        return (PactDslJsonBody) new PactDslJsonBody()
                .stringValue("rewardId", claimId)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("source", "NEON_POPULARITY_RESET")
                .stringValue("sourceRef", SOURCE_REF)
                .array("amounts")
                    .object()
                        .stringValue("currency", "NEON_MERIT")
                        .numberValue("amount", 1400)
                    .closeObject()
                    .object()
                        .stringValue("currency", "JUN_COIN")
                        .numberValue("amount", 50)
                    .closeObject()
                .closeArray();
    }
}
