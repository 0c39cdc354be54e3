package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * The generated clients as a game client configures them: the service's base URL and, once logged in, the
 * player's access token. The pacts carry an example token; the provider states hand the real one to the
 * interaction ({@code headerFromProviderState}), so the provider checks a token it issued (auth) or trusts
 * (character). The operators' console ({@link #OPS_CONSOLE}) sends the same example token; its providers present
 * a real service token in the console's name instead.
 */
final class GameClients {

    static final String CONSUMER = "game-client";
    /** The operators' console: the consumer of the operations marked x-necp-operator (a service token). */
    static final String OPS_CONSOLE = "ops-console";
    /** Stands for the player's access token in the pacts. */
    static final String EXAMPLE_ACCESS_TOKEN =
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI3YzllNjY3OSIsInNjb3BlIjoicGxheWVyIn0.c2lnbmF0dXJl";
    /** The Authorization header the provider state fills in with its player's token. */
    static final String AUTHORIZATION = "Bearer ${accessToken}";
    static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";

    private GameClients() {
    }

    static com.necpgame.auth.client.ApiClient auth(MockServer auth, String accessToken) {
        com.necpgame.auth.client.ApiClient client = new com.necpgame.auth.client.ApiClient();
        client.updateBaseUri(auth.getUrl());
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }

    static com.necpgame.character.client.ApiClient character(MockServer character) {
        com.necpgame.character.client.ApiClient client = new com.necpgame.character.client.ApiClient();
        client.updateBaseUri(character.getUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + EXAMPLE_ACCESS_TOKEN));
        return client;
    }

    static com.necpgame.world.client.ApiClient world(MockServer world) {
        com.necpgame.world.client.ApiClient client = new com.necpgame.world.client.ApiClient();
        client.updateBaseUri(world.getUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + EXAMPLE_ACCESS_TOKEN));
        return client;
    }

    static com.necpgame.social.client.ApiClient social(MockServer social) {
        com.necpgame.social.client.ApiClient client = new com.necpgame.social.client.ApiClient();
        client.updateBaseUri(social.getUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + EXAMPLE_ACCESS_TOKEN));
        return client;
    }

    static com.necpgame.economy.client.ApiClient economy(MockServer economy) {
        com.necpgame.economy.client.ApiClient client = new com.necpgame.economy.client.ApiClient();
        client.updateBaseUri(economy.getUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + EXAMPLE_ACCESS_TOKEN));
        return client;
    }

    static com.necpgame.gameplay.client.ApiClient gameplay(MockServer gameplay) {
        com.necpgame.gameplay.client.ApiClient client = new com.necpgame.gameplay.client.ApiClient();
        client.updateBaseUri(gameplay.getUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + EXAMPLE_ACCESS_TOKEN));
        return client;
    }

    /** The RFC 9457 problem every error of every service answers with (the spec requires {@code code} too). */
    static PactDslJsonBody problem(int status, String code) {
        return new PactDslJsonBody()
                .stringType("type", "https://necpgame.dev/problems/example")
                .stringType("title", "Example problem")
                .numberValue("status", status)
                .stringValue("code", code);
    }
}
