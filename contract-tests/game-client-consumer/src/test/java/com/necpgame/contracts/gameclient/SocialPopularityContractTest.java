package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.social.client.ApiException;
import com.necpgame.social.client.api.NeonPopularityResetApi;
import com.necpgame.social.client.model.PopularityCycle;
import com.necpgame.social.client.model.PopularityCyclePage;
import com.necpgame.social.client.model.PopularityEndorsement;
import com.necpgame.social.client.model.PopularityEndorsementRequest;
import com.necpgame.social.client.model.PopularityHistoryPage;
import com.necpgame.social.client.model.PopularityReward;
import com.necpgame.social.client.model.PopularityRewardClaim;
import com.necpgame.social.client.model.PopularityRewardPage;
import com.necpgame.social.client.model.PopularityStanding;
import com.necpgame.social.client.model.PopularityStandingPage;
import com.necpgame.social.client.model.PopularityTierName;
import com.necpgame.social.client.model.PopularityTierPage;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.necpgame.contracts.gameclient.SocialPacts.CHARACTER_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.CLAIMED;
import static com.necpgame.contracts.gameclient.SocialPacts.CLAIM_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.CYCLE_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.CYCLE_PATH;
import static com.necpgame.contracts.gameclient.SocialPacts.CYCLE_RUNS;
import static com.necpgame.contracts.gameclient.SocialPacts.HAS_A_REWARD;
import static com.necpgame.contracts.gameclient.SocialPacts.HAS_POINTS;
import static com.necpgame.contracts.gameclient.SocialPacts.MAY_ENDORSE;
import static com.necpgame.contracts.gameclient.SocialPacts.NEON;
import static com.necpgame.contracts.gameclient.SocialPacts.NO_CYCLE;
import static com.necpgame.contracts.gameclient.SocialPacts.OTHER_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.RUNNING;
import static com.necpgame.contracts.gameclient.SocialPacts.TIERS;
import static com.necpgame.contracts.gameclient.SocialPacts.UUID_PATTERN;
import static com.necpgame.contracts.gameclient.SocialPacts.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client takes part in the Neon Popularity Reset at social-service: reads the running cycle (404
 * NO_CURRENT_CYCLE when none runs), the cycles, a cycle's tiers and rewards tables, its standings and one
 * character's standing, endorses another character, claims a closed cycle's reward (PENDING or GRANTED: economy
 * pays it through the outbox), reads the claim, and reads a character's history over the cycles. Cycles, ids and
 * the player's token are the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = SocialPacts.PROVIDER)
class SocialPopularityContractTest {

    private static final String ALL_PHASES = "SCHEDULED|WARM_UP|ACTIVE|COOLDOWN|CLOSED";
    private static final String CLAIM_KEY = "neon-claim-0001";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact current(PactDslWithProvider builder) {
        return builder
                .given(CYCLE_RUNS)
                .uponReceiving("a game client reads the running popularity cycle")
                .method("GET")
                .path(NEON + "/current-cycle")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(SocialPacts.stateCycle(RUNNING, "WARM_UP"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "current")
    void theRunningCycleHasItsPhase(MockServer social) throws ApiException {
        PopularityCycle cycle = api(social).getCurrentPopularityCycle();

        assertThat(cycle.getCycleId()).isEqualTo(UUID.fromString(CYCLE_ID));
        assertThat(cycle.getPhase()).isNotNull();
        assertThat(cycle.getEndsAt()).isAfter(cycle.getStartsAt());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact noCurrent(PactDslWithProvider builder) {
        return builder
                .given(NO_CYCLE)
                .uponReceiving("a game client reads the running popularity cycle while none runs")
                .method("GET")
                .path(NEON + "/current-cycle")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(404, "NO_CURRENT_CYCLE"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "noCurrent")
    void noCycleRunsBetweenCycles(MockServer social) {
        NeonPopularityResetApi api = api(social);

        assertThatThrownBy(api::getCurrentPopularityCycle)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("NO_CURRENT_CYCLE");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact cycles(PactDslWithProvider builder) {
        PactDslJsonBody page = SocialPacts.page(new PactDslJsonBody());
        SocialPacts.cycle(page.minArrayLike("items", 1, 1).stringMatcher("cycleId", UUID_PATTERN, CYCLE_ID),
                ALL_PHASES, "WARM_UP")
                .closeObject()
                .closeArray();
        return builder
                .given(CYCLE_RUNS)
                .uponReceiving("a game client lists the popularity cycles")
                .method("GET")
                .path(NEON + "/cycles")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cycles")
    void theCyclesAreNumbered(MockServer social) throws ApiException {
        PopularityCyclePage page = api(social).listPopularityCycles(null, null, null);

        assertThat(page.getItems()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getNumber()).isPositive();
            assertThat(c.getPhase()).isNotNull();
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact cycle(PactDslWithProvider builder) {
        return builder
                .given(CYCLE_RUNS)
                .uponReceiving("a game client opens a popularity cycle")
                .method("GET")
                .pathFromProviderState(CYCLE_PATH, path(CYCLE_PATH))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(SocialPacts.stateCycle(RUNNING, "WARM_UP"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cycle")
    void theCycleIsTheOneAskedFor(MockServer social) throws ApiException {
        PopularityCycle cycle = api(social).getPopularityCycle(UUID.fromString(CYCLE_ID));

        assertThat(cycle.getCycleId()).isEqualTo(UUID.fromString(CYCLE_ID));
        assertThat(cycle.getClaimableUntil()).isAfter(cycle.getEndsAt());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact tiers(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 5);
        page.minArrayLike("items", 5, 5)
                .stringMatcher("tier", TIERS, "BRONZE")
                .integerType("minPoints", 1L)
                .closeObject()
                .closeArray();
        return builder
                .given(CYCLE_RUNS)
                .uponReceiving("a game client reads the tiers of a popularity cycle")
                .method("GET")
                .pathFromProviderState(CYCLE_PATH + "/tiers", path(CYCLE_PATH + "/tiers"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "tiers")
    void everyTierNeedsPoints(MockServer social) throws ApiException {
        PopularityTierPage page = api(social).listPopularityTiers(UUID.fromString(CYCLE_ID), null, null);

        assertThat(page.getTotal()).isEqualTo(5L);
        assertThat(page.getItems()).hasSize(5).allSatisfy(t -> assertThat(t.getMinPoints()).isPositive());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact rewards(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 5);
        page.minArrayLike("items", 5, 5)
                .stringMatcher("tier", TIERS, "GOLD")
                .integerType("neonMerit", 1400L)
                .integerType("junCoin", 50L)
                .closeObject()
                .closeArray();
        return builder
                .given(CYCLE_RUNS)
                .uponReceiving("a game client reads the rewards table of a popularity cycle")
                .method("GET")
                .pathFromProviderState(CYCLE_PATH + "/rewards", path(CYCLE_PATH + "/rewards"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rewards")
    void everyTierIsWorthNeonMerit(MockServer social) throws ApiException {
        PopularityRewardPage page = api(social).listPopularityRewards(UUID.fromString(CYCLE_ID), null, null);

        assertThat(page.getItems()).hasSize(5).extracting(PopularityReward::getNeonMerit)
                .allSatisfy(merit -> assertThat(merit).isPositive());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact standings(PactDslWithProvider builder) {
        PactDslJsonBody page = SocialPacts.page(new PactDslJsonBody());
        standing(page.minArrayLike("items", 1, 1)
                .valueFromProviderState("cycleId", "${cycleId}", CYCLE_ID)
                .stringMatcher("characterId", UUID_PATTERN, CHARACTER_ID))
                .closeObject()
                .closeArray();
        return builder
                .given(HAS_POINTS)
                .uponReceiving("a game client reads the standings of a popularity cycle")
                .method("GET")
                .pathFromProviderState(CYCLE_PATH + "/standings", path(CYCLE_PATH + "/standings"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "standings")
    void theStandingsStartAtPositionOne(MockServer social) throws ApiException {
        PopularityStandingPage page = api(social).listPopularityStandings(UUID.fromString(CYCLE_ID), null, null,
                null);

        assertThat(page.getItems()).isNotEmpty();
        assertThat(page.getItems().get(0).getPosition()).isEqualTo(1L);
        assertThat(page.getItems().get(0).getCycleId()).isEqualTo(UUID.fromString(CYCLE_ID));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact standingOfOne(PactDslWithProvider builder) {
        String standingPath = CYCLE_PATH + "/standings/${characterId}";
        return builder
                .given(HAS_POINTS)
                .uponReceiving("a game client reads the standing of an endorsed character")
                .method("GET")
                .pathFromProviderState(standingPath, path(standingPath))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(standing(new PactDslJsonBody()
                        .valueFromProviderState("cycleId", "${cycleId}", CYCLE_ID)
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "standingOfOne")
    void theEndorsedCharacterHasPoints(MockServer social) throws ApiException {
        PopularityStanding standing = api(social).getPopularityStanding(UUID.fromString(CYCLE_ID),
                UUID.fromString(CHARACTER_ID));

        assertThat(standing.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(standing.getPoints()).isPositive();
        assertThat(standing.getFinal()).isFalse();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact endorse(PactDslWithProvider builder) {
        return builder
                .given(MAY_ENDORSE)
                .uponReceiving("a game client's character endorses another character")
                .method("POST")
                .path(NEON + "/endorsements")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().valueFromProviderState("targetCharacterId", "${otherId}", OTHER_ID))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringMatcher("endorsementId", UUID_PATTERN, "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8")
                        .valueFromProviderState("cycleId", "${cycleId}", CYCLE_ID)
                        .valueFromProviderState("fromCharacterId", "${characterId}", CHARACTER_ID)
                        .valueFromProviderState("targetCharacterId", "${otherId}", OTHER_ID)
                        .numberValue("points", 25)
                        .numberValue("endorsementsLeftToday", 2)
                        .stringMatcher("createdAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "endorse")
    void anEndorsementGivesTwentyFivePoints(MockServer social) throws ApiException {
        PopularityEndorsement endorsement = api(social).endorseCharacter(UUID.fromString(CHARACTER_ID),
                new PopularityEndorsementRequest().targetCharacterId(UUID.fromString(OTHER_ID)));

        assertThat(endorsement.getTargetCharacterId()).isEqualTo(UUID.fromString(OTHER_ID));
        assertThat(endorsement.getPoints()).isEqualTo(25L);
        assertThat(endorsement.getEndorsementsLeftToday()).isEqualTo(2);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact endorseSelf(PactDslWithProvider builder) {
        return builder
                .given(MAY_ENDORSE)
                .uponReceiving("a game client's character endorses itself")
                .method("POST")
                .path(NEON + "/endorsements")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("targetCharacterId", "${characterId}", CHARACTER_ID))
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(422, "SELF_ENDORSEMENT"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "endorseSelf")
    void aCharacterCannotEndorseItself(MockServer social) {
        NeonPopularityResetApi api = api(social);

        assertThatThrownBy(() -> api.endorseCharacter(UUID.fromString(CHARACTER_ID),
                new PopularityEndorsementRequest().targetCharacterId(UUID.fromString(CHARACTER_ID))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("SELF_ENDORSEMENT");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact claim(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_REWARD)
                .uponReceiving("a game client claims the reward of a closed popularity cycle")
                .method("POST")
                .pathFromProviderState(CYCLE_PATH + "/claims", path(CYCLE_PATH + "/claims"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .headers("Idempotency-Key", CLAIM_KEY)
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Replayed", "false", "false")
                .body(claimBody(new PactDslJsonBody()
                        .stringMatcher("claimId", UUID_PATTERN, CLAIM_ID)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "claim")
    void theClaimIsRecordedForTheCharactersTier(MockServer social) throws ApiException {
        PopularityRewardClaim claim = api(social).claimPopularityReward(UUID.fromString(CYCLE_ID),
                UUID.fromString(CHARACTER_ID), CLAIM_KEY);

        assertThat(claim.getClaimId()).isNotNull();
        assertThat(claim.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(claim.getTier()).isEqualTo(PopularityTierName.BRONZE);
        assertThat(claim.getNeonMerit()).isEqualTo(300L);
        assertThat(claim.getStatus()).isNotNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact claimRetried(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_REWARD)
                .given(SocialPacts.SENT_BEFORE)
                .uponReceiving("a game client claims the reward of a closed popularity cycle again with the same key")
                .method("POST")
                .pathFromProviderState(CYCLE_PATH + "/claims", path(CYCLE_PATH + "/claims"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .headers("Idempotency-Key", CLAIM_KEY)
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Idempotency-Replayed", "true", "true")
                .body(claimBody(new PactDslJsonBody()
                        .stringMatcher("claimId", UUID_PATTERN, CLAIM_ID)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "claimRetried")
    void aRetryWithTheSameKeyAnswersTheFirstClaim(MockServer social) throws ApiException {
        var reply = api(social).claimPopularityRewardWithHttpInfo(UUID.fromString(CYCLE_ID),
                UUID.fromString(CHARACTER_ID), CLAIM_KEY);

        assertThat(reply.getStatusCode()).isEqualTo(201);
        assertThat(reply.getHeaders().get("Idempotency-Replayed")).containsExactly("true");
        assertThat(reply.getData().getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact claimTwice(PactDslWithProvider builder) {
        return builder
                .given(CLAIMED)
                .uponReceiving("a game client claims a reward already claimed, with another key")
                .method("POST")
                .pathFromProviderState(CYCLE_PATH + "/claims", path(CYCLE_PATH + "/claims"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .headers("Idempotency-Key", "neon-claim-0002")
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(409, "ALREADY_CLAIMED"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "claimTwice")
    void aRewardIsClaimedOncePerCycle(MockServer social) {
        NeonPopularityResetApi api = api(social);

        assertThatThrownBy(() -> api.claimPopularityReward(UUID.fromString(CYCLE_ID), UUID.fromString(CHARACTER_ID),
                "neon-claim-0002"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("ALREADY_CLAIMED");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact claimOfAnotherPlayer(PactDslWithProvider builder) {
        String claimPath = CYCLE_PATH + "/claims/${characterId}";
        return builder
                .given(CLAIMED)
                .uponReceiving("a game client reads the reward claim of another player's character")
                .method("GET")
                .pathFromProviderState(claimPath, path(claimPath))
                .headerFromProviderState("Authorization", "Bearer ${otherAccessToken}",
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(403, "NOT_CHARACTER_OWNER"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "claimOfAnotherPlayer")
    void anotherPlayersClaimIsRefused(MockServer social) {
        NeonPopularityResetApi api = api(social);

        assertThatThrownBy(() -> api.getPopularityRewardClaim(UUID.fromString(CYCLE_ID),
                UUID.fromString(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("NOT_CHARACTER_OWNER");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact claimRead(PactDslWithProvider builder) {
        String claimPath = CYCLE_PATH + "/claims/${characterId}";
        return builder
                .given(CLAIMED)
                .uponReceiving("a game client reads the reward claim of the player's character")
                .method("GET")
                .pathFromProviderState(claimPath, path(claimPath))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(claimBody(new PactDslJsonBody()
                        .valueFromProviderState("claimId", "${claimId}", CLAIM_ID)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "claimRead")
    void theClaimHasItsDeliveryStatus(MockServer social) throws ApiException {
        PopularityRewardClaim claim = api(social).getPopularityRewardClaim(UUID.fromString(CYCLE_ID),
                UUID.fromString(CHARACTER_ID));

        assertThat(claim.getClaimId()).isEqualTo(UUID.fromString(CLAIM_ID));
        assertThat(claim.getCycleId()).isEqualTo(UUID.fromString(CYCLE_ID));
        assertThat(claim.getStatus()).isNotNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact history(PactDslWithProvider builder) {
        String historyPath = NEON + "/characters/${characterId}/history";
        PactDslJsonBody page = SocialPacts.page(new PactDslJsonBody());
        page.minArrayLike("items", 1, 1)
                .valueFromProviderState("cycleId", "${cycleId}", CYCLE_ID)
                .integerType("cycleNumber", 1)
                .stringMatcher("cycleEndsAt", GameClients.RFC3339, "2026-12-28T00:00:00Z")
                .integerType("points", 25L)
                .integerType("position", 1L)
                .booleanValue("rewardClaimed", false)
                .closeObject()
                .closeArray();
        return builder
                .given(HAS_POINTS)
                .uponReceiving("a game client reads the popularity history of an endorsed character")
                .method("GET")
                .pathFromProviderState(historyPath, path(historyPath))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "history")
    void theHistoryHoldsTheRunningCycle(MockServer social) throws ApiException {
        PopularityHistoryPage page = api(social).listCharacterPopularityHistory(UUID.fromString(CHARACTER_ID),
                null, null);

        assertThat(page.getItems()).isNotEmpty();
        assertThat(page.getItems().get(0).getCycleId()).isEqualTo(UUID.fromString(CYCLE_ID));
        assertThat(page.getItems().get(0).getPoints()).isPositive();
        assertThat(page.getItems().get(0).getRewardClaimed()).isFalse();
    }

    private static NeonPopularityResetApi api(MockServer social) {
        return new NeonPopularityResetApi(GameClients.social(social));
    }

    /** A standing during WARM_UP (no tier yet), besides cycle and character. */
    private static PactDslJsonBody standing(PactDslJsonBody body) {
        return body
                .integerType("position", 1L)
                .integerType("points", 25L)
                .integerType("topPercent", 1)
                .booleanValue("final", false);
    }

    /** A claim of the state's BRONZE character (one endorsement), besides its id; economy may not have paid yet. */
    private static PactDslJsonBody claimBody(PactDslJsonBody body) {
        return body
                .valueFromProviderState("cycleId", "${cycleId}", CYCLE_ID)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("tier", "BRONZE")
                .numberValue("neonMerit", 300)
                .numberValue("junCoin", 0)
                .stringMatcher("status", "PENDING|GRANTED", "PENDING")
                .stringMatcher("claimedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME);
    }
}
