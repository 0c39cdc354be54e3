package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.world.client.ApiException;
import com.necpgame.world.client.ApiResponse;
import com.necpgame.world.client.api.SubscriptionsApi;
import com.necpgame.world.client.model.CreateWorldStateSubscriptionRequest;
import com.necpgame.world.client.model.SubscriberService;
import com.necpgame.world.client.model.WorldStateSubscription;
import com.necpgame.world.client.model.WorldStateSubscriptionPage;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.necpgame.contracts.gameclient.WorldPacts.NIGHT_CITY;
import static com.necpgame.contracts.gameclient.WorldPacts.asOperator;
import static com.necpgame.contracts.gameclient.WorldPacts.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the operators' console manages which services receive world state pushes: it lists the subscriptions of
 * economy, subscribes social to the Throne of Sand keys of a server, opens one subscription and deletes it. The
 * provider state's operator subscribed economy to the keys under {@code watson.} on every server.
 */
@PactConsumerTest
@PactTestFor(providerName = WorldPacts.PROVIDER)
class WorldSubscriptionsContractTest {

    private static final String ECONOMY_WATCHES_WATSON = "ECONOMY is subscribed to the keys under watson.";
    private static final String SUBSCRIPTION_ID = "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e";
    private static final String SUBSCRIPTION_PATH = "/api/v1/world/subscriptions/${subscriptionId}";

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact list(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, new PactDslJsonBody()
                .uuid("subscriptionId", UUID.fromString(SUBSCRIPTION_ID))
                .stringValue("subscriber", "ECONOMY")
                .stringType("keyPattern", "watson.*")
                .stringValue("createdBy", GameClients.OPS_CONSOLE)
                .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-01T09:00:00Z")
                .integerType("pendingChanges", 0L), 1);
        return asOperator(builder
                .given(ECONOMY_WATCHES_WATSON)
                .uponReceiving("the operators' console lists the subscriptions of economy")
                .method("GET")
                .path("/api/v1/world/subscriptions")
                .query("subscriber=ECONOMY"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "list")
    void economysSubscriptionsAreListed(MockServer world) throws ApiException {
        WorldStateSubscriptionPage page = api(world).listWorldStateSubscriptions(SubscriberService.ECONOMY, null, null);

        assertThat(page.getItems()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.getSubscriber()).isEqualTo(SubscriberService.ECONOMY));
        assertThat(page.getItems().get(0).getPendingChanges()).isNotNegative();
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact create(PactDslWithProvider builder) {
        return json(asOperator(builder
                .given("SOCIAL is not subscribed to throne-of-sand.* on night-city-eu-1")
                .uponReceiving("the operators' console subscribes social to the Throne of Sand keys of a server")
                .method("POST")
                .path("/api/v1/world/subscriptions")))
                .body(new PactDslJsonBody()
                        .stringValue("subscriber", "SOCIAL")
                        .stringValue("keyPattern", "throne-of-sand.*")
                        .stringValue("serverId", NIGHT_CITY))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .uuid("subscriptionId", UUID.fromString(SUBSCRIPTION_ID))
                        .stringValue("subscriber", "SOCIAL")
                        .stringValue("keyPattern", "throne-of-sand.*")
                        .stringValue("serverId", NIGHT_CITY)
                        .stringValue("createdBy", GameClients.OPS_CONSOLE)
                        .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                        .integerType("pendingChanges", 5L))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void socialIsSubscribed(MockServer world) throws ApiException {
        WorldStateSubscription created = api(world).createWorldStateSubscription(
                new CreateWorldStateSubscriptionRequest().subscriber(SubscriberService.SOCIAL)
                        .keyPattern("throne-of-sand.*").serverId(NIGHT_CITY));

        assertThat(created.getSubscriptionId()).isNotNull();
        assertThat(created.getSubscriber()).isEqualTo(SubscriberService.SOCIAL);
        assertThat(created.getServerId()).isEqualTo(NIGHT_CITY);
        assertThat(created.getCreatedBy()).isEqualTo(GameClients.OPS_CONSOLE);
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact get(PactDslWithProvider builder) {
        return asOperator(builder
                .given(ECONOMY_WATCHES_WATSON)
                .uponReceiving("the operators' console opens a subscription")
                .method("GET")
                .pathFromProviderState(SUBSCRIPTION_PATH, subscriptionPath()))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("subscriptionId", "${subscriptionId}", SUBSCRIPTION_ID)
                        .stringValue("subscriber", "ECONOMY")
                        .stringValue("keyPattern", "watson.*")
                        .stringValue("createdBy", GameClients.OPS_CONSOLE)
                        .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-01T09:00:00Z")
                        .integerType("pendingChanges", 2L))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "get")
    void theSubscriptionCoversWatson(MockServer world) throws ApiException {
        WorldStateSubscription subscription = api(world).getWorldStateSubscription(UUID.fromString(SUBSCRIPTION_ID));

        assertThat(subscription.getSubscriptionId()).isEqualTo(UUID.fromString(SUBSCRIPTION_ID));
        assertThat(subscription.getKeyPattern()).isEqualTo("watson.*");
        assertThat(subscription.getServerId()).isNull();
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact delete(PactDslWithProvider builder) {
        return asOperator(builder
                .given(ECONOMY_WATCHES_WATSON)
                .uponReceiving("the operators' console deletes a subscription")
                .method("DELETE")
                .pathFromProviderState(SUBSCRIPTION_PATH, subscriptionPath()))
                .willRespondWith()
                .status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "delete")
    void theSubscriptionIsGone(MockServer world) throws ApiException {
        ApiResponse<Void> reply = api(world).deleteWorldStateSubscriptionWithHttpInfo(UUID.fromString(SUBSCRIPTION_ID));

        assertThat(reply.getStatusCode()).isEqualTo(204);
    }

    private static SubscriptionsApi api(MockServer world) {
        return new SubscriptionsApi(WorldPacts.client(world));
    }

    private static String subscriptionPath() {
        return SUBSCRIPTION_PATH.replace("${subscriptionId}", SUBSCRIPTION_ID);
    }
}
