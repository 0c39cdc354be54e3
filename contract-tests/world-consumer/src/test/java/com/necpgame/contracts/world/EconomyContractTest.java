package com.necpgame.contracts.world;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.contracts.world.WorldStatePushContracts.Change;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.WorldStateChangesApi;
import com.necpgame.economy.client.model.WorldStateChange;
import com.necpgame.economy.client.model.WorldStateChangeAck;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How world-service uses economy-service: its outbox pushes every change of the world state keys economy
 * subscribes to ({@code throne-of-sand.*}: the Throne of Sand's branch and climate weigh on prices) through
 * {@code receiveEconomyWorldStateChange}, and retries until acknowledged. Every call goes through the generated
 * economy client, exactly as world's WorldStatePushRelay makes it.
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyContractTest.PROVIDER)
class EconomyContractTest {

    static final String PROVIDER = "economy-service";
    static final String CONSUMER = "world-service";

    private static final String PATH = "/api/v1/economy/internal/world-state-changes";
    /** The branch the Throne of Sand campaign took, set by a quest's consequences. */
    private static final Change BRANCH = new Change("0b7d6a8e-2c1f-4f7b-9a51-3f0e8c2d4a10", "night-city-eu-1",
            "throne-of-sand.branch", "branch", "HELIOS_THRONE", 7, "2026-11-27T12:00:00Z", "q-sandstorm-oath");
    /** A climate protocol, pushed twice: the outbox retries a delivery whose answer got lost. */
    private static final Change CLIMATE = new Change("1c8e7b9f-3d20-4a8c-8b62-4a1f9d3e5b21", "night-city-eu-1",
            "throne-of-sand.climate", "protocol", "sandstorm-shield", 3, "2026-11-27T12:20:00Z", "q-sandstorm-oath");

    @Pact(consumer = CONSUMER)
    V4Pact aNewChangeIsApplied(PactDslWithProvider builder) {
        return WorldStatePushContracts.push(builder, PATH, "world pushes a new change of a throne-of-sand key to economy",
                BRANCH, false);
    }

    @Test
    @PactTestFor(pactMethod = "aNewChangeIsApplied")
    void economyAppliesANewChange(MockServer economy) throws ApiException {
        WorldStateChangeAck ack = api(economy).receiveEconomyWorldStateChange(change(BRANCH));

        assertThat(ack.getEventId()).isEqualTo(UUID.fromString(BRANCH.eventId()));
        assertThat(ack.getApplied()).isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact aRepeatedChangeIsAcknowledged(PactDslWithProvider builder) {
        return WorldStatePushContracts.push(builder, PATH,
                "world pushes a change economy has received before (a retry)", CLIMATE, true);
    }

    @Test
    @PactTestFor(pactMethod = "aRepeatedChangeIsAcknowledged")
    void aRetryIsAcknowledgedButNotAppliedAgain(MockServer economy) throws ApiException {
        WorldStateChangeAck ack = api(economy).receiveEconomyWorldStateChange(change(CLIMATE));

        assertThat(ack.getEventId()).isEqualTo(UUID.fromString(CLIMATE.eventId()));
        assertThat(ack.getApplied()).isFalse();
    }

    private static WorldStateChangesApi api(MockServer economy) {
        return new WorldStateChangesApi(WorldClients.economy(economy));
    }

    private static WorldStateChange change(Change change) {
        return new WorldStateChange().eventId(UUID.fromString(change.eventId())).serverId(change.serverId())
                .key(change.key()).value(Map.of(change.valueName(), change.value())).version(change.version())
                .changedAt(OffsetDateTime.parse(change.changedAt())).updatedByQuest(change.updatedByQuest());
    }
}
