package com.necpgame.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Raw HTTP against a running service, for the requests a generated client cannot send (bad input) and for
 * looking at headers. Every reply is checked: never a 5xx, and it conforms to the service's spec (status,
 * content type, body), except for {@link #unchecked} requests to paths or methods the spec does not have.
 */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final SpecConformance spec;

    /** Requests to {@code baseUrl}, replies checked against {@code specs/<specName>.yaml}. */
    public Http(String baseUrl, String specName) {
        this.baseUrl = baseUrl;
        this.spec = SpecConformance.of(specName);
    }

    public record Reply(int status, HttpResponse<String> raw) {
        public String body() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + raw.body(), e);
            }
        }

        /** Asserts this status (the body is shown when it is another). */
        public Reply assertStatus(int expectedStatus) {
            assertThat(status).as(body()).isEqualTo(expectedStatus);
            return this;
        }

        /** Asserts an RFC 9457 problem with this status and code (any code when null), and no leaked internals. */
        public Reply assertProblem(int expectedStatus, String code) {
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

    public Reply get(String path, String bearer) {
        return send("GET", path, null, bearer, Map.of());
    }

    public Reply post(String path, String body, String bearer) {
        return send("POST", path, body, bearer, Map.of());
    }

    public Reply put(String path, String body, String bearer) {
        return send("PUT", path, body, bearer, Map.of());
    }

    public Reply patch(String path, String body, String bearer) {
        return send("PATCH", path, body, bearer, Map.of());
    }

    public Reply delete(String path, String bearer) {
        return send("DELETE", path, null, bearer, Map.of());
    }

    /** Any method, body and extra headers; checked against the spec. */
    public Reply send(String method, String path, String body, String bearer, Map<String, String> headers) {
        return exchange(method, path, body, bearer, headers, true);
    }

    /** Any method and body, not checked against the spec (for paths and methods the spec does not have). */
    public Reply unchecked(String method, String path, String body, String bearer) {
        return exchange(method, path, body, bearer, Map.of(), false);
    }

    private Reply exchange(String method, String path, String body, String bearer, Map<String, String> headers,
                           boolean checkSpec) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), response);
            assertThat(reply.status()).as("never a 5xx: " + reply.body()).isLessThan(500);
            if (checkSpec) {
                spec.assertConforms(method, path, reply.status(),
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

    /**
     * The value of the first sample of metric {@code name} at {@code /observe/metrics} whose labels contain each of
     * {@code labels} (written as in the Prometheus text, e.g. {@code outcome="SOLD"}); fails when there is none.
     */
    public double metric(String name, String... labels) {
        String text = unchecked("GET", "/observe/metrics", null, null).body();
        return text.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no sample of " + name + " " + String.join(",", labels)
                        + " at /observe/metrics"));
    }
}
