package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;

/**
 * What the world pacts of the game client and the operators' console share: the provider, the ids world-provider
 * seeds, and the Authorization of each consumer (the player's token from the provider state; the console's
 * example service token, for which world-provider presents a real one).
 */
final class WorldPacts {

    static final String PROVIDER = "world-service";
    static final String NIGHT_CITY = "night-city-eu-1";
    static final String CHARACTER_ID = "5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String SLUG = "[a-z0-9][a-z0-9-]{1,63}";
    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private WorldPacts() {
    }

    /** The game client: the logged-in player's access token, which the provider state hands over. */
    static PactDslRequestWithPath asPlayer(PactDslRequestWithPath request) {
        return request.headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN);
    }

    /** The operators' console: a service token (world-provider presents a real one of ops-console). */
    static PactDslRequestWithPath asOperator(PactDslRequestWithPath request) {
        return request.matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN);
    }

    static PactDslRequestWithPath json(PactDslRequestWithPath request) {
        return request.matchHeader("Content-Type", "application/json.*", "application/json");
    }

    static com.necpgame.world.client.ApiClient client(MockServer world) {
        return GameClients.world(world);
    }
}
