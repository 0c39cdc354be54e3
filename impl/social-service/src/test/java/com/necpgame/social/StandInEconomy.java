package com.necpgame.social;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;

/**
 * economy-service's grantReward as its spec describes it, for social-service's tests (economy-service is being
 * built elsewhere): it records every request, mints a rewardId once (a repeat with the same key is a replay; a new
 * key for a granted rewardId gets 409 REWARD_ALREADY_GRANTED), and can be told to fail with 503.
 */
final class StandInEconomy implements AutoCloseable {
    static final String PATH = "/api/v1/economy/internal/rewards";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    record Received(String idempotencyKey, String authorization, JsonNode body) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> keyOfReward = new ConcurrentHashMap<>();
    private volatile boolean down;
    private final WebServer server;

    StandInEconomy() {
        server = WebServer.builder().host("localhost").port(0)
                .routing(r -> r.post(PATH, (req, res) -> {
                    String key = req.headers().first(io.helidon.http.HeaderNames.create("Idempotency-Key")).orElse("");
                    String auth = req.headers().first(io.helidon.http.HeaderNames.AUTHORIZATION).orElse("");
                    JsonNode body = JSON.readTree(req.content().as(String.class));
                    received.add(new Received(key, auth, body));
                    if (down) {
                        res.status(503).header("Content-Type", "application/problem+json")
                                .send("{\"status\":503,\"code\":\"UNAVAILABLE\"}");
                        return;
                    }
                    String rewardId = body.path("rewardId").asText();
                    String firstKey = keyOfReward.putIfAbsent(rewardId, key);
                    if (firstKey != null && !firstKey.equals(key)) {
                        res.status(409).header("Content-Type", "application/problem+json")
                                .send("{\"status\":409,\"code\":\"REWARD_ALREADY_GRANTED\"}");
                        return;
                    }
                    var grant = JSON.createObjectNode()
                            .put("rewardGrantId", UUID.randomUUID().toString())
                            .put("rewardId", rewardId)
                            .put("characterId", body.path("characterId").asText())
                            .put("source", body.path("source").asText())
                            .put("sourceRef", body.path("sourceRef").asText())
                            .put("grantedAt", "2026-11-27T12:00:00Z");
                    grant.set("amounts", body.path("amounts"));
                    res.status(201).header("Content-Type", "application/json")
                            .header("Idempotency-Replayed", String.valueOf(firstKey != null))
                            .send(grant.toString());
                }))
                .build().start();
    }

    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    void down(boolean down) {
        this.down = down;
    }

    /** The rewards minted (each rewardId once). */
    Map<String, String> minted() {
        return Map.copyOf(keyOfReward);
    }

    List<Received> requestsFor(UUID rewardId) {
        return received.stream().filter(r -> r.body().path("rewardId").asText().equals(rewardId.toString())).toList();
    }

    @Override
    public void close() {
        server.stop();
    }
}
