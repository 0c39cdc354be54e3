package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.world.client.ApiException;
import com.necpgame.world.client.api.WorldStateApi;
import com.necpgame.world.client.model.ChangeSource;
import com.necpgame.world.client.model.GameServerPage;
import com.necpgame.world.client.model.UpdateWorldStateRequest;
import com.necpgame.world.client.model.WorldStateEntry;
import com.necpgame.world.client.model.WorldStateEntryPage;
import com.necpgame.world.client.model.WorldStateRevisionPage;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.necpgame.contracts.gameclient.WorldPacts.NIGHT_CITY;
import static com.necpgame.contracts.gameclient.WorldPacts.asOperator;
import static com.necpgame.contracts.gameclient.WorldPacts.asPlayer;
import static com.necpgame.contracts.gameclient.WorldPacts.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the game client reads a server's world state (the state of a server, one key, a key's history) and how
 * the operators' console lists the game servers and sets a key, guarded by the version it read (a stale one is
 * 409 STALE_VERSION). The provider state's operator has set watson.curfew to {@code {"active": true}}.
 */
@PactConsumerTest
@PactTestFor(providerName = WorldPacts.PROVIDER)
class WorldStateContractTest {

    private static final String CURFEW_ACTIVE = "watson.curfew is active on night-city-eu-1";
    private static final String CURFEW_PATH = "/api/v1/world/servers/" + NIGHT_CITY + "/state/watson.curfew";

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact listServers(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 2);
        page.minArrayLike("items", 1, new PactDslJsonBody()
                .stringMatcher("serverId", WorldPacts.SLUG, NIGHT_CITY)
                .stringType("name", "Night City EU 1"), 1);
        return asOperator(builder
                .uponReceiving("the operators' console lists the game servers")
                .method("GET")
                .path("/api/v1/world/servers"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listServers")
    void theServersAreTheConfiguredShards(MockServer world) throws ApiException {
        GameServerPage servers = api(world).listGameServers(null, null);

        assertThat(servers.getItems()).isNotEmpty().allSatisfy(s -> assertThat(s.getName()).isNotBlank());
        assertThat(servers.getItems().get(0).getServerId()).isEqualTo(NIGHT_CITY);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listState(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, curfew(), 1);
        return asPlayer(builder
                .given(CURFEW_ACTIVE)
                .uponReceiving("a game client lists the world state of a server under watson.")
                .method("GET")
                .path("/api/v1/world/servers/" + NIGHT_CITY + "/state")
                .query("prefix=watson."))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listState")
    void theServersStateHoldsTheCurfew(MockServer world) throws ApiException {
        WorldStateEntryPage page = api(world).listWorldState(NIGHT_CITY, "watson.", null, null);

        assertThat(page.getItems()).first().satisfies(entry -> {
            assertThat(entry.getKey()).isEqualTo("watson.curfew");
            assertThat(entry.getValue()).containsEntry("active", true);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getState(PactDslWithProvider builder) {
        return asPlayer(builder
                .given(CURFEW_ACTIVE)
                .uponReceiving("a game client reads one world state key")
                .method("GET")
                .path(CURFEW_PATH))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(curfew())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getState")
    void theCurfewIsActive(MockServer world) throws ApiException {
        WorldStateEntry entry = api(world).getWorldState(NIGHT_CITY, "watson.curfew");

        assertThat(entry.getValue()).isEqualTo(Map.of("active", true));
        assertThat(entry.getChangeSource()).isEqualTo(ChangeSource.OPERATOR);
        assertThat(entry.getVersion()).isPositive();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact history(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, new PactDslJsonBody()
                .stringValue("serverId", NIGHT_CITY)
                .stringValue("key", "watson.curfew")
                .integerType("version", 1L)
                .object("value", new PactDslJsonBody().booleanType("active", true))
                .stringValue("changeSource", "OPERATOR")
                .stringValue("changedBy", GameClients.OPS_CONSOLE)
                .stringType("reason", "Curfew imposed during the Watson riots.")
                .stringMatcher("changedAt", GameClients.RFC3339, "2026-11-27T11:00:00Z"), 1);
        return asPlayer(builder
                .given(CURFEW_ACTIVE)
                .uponReceiving("a game client reads the history of a world state key")
                .method("GET")
                .path(CURFEW_PATH + "/history"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "history")
    void theHistoryStartsWithTheCurrentValue(MockServer world) throws ApiException {
        WorldStateRevisionPage page = api(world).listWorldStateHistory(NIGHT_CITY, "watson.curfew", null, null);

        assertThat(page.getItems()).first().satisfies(revision -> {
            assertThat(revision.getValue()).containsEntry("active", true);
            assertThat(revision.getChangedBy()).isEqualTo(GameClients.OPS_CONSOLE);
            assertThat(revision.getReason()).isNotBlank();
        });
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact update(PactDslWithProvider builder) {
        return json(asOperator(builder
                .given(CURFEW_ACTIVE)
                .uponReceiving("the operators' console lifts the curfew at the version it read")
                .method("PUT")
                .path(CURFEW_PATH)))
                .body(new PactDslJsonBody()
                        .valueFromProviderState("expectedVersion", "${version}", 3L)
                        .object("value", new PactDslJsonBody().booleanValue("active", false))
                        .stringValue("reason", "Curfew lifted after the Watson riots event ended."))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("serverId", NIGHT_CITY)
                        .stringValue("key", "watson.curfew")
                        .object("value", new PactDslJsonBody().booleanValue("active", false))
                        .integerType("version", 4L)
                        .stringValue("changeSource", "OPERATOR")
                        .stringValue("updatedBy", GameClients.OPS_CONSOLE)
                        .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-27T13:00:00Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "update")
    void theLiftedCurfewHasANewVersion(MockServer world) throws ApiException {
        WorldStateEntry entry = api(world).updateWorldState(NIGHT_CITY, "watson.curfew", new UpdateWorldStateRequest()
                .expectedVersion(3L).value(Map.of("active", false))
                .reason("Curfew lifted after the Watson riots event ended."));

        assertThat(entry.getValue()).isEqualTo(Map.of("active", false));
        assertThat(entry.getVersion()).isEqualTo(4L);
        assertThat(entry.getUpdatedBy()).isEqualTo(GameClients.OPS_CONSOLE);
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact updateStale(PactDslWithProvider builder) {
        return json(asOperator(builder
                .given(CURFEW_ACTIVE)
                .uponReceiving("the operators' console creates watson.curfew, which exists already")
                .method("PUT")
                .path(CURFEW_PATH)))
                .body(new PactDslJsonBody()
                        .numberValue("expectedVersion", 0)
                        .object("value", new PactDslJsonBody().booleanValue("active", true))
                        .stringValue("reason", "Curfew imposed during the Watson riots."))
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(409, "STALE_VERSION"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "updateStale")
    void aStaleVersionIsRefused(MockServer world) {
        WorldStateApi api = api(world);

        assertThatThrownBy(() -> api.updateWorldState(NIGHT_CITY, "watson.curfew", new UpdateWorldStateRequest()
                .expectedVersion(0L).value(Map.of("active", true)).reason("Curfew imposed during the Watson riots.")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("STALE_VERSION");
                });
    }

    private static WorldStateApi api(MockServer world) {
        return new WorldStateApi(WorldPacts.client(world));
    }

    /** watson.curfew as the provider state's operator set it. */
    private static PactDslJsonBody curfew() {
        return new PactDslJsonBody()
                .stringValue("serverId", NIGHT_CITY)
                .stringValue("key", "watson.curfew")
                .object("value", new PactDslJsonBody().booleanValue("active", true))
                .integerType("version", 3L)
                .stringValue("changeSource", "OPERATOR")
                .stringValue("updatedBy", GameClients.OPS_CONSOLE)
                .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-27T11:00:00Z");
    }
}
