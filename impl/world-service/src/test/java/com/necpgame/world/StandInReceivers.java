package com.necpgame.world;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;

/**
 * Stand-ins for economy-service's receiveEconomyWorldStateChange and social-service's receiveSocialWorldStateChange
 * (being built by others right now): they record every push with its bearer token and acknowledge it, or answer
 * 503 while told to fail.
 */
final class StandInReceivers implements AutoCloseable {
    static final String ECONOMY_PATH = "/api/v1/economy/internal/world-state-changes";
    static final String SOCIAL_PATH = "/api/v1/social/internal/world-state-changes";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Push(String receiver, JsonNode change, String authorization) {
    }

    final List<Push> pushes = new CopyOnWriteArrayList<>();
    /** How many of the next pushes get 503. */
    final AtomicInteger failNext = new AtomicInteger();
    private final WebServer server;

    StandInReceivers() {
        server = WebServer.builder().host("localhost").port(0)
                .routing(r -> r.post(ECONOMY_PATH, (req, res) -> receive("economy", req, res))
                        .post(SOCIAL_PATH, (req, res) -> receive("social", req, res)))
                .build().start();
    }

    private void receive(String receiver, io.helidon.webserver.http.ServerRequest req,
                         io.helidon.webserver.http.ServerResponse res) throws Exception {
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            res.status(503).header("Content-Type", "application/problem+json").send("{\"status\":503}");
            return;
        }
        JsonNode change = JSON.readTree(req.content().as(String.class));
        pushes.add(new Push(receiver, change, req.headers().first(io.helidon.http.HeaderNames.AUTHORIZATION)
                .orElse("")));
        res.header("Content-Type", "application/json").send(JSON.createObjectNode()
                .put("eventId", change.path("eventId").asText()).put("applied", true).toString());
    }

    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    List<Push> of(String receiver, String serverId, String key) {
        return pushes.stream().filter(p -> p.receiver().equals(receiver))
                .filter(p -> p.change().path("serverId").asText().equals(serverId))
                .filter(p -> p.change().path("key").asText().equals(key)).toList();
    }

    @Override
    public void close() {
        server.stop();
    }
}
