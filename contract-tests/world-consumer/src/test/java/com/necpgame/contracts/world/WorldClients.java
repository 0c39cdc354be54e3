package com.necpgame.contracts.world;

import au.com.dius.pact.consumer.MockServer;

/**
 * The generated clients of world's callees as world-service configures them: the callee's base URL and
 * world's service token, the same for every callee (character's is {@code CharacterSnapshotPacts.client}).
 */
final class WorldClients {

    /** Stands for world's real service token in the pacts; each provider test presents a real one. */
    static final String EXAMPLE_SERVICE_TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.service-token.signature";

    /**
     * The provider state of a retry: the very request was sent once before (the provider sends it once, as it will
     * be verified, just before the verification).
     */
    static final String SENT_BEFORE = "the same request was sent once before";
    /** RFC 3339 UTC timestamps, any number of fraction digits (the spec's date-time). */
    static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";

    private WorldClients() {
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
