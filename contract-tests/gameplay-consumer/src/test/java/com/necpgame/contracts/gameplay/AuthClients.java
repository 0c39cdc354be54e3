package com.necpgame.contracts.gameplay;

import au.com.dius.pact.consumer.MockServer;
import com.necpgame.auth.client.ApiClient;

/** The generated auth client as gameplay-service configures it: base URL of auth and its service token. */
final class AuthClients {

    /** Stands for gameplay's real service token in the pact; the provider test presents a real one. */
    static final String EXAMPLE_SERVICE_TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.service-token.signature";

    private AuthClients() {
    }

    static ApiClient forServer(MockServer auth) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(auth.getUrl());
        client.setRequestInterceptor(request ->
                request.header("Authorization", EXAMPLE_SERVICE_TOKEN));
        return client;
    }
}
