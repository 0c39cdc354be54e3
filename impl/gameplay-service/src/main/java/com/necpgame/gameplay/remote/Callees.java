package com.necpgame.gameplay.remote;

import com.necpgame.platform.client.ServiceDirectory;

/**
 * The generated clients of the services gameplay calls, each at {@code services.<domain>.url}, with a service
 * token of gameplay-service on every request and the timeouts of {@link Remote}.
 */
public final class Callees {
    private final ServiceDirectory services;

    public Callees(ServiceDirectory services) {
        this.services = services;
    }

    public ServiceDirectory directory() {
        return services;
    }

    public com.necpgame.character.client.ApiClient character() {
        var client = new com.necpgame.character.client.ApiClient();
        client.setHttpClientBuilder(Remote.httpClient());
        client.updateBaseUri(services.url("character"));
        client.setReadTimeout(Remote.READ_TIMEOUT);
        client.setRequestInterceptor(services.tokens().authorization());
        return client;
    }

    public com.necpgame.world.client.ApiClient world() {
        var client = new com.necpgame.world.client.ApiClient();
        client.setHttpClientBuilder(Remote.httpClient());
        client.updateBaseUri(services.url("world"));
        client.setReadTimeout(Remote.READ_TIMEOUT);
        client.setRequestInterceptor(services.tokens().authorization());
        return client;
    }

    public com.necpgame.economy.client.ApiClient economy() {
        var client = new com.necpgame.economy.client.ApiClient();
        client.setHttpClientBuilder(Remote.httpClient());
        client.updateBaseUri(services.url("economy"));
        client.setReadTimeout(Remote.READ_TIMEOUT);
        client.setRequestInterceptor(services.tokens().authorization());
        return client;
    }

    public com.necpgame.auth.client.ApiClient auth() {
        var client = new com.necpgame.auth.client.ApiClient();
        client.setHttpClientBuilder(Remote.httpClient());
        client.updateBaseUri(services.url("auth"));
        client.setReadTimeout(Remote.READ_TIMEOUT);
        client.setRequestInterceptor(services.tokens().authorization());
        return client;
    }

    public com.necpgame.social.client.ApiClient social() {
        var client = new com.necpgame.social.client.ApiClient();
        client.setHttpClientBuilder(Remote.httpClient());
        client.updateBaseUri(services.url("social"));
        client.setReadTimeout(Remote.READ_TIMEOUT);
        client.setRequestInterceptor(services.tokens().authorization());
        return client;
    }
}
