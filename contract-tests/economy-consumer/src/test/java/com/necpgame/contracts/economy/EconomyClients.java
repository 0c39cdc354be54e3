package com.necpgame.contracts.economy;

import au.com.dius.pact.consumer.MockServer;

/**
 * The generated clients of economy's callees as economy-service configures them: the callee's base URL and
 * economy's service token, the same for every callee.
 */
final class EconomyClients {

    /** Stands for economy's real service token in the pacts; each provider test presents a real one. */
    static final String EXAMPLE_SERVICE_TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.service-token.signature";

    private EconomyClients() {
    }

    static com.necpgame.character.client.ApiClient character(MockServer character) {
        com.necpgame.character.client.ApiClient client = new com.necpgame.character.client.ApiClient();
        client.updateBaseUri(character.getUrl());
        client.setRequestInterceptor(request ->
                request.header("Authorization", EXAMPLE_SERVICE_TOKEN));
        return client;
    }
}
