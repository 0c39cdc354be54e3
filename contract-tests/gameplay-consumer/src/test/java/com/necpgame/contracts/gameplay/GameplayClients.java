package com.necpgame.contracts.gameplay;

import au.com.dius.pact.consumer.MockServer;

/**
 * The generated clients of gameplay's callees as gameplay-service configures them: the callee's base URL and
 * gameplay's service token, the same for every callee.
 */
final class GameplayClients {

    /** Stands for gameplay's real service token in the pacts; each provider test presents a real one. */
    static final String EXAMPLE_SERVICE_TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.service-token.signature";

    private GameplayClients() {
    }

    static com.necpgame.auth.client.ApiClient auth(MockServer auth) {
        com.necpgame.auth.client.ApiClient client = new com.necpgame.auth.client.ApiClient();
        client.updateBaseUri(auth.getUrl());
        client.setRequestInterceptor(request ->
                request.header("Authorization", EXAMPLE_SERVICE_TOKEN));
        return client;
    }

    static com.necpgame.character.client.ApiClient character(MockServer character) {
        com.necpgame.character.client.ApiClient client = new com.necpgame.character.client.ApiClient();
        client.updateBaseUri(character.getUrl());
        client.setRequestInterceptor(request ->
                request.header("Authorization", EXAMPLE_SERVICE_TOKEN));
        return client;
    }
}
