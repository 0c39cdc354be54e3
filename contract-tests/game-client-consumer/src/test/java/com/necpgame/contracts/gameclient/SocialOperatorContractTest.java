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
import com.necpgame.social.client.model.PopularityCyclePhase;
import com.necpgame.social.client.model.PopularityCycleScheduleRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static com.necpgame.contracts.gameclient.SocialPacts.CYCLE_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.CYCLE_PATH;
import static com.necpgame.contracts.gameclient.SocialPacts.CYCLE_RUNS;
import static com.necpgame.contracts.gameclient.SocialPacts.CYCLE_SCHEDULED;
import static com.necpgame.contracts.gameclient.SocialPacts.NEON;
import static com.necpgame.contracts.gameclient.SocialPacts.NO_CYCLE;
import static com.necpgame.contracts.gameclient.SocialPacts.UUID_PATTERN;
import static com.necpgame.contracts.gameclient.SocialPacts.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the operators' console runs the Neon Popularity Reset at social-service (the operations marked
 * x-necp-operator): it schedules the next cycle once the latest has ended, starts a scheduled cycle at once and
 * closes a running one at once. The pacts carry an example token; social-provider presents a real service token
 * in the console's name.
 */
@PactConsumerTest
@PactTestFor(providerName = SocialPacts.PROVIDER)
class SocialOperatorContractTest {

    /** Far enough ahead to be in the future whenever the pact is verified. */
    private static final String STARTS_AT = "2099-01-05T00:00:00Z";

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact schedule(PactDslWithProvider builder) {
        return builder
                .given(NO_CYCLE)
                .uponReceiving("the operators' console schedules the next popularity cycle")
                .method("POST")
                .path(NEON + "/cycles")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringMatcher("startsAt", GameClients.RFC3339, STARTS_AT))
                .willRespondWith()
                .status(201)
                .matchHeader("Location", NEON + "/cycles/" + UUID_PATTERN, NEON + "/cycles/" + CYCLE_ID)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(SocialPacts.cycle(new PactDslJsonBody().stringMatcher("cycleId", UUID_PATTERN, CYCLE_ID),
                        "SCHEDULED", "SCHEDULED"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "schedule")
    void theScheduledCycleLastsSixWeeks(MockServer social) throws ApiException {
        PopularityCycle cycle = api(social).schedulePopularityCycle(
                new PopularityCycleScheduleRequest().startsAt(OffsetDateTime.parse(STARTS_AT)));

        assertThat(cycle.getPhase()).isEqualTo(PopularityCyclePhase.SCHEDULED);
        assertThat(Duration.between(cycle.getStartsAt(), cycle.getEndsAt())).isEqualTo(Duration.ofDays(42));
        assertThat(cycle.getParticipantCount()).isZero();
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact start(PactDslWithProvider builder) {
        return builder
                .given(CYCLE_SCHEDULED)
                .uponReceiving("the operators' console starts a scheduled popularity cycle now")
                .method("POST")
                .pathFromProviderState(CYCLE_PATH + "/start", path(CYCLE_PATH + "/start"))
                .matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(SocialPacts.stateCycle("WARM_UP", "WARM_UP"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "start")
    void theStartedCycleWarmsUp(MockServer social) throws ApiException {
        PopularityCycle cycle = api(social).startPopularityCycle(UUID.fromString(CYCLE_ID));

        assertThat(cycle.getCycleId()).isEqualTo(UUID.fromString(CYCLE_ID));
        assertThat(cycle.getPhase()).isEqualTo(PopularityCyclePhase.WARM_UP);
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact close(PactDslWithProvider builder) {
        return builder
                .given(CYCLE_RUNS)
                .uponReceiving("the operators' console closes the running popularity cycle now")
                .method("POST")
                .pathFromProviderState(CYCLE_PATH + "/close", path(CYCLE_PATH + "/close"))
                .matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(SocialPacts.stateCycle("CLOSED", "CLOSED"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "close")
    void theClosedCycleStaysClaimable(MockServer social) throws ApiException {
        PopularityCycle cycle = api(social).closePopularityCycle(UUID.fromString(CYCLE_ID));

        assertThat(cycle.getCycleId()).isEqualTo(UUID.fromString(CYCLE_ID));
        assertThat(cycle.getPhase()).isEqualTo(PopularityCyclePhase.CLOSED);
    }

    private static NeonPopularityResetApi api(MockServer social) {
        return new NeonPopularityResetApi(GameClients.social(social));
    }
}
