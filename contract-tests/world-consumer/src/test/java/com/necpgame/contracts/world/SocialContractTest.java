package com.necpgame.contracts.world;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.contracts.world.WorldStatePushContracts.Change;
import com.necpgame.social.client.ApiException;
import com.necpgame.social.client.api.InternalApi;
import com.necpgame.social.client.model.WorldStateChange;
import com.necpgame.social.client.model.WorldStateChangeAck;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How world-service uses social-service: its outbox pushes every change of the world state keys social
 * subscribes to ({@code social.popularity-multiplier}, which multiplies the popularity points earned on a
 * server) through {@code receiveSocialWorldStateChange}, and retries until acknowledged. Every call goes through
 * the generated social client, exactly as world's WorldStatePushRelay makes it.
 */
@PactConsumerTest
@PactTestFor(providerName = SocialContractTest.PROVIDER)
class SocialContractTest {

    static final String PROVIDER = "social-service";
    static final String CONSUMER = "world-service";

    private static final String PATH = "/api/v1/social/internal/world-state-changes";
    /** A quest's consequences raise the popularity multiplier of Night City to 150 %. */
    private static final Change MULTIPLIER = new Change("2d9f8c0a-4e31-4b9d-9c73-5b2a0e4f6c32", "night-city-eu-1",
            "social.popularity-multiplier", "percent", 150, 4, "2026-11-27T12:00:00Z", "q-neon-ghosts");
    /** The Badlands' multiplier, pushed twice: the outbox retries a delivery whose answer got lost. */
    private static final Change REPEATED = new Change("3e0a9d1b-5f42-4cae-8d84-6c3b1f5a7d43", "badlands-eu-1",
            "social.popularity-multiplier", "percent", 200, 2, "2026-11-27T12:30:00Z", "q-neon-ghosts");

    @Pact(consumer = CONSUMER)
    V4Pact aNewChangeIsApplied(PactDslWithProvider builder) {
        return WorldStatePushContracts.push(builder, PATH,
                "world pushes a new popularity multiplier to social", MULTIPLIER, false);
    }

    @Test
    @PactTestFor(pactMethod = "aNewChangeIsApplied")
    void socialAppliesANewMultiplier(MockServer social) throws ApiException {
        WorldStateChangeAck ack = api(social).receiveSocialWorldStateChange(change(MULTIPLIER));

        assertThat(ack.getEventId()).isEqualTo(UUID.fromString(MULTIPLIER.eventId()));
        assertThat(ack.getApplied()).isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact aRepeatedChangeIsAcknowledged(PactDslWithProvider builder) {
        return WorldStatePushContracts.push(builder, PATH,
                "world pushes a change social has received before (a retry)", REPEATED, true);
    }

    @Test
    @PactTestFor(pactMethod = "aRepeatedChangeIsAcknowledged")
    void aRetryIsAcknowledgedButNotAppliedAgain(MockServer social) throws ApiException {
        WorldStateChangeAck ack = api(social).receiveSocialWorldStateChange(change(REPEATED));

        assertThat(ack.getEventId()).isEqualTo(UUID.fromString(REPEATED.eventId()));
        assertThat(ack.getApplied()).isFalse();
    }

    private static InternalApi api(MockServer social) {
        return new InternalApi(WorldClients.social(social));
    }

    private static WorldStateChange change(Change change) {
        return new WorldStateChange().eventId(UUID.fromString(change.eventId())).serverId(change.serverId())
                .key(change.key()).value(Map.of(change.valueName(), change.value())).version(change.version())
                .changedAt(OffsetDateTime.parse(change.changedAt())).updatedByQuest(change.updatedByQuest());
    }
}
