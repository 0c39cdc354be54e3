package com.necpgame.contracts.social;

import au.com.dius.pact.consumer.MockServer;

/**
 * The generated clients of social's callees as social-service configures them: the callee's base URL and
 * social's service token, the same for every callee (character's is {@code CharacterSnapshotPacts.client}).
 */
final class SocialClients {

    /** Stands for social's real service token in the pacts; each provider test presents a real one. */
    static final String EXAMPLE_SERVICE_TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.service-token.signature";

    /**
     * The provider state of a retry: the very request was sent once before (the provider sends it once, as it will
     * be verified, just before the verification).
     */
    static final String SENT_BEFORE = "the same request was sent once before";

    private SocialClients() {
    }

    static com.necpgame.economy.client.ApiClient economy(MockServer economy) {
        com.necpgame.economy.client.ApiClient client = new com.necpgame.economy.client.ApiClient();
        client.updateBaseUri(economy.getUrl());
        client.setRequestInterceptor(request ->
                request.header("Authorization", EXAMPLE_SERVICE_TOKEN));
        return client;
    }
}
