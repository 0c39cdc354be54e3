package com.necpgame.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;

import com.necpgame.platform.http.RequestId;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Forwards a request to the service of its base path and its answer back unchanged (status, headers, body:
 * problem+json included), adding the request id. A service that does not answer is a 503 problem naming it; one
 * that answers too late a 504.
 */
final class ProxyHandler implements Handler {
    /** Hop-by-hop headers (RFC 9110) and those java.net.http sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
            "expect", "http2-settings", "x-request-id");

    private final Routes routes;
    private final Duration timeout;
    private final HttpClient http;

    ProxyHandler(Routes routes, Duration timeout) {
        this.routes = routes;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        String path = request.path().rawPath();
        Route route = routes.find(path).orElseThrow(() -> ProblemException.notFound("No service serves this path."));
        forward(request, response, route, path);
    }

    /** Forwards {@code request} to {@code path} of {@code route}'s service. */
    void forward(ServerRequest request, ServerResponse response, Route route, String path) {
        String query = request.query().rawValue();
        URI target = route.upstream().resolve(path + (query.isEmpty() ? "" : "?" + query));
        byte[] body = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
        HttpRequest.Builder forward = HttpRequest.newBuilder(target).timeout(timeout)
                .method(request.prologue().method().text(), body.length == 0 && !request.content().hasEntity()
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        request.headers().forEach(header -> {
            if (!NOT_FORWARDED.contains(header.name().toLowerCase())) {
                header.allValues().forEach(value -> forward.header(header.name(), value));
            }
        });
        String requestId = RequestId.of(request).orElseThrow();
        forward.header(RequestId.HEADER.defaultCase(), requestId);
        HttpResponse<byte[]> answer = send(route, forward.build());
        response.status(Status.create(answer.statusCode()));
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                response.header(HeaderNames.create(name), values.toArray(String[]::new));
            }
        });
        response.send(answer.body());
    }

    private HttpResponse<byte[]> send(Route route, HttpRequest forward) {
        try {
            return http.send(forward, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ProblemException(504, "UPSTREAM_TIMEOUT", "Gateway timeout",
                    route.service() + " did not answer within " + timeout.toSeconds() + " s.");
        } catch (ConnectException e) {
            throw ProblemException.unavailable(route.service() + " is not reachable at " + route.upstream() + ".");
        } catch (IOException e) {
            throw ProblemException.unavailable(route.service() + " closed the connection: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted while waiting for " + route.service() + ".");
        }
    }
}
