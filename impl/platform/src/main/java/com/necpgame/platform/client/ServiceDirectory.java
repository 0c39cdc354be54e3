package com.necpgame.platform.client;

import java.util.Optional;

import io.helidon.config.Config;

/**
 * Where the services this one calls are, and the token to call them with: {@code services.<domain>.url} (e.g.
 * {@code services.character.url: http://localhost:8082}, or {@code SERVICES_CHARACTER_URL}) and
 * {@code services.client.id} / {@code services.client.secret} (default id: the service's own name; the secret is
 * provisioned by operations, never committed). A service lists the services it calls in its application.yaml.
 */
public final class ServiceDirectory {
    private final Config services;
    private final ServiceTokens tokens;

    public ServiceDirectory(Config services, ServiceTokens tokens) {
        this.services = services;
        this.tokens = tokens;
    }

    /** The base URL of the service of {@code domain} (auth, character, ...); fails when it is not configured. */
    public String url(String domain) {
        return find(domain).orElseThrow(() -> new IllegalStateException(
                "services." + domain + ".url is not configured: where is " + domain + "-service?"));
    }

    public Optional<String> find(String domain) {
        return services.get(domain).get("url").asString().filter(url -> !url.isBlank())
                .map(url -> url.replaceAll("/+$", ""));
    }

    /** This service's own service token, for the Authorization header of every call. */
    public ServiceTokens tokens() {
        return tokens;
    }
}
