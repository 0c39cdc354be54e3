package com.necpgame.contracts.gameplay;

import au.com.dius.pact.consumer.MockServer;
import com.necpgame.auth.client.ApiClient;

/** The generated auth client as gameplay-service configures it: base URL of auth and its service token. */
final class AuthClients {

    private AuthClients() {
    }

    static ApiClient forServer(MockServer auth) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(auth.getUrl());
        client.setRequestInterceptor(request ->
                request.header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.service-token.signature"));
        return client;
    }
}
