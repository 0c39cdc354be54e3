package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.ReefExchangeApi;
import com.necpgame.economy.client.model.CreateReefSeasonRequest;
import com.necpgame.economy.client.model.ReefSeason;
import com.necpgame.economy.client.model.ReefSeasonStatus;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static com.necpgame.contracts.gameclient.EconomyReefExchangeContractTest.SEASONS;
import static com.necpgame.contracts.gameclient.EconomyReefExchangeContractTest.SEASON_ID;
import static com.necpgame.contracts.gameclient.EconomyReefExchangeContractTest.SEASON_OPEN;
import static com.necpgame.contracts.gameclient.EconomyReefExchangeContractTest.season;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the operators' console uses Reef Exchange (the operations marked x-necp-operator, with the console's
 * service token, which the provider presents): it schedules a season four weeks long in a free window (the
 * window is the provider state's, a season is always scheduled in the future), and closes the OPEN season early,
 * which answers 202 with the season SETTLING while its lots are settled; a season that has not opened cannot be
 * closed (409 SEASON_NOT_OPEN).
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyAuctionContractTest.PROVIDER)
class EconomyReefExchangeOperatorContractTest {

    private static final String OPENS_AT = "2026-12-20T00:00:00Z";
    private static final String CLOSES_AT = "2027-01-17T00:00:00Z";

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact schedule(PactDslWithProvider builder) {
        return builder
                .given("no Reef Exchange season is scheduled 30 to 58 days from now")
                .uponReceiving("the operators' console schedules Reef Exchange season 4 for four weeks")
                .method("POST")
                .path(SEASONS)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("seasonId", "reef-s4")
                        .stringValue("name", "Season 4: Kraken Tide")
                        .valueFromProviderState("opensAt", "${opensAt}", OPENS_AT)
                        .valueFromProviderState("closesAt", "${closesAt}", CLOSES_AT))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("seasonId", "reef-s4")
                        .stringValue("name", "Season 4: Kraken Tide")
                        .stringValue("status", "SCHEDULED")
                        .stringMatcher("opensAt", GameClients.RFC3339, OPENS_AT)
                        .stringMatcher("closesAt", GameClients.RFC3339, CLOSES_AT)
                        .numberValue("activeLotCount", 0)
                        .numberValue("totalLotCount", 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "schedule")
    void theSeasonIsScheduledWithoutLots(MockServer economy) throws ApiException {
        ReefSeason season = api(economy).createReefSeason(new CreateReefSeasonRequest().seasonId("reef-s4")
                .name("Season 4: Kraken Tide")
                .opensAt(OffsetDateTime.parse(OPENS_AT)).closesAt(OffsetDateTime.parse(CLOSES_AT)));

        assertThat(season.getSeasonId()).isEqualTo("reef-s4");
        assertThat(season.getStatus()).isEqualTo(ReefSeasonStatus.SCHEDULED);
        assertThat(season.getOpensAt()).isEqualTo(OffsetDateTime.parse(OPENS_AT));
        assertThat(season.getActiveLotCount()).isZero();
        assertThat(season.getTotalLotCount()).isZero();
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact closeEarly(PactDslWithProvider builder) {
        return builder
                .given(SEASON_OPEN)
                .uponReceiving("the operators' console closes the OPEN Reef Exchange season early")
                .method("POST")
                .pathFromProviderState(SEASONS + "/${seasonId}/closure", SEASONS + "/" + SEASON_ID + "/closure")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", "reef-season-close-0001")
                .willRespondWith()
                .status(202)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(season("SETTLING"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "closeEarly")
    void theClosedSeasonIsSettling(MockServer economy) throws ApiException {
        ReefSeason season = api(economy).closeReefSeason(SEASON_ID, "reef-season-close-0001");

        assertThat(season.getSeasonId()).isEqualTo(SEASON_ID);
        assertThat(season.getStatus()).isEqualTo(ReefSeasonStatus.SETTLING);
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact closeScheduled(PactDslWithProvider builder) {
        return builder
                .given("a Reef Exchange season is SCHEDULED")
                .uponReceiving("the operators' console closes a Reef Exchange season that has not opened")
                .method("POST")
                .pathFromProviderState(SEASONS + "/${seasonId}/closure", SEASONS + "/reef-s4/closure")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", "reef-season-close-0002")
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(409, "SEASON_NOT_OPEN"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "closeScheduled")
    void aSeasonThatHasNotOpenedCannotBeClosed(MockServer economy) {
        ReefExchangeApi api = api(economy);

        assertThatThrownBy(() -> api.closeReefSeason("reef-s4", "reef-season-close-0002"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("SEASON_NOT_OPEN");
                });
    }

    private static ReefExchangeApi api(MockServer economy) {
        return new ReefExchangeApi(GameClients.economy(economy));
    }
}
