package com.necpgame.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Raw HTTP against the running service, for the requests the generated client cannot send (bad input) and for
 * looking at headers. Every reply is checked against the spec, except to paths the spec does not have.
 */
final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Reply(int status, HttpResponse<String> raw) {
        String body() {
            return raw.body();
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + raw.body(), e);
            }
        }

        /** Asserts an RFC 9457 problem with this status and code, and no leaked internals. */
        Reply assertProblem(int expectedStatus, String code) {
            assertThat(status).as(body()).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json().path("status").asInt()).isEqualTo(expectedStatus);
            if (code != null) {
                assertThat(json().path("code").asText()).as(body()).isEqualTo(code);
            }
            assertThat(body()).doesNotContain("Exception").doesNotContain("\tat ");
            return this;
        }
    }

    Reply get(String path, String bearer) {
        return send("GET", path, null, bearer, true);
    }

    Reply post(String path, String body, String bearer) {
        return send("POST", path, body, bearer, true);
    }

    Reply put(String path, String body, String bearer) {
        return send("PUT", path, body, bearer, true);
    }

    /** Any method and body, not checked against the spec (for paths and methods the spec does not have). */
    Reply unchecked(String method, String path, String body, String bearer) {
        return send(method, path, body, bearer, false);
    }

    private Reply send(String method, String path, String body, String bearer, boolean checkSpec) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), response);
            assertThat(reply.status()).as("never a 5xx: " + reply.body()).isLessThan(500);
            if (checkSpec) {
                SpecConformance.assertConforms(method, path, reply.status(),
                        reply.header("Content-Type").orElse(null), reply.body());
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
