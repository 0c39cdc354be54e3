package com.necpgame.contracts.gameplay;

import au.com.dius.pact.consumer.MockServer;

/**
 * The generated clients of gameplay's callees as gameplay-service configures them: the callee's base URL and
 * gameplay's service token, the same for every callee.
 */
final class GameplayClients {

    /** Stands for gameplay's real service token in the pacts; each provider test presents a real one. */
    static final String EXAMPLE_SERVICE_TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.service-token.signature";

    /**
     * The provider state of a retry: the very request was sent once before (the provider sends it once, as it will
     * be verified, just before the verification).
     */
    static final String SENT_BEFORE = "the same request was sent once before";

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

    static com.necpgame.world.client.ApiClient world(MockServer world) {
        com.necpgame.world.client.ApiClient client = new com.necpgame.world.client.ApiClient();
        client.updateBaseUri(world.getUrl());
        client.setRequestInterceptor(request ->
                request.header("Authorization", EXAMPLE_SERVICE_TOKEN));
        return client;
    }

    static com.necpgame.economy.client.ApiClient economy(MockServer economy) {
        com.necpgame.economy.client.ApiClient client = new com.necpgame.economy.client.ApiClient();
        client.updateBaseUri(economy.getUrl());
        client.setRequestInterceptor(request ->
                request.header("Authorization", EXAMPLE_SERVICE_TOKEN));
        return client;
    }

    static com.necpgame.social.client.ApiClient social(MockServer social) {
        com.necpgame.social.client.ApiClient client = new com.necpgame.social.client.ApiClient();
        client.updateBaseUri(social.getUrl());
        client.setRequestInterceptor(request ->
                request.header("Authorization", EXAMPLE_SERVICE_TOKEN));
        return client;
    }
}
