package com.necpgame.platform.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.problem.ProblemException;

/**
 * This service's own service token (scope {@code internal}, {@code sub} = its client id), from auth-service's
 * {@code issueServiceToken} with the client credentials operations provisioned. Cached and renewed a minute
 * before it expires; one renewal at a time. Used as the bearer of every call to another service
 * ({@link #authorization()} is a request interceptor for the generated Java clients).
 */
public final class ServiceTokens {
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final URI endpoint;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String token;
    private Instant renewAt = Instant.MIN;

    /**
     * @param authUrl      auth-service's base URL, e.g. {@code http://localhost:8081}
     * @param clientId     this service's client id at auth (its name)
     * @param clientSecret its secret; empty means the service has none and calls fail with 503
     */
    public ServiceTokens(String authUrl, String clientId, String clientSecret, Clock clock, ObjectMapper json) {
        this.endpoint = URI.create(authUrl.replaceAll("/+$", "") + "/api/v1/auth/service-tokens");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
        this.json = json;
    }

    public String clientId() {
        return clientId;
    }

    /** A valid service token; 503 when auth cannot issue one. */
    public synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** Adds {@code Authorization: Bearer <service token>} to a request (the generated clients' interceptor). */
    public Consumer<HttpRequest.Builder> authorization() {
        return request -> request.header("Authorization", "Bearer " + token());
    }

    /** Forgets the cached token (after a callee answered 401 to it, e.g. once auth rotated its keys). */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw ProblemException.unavailable("This service has no client secret for auth (services.client.secret), "
                    + "so it cannot call other services.");
        }
        String body = json.createObjectNode().put("clientId", clientId).put("clientSecret", clientSecret).toString();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw ProblemException.unavailable("auth-service refused a service token for " + clientId
                        + " (HTTP " + response.statusCode() + ").");
            }
            JsonNode tokenPair = json.readTree(response.body());
            token = tokenPair.path("accessToken").asText();
            renewAt = clock.instant().plusSeconds(tokenPair.path("expiresIn").asLong(60)).minus(RENEW_BEFORE);
        } catch (IOException e) {
            throw ProblemException.unavailable("auth-service does not answer, so no service token for " + clientId + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted while fetching a service token.");
        }
    }
}
