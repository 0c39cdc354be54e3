package com.necpgame.negative;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.auth.AuthServiceDefinition;
import com.necpgame.auth.serviceclient.ServiceClients;
import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.economy.EconomyServiceDefinition;
import com.necpgame.gameplay.GameplayServiceDefinition;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceDefinition;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.MutableClock;
import com.necpgame.platform.testing.TestTokenIssuer;
import com.necpgame.social.SocialServiceDefinition;
import com.necpgame.world.WorldServiceDefinition;

/**
 * The six real services in one JVM, each on its own database of the embedded PostgreSQL and its own
 * application.yaml, with the tokens to call them: auth signs its own (a registered player, service clients made
 * up here), the others verify the stand-in issuer's.
 */
final class Backend implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT_SECRET = "negative-tests-only-secret";
    /** All six; {@code -Dnegative.services=auth,character} narrows a run to some (auth first, the others need it). */
    static final List<ServiceDefinition> DEFINITIONS = Stream.of(new AuthServiceDefinition(),
                    new CharacterServiceDefinition(), new WorldServiceDefinition(), new SocialServiceDefinition(),
                    new EconomyServiceDefinition(), new GameplayServiceDefinition())
            .filter(d -> System.getProperty("negative.services", "").isBlank()
                    || List.of(System.getProperty("negative.services").split(",")).contains(d.schema()))
            .map(ServiceDefinition.class::cast).toList();

    final MutableClock clock = MutableClock.startingNow();
    final TestTokenIssuer issuer = new TestTokenIssuer(clock);
    final Map<String, RunningService> services = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private String authPlayer;

    Backend() {
        for (ServiceDefinition definition : DEFINITIONS) {
            services.put(definition.schema(), ServiceRuntime.start(definition,
                    ServiceConfig.forTests(definition, config(definition.schema())), clock));
        }
    }

    /** Tokens verify against the stand-in issuer; calls to other services go to the ones started before. */
    private String config(String schema) {
        StringBuilder yaml = new StringBuilder("security:\n  jwks-url: " + issuer.baseUrl() + TestTokenIssuer.JWKS_PATH
                + "\nservices:\n  auth:\n    url: " + issuer.baseUrl() + "\n  client:\n    secret: "
                + TestTokenIssuer.SERVICE_SECRET + "\n");
        services.forEach((name, service) -> {
            if (!name.equals("auth")) {
                yaml.append("  ").append(name).append(":\n    url: ").append(service.baseUrl()).append('\n');
            }
        });
        if (schema.equals("auth")) {
            yaml.append("auth:\n  service-clients:\n");
            for (String client : List.of("gameplay-service", "world-service", "social-service", "economy-service",
                    "ops-console")) {
                yaml.append("    - id: ").append(client).append("\n      secret-sha256: ")
                        .append(HexFormat.of().formatHex(ServiceClients.sha256(CLIENT_SECRET))).append('\n');
            }
        }
        return yaml.toString();
    }

    String baseUrl(String schema) {
        return services.get(schema).baseUrl();
    }

    /** A valid player token for {@code schema}'s service. */
    String player(String schema) throws Exception {
        if (!schema.equals("auth")) {
            return issuer.player(UUID.randomUUID());
        }
        if (authPlayer == null) {
            String name = "neg" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String password = "negative-tests-" + UUID.randomUUID();
            post("auth", "/api/v1/auth/register", JSON.createObjectNode().put("email", name + "@necp.test")
                    .put("username", name).put("password", password).toString());
            authPlayer = JSON.readTree(post("auth", "/api/v1/auth/login", JSON.createObjectNode()
                    .put("login", name).put("password", password).toString())).path("accessToken").asText();
        }
        return authPlayer;
    }

    /** A valid service token whose sub is {@code client}, for {@code schema}'s service. */
    String service(String schema, String client) throws Exception {
        if (!schema.equals("auth")) {
            return issuer.service(client);
        }
        return JSON.readTree(post("auth", "/api/v1/auth/service-tokens", JSON.createObjectNode()
                .put("clientId", client).put("clientSecret", CLIENT_SECRET).toString())).path("accessToken").asText();
    }

    private String post(String schema, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl(schema) + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    @Override
    public void close() {
        List<RunningService> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(RunningService::stop);
        issuer.close();
    }
}
