package com.necpgame.gameplay;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Stand-ins for world-, economy- and social-service (being built in parallel): one server answering their internal
 * operations the way their specs say, recording every request so tests can assert what gameplay pushed. A test
 * can make an operation answer another status for a while ({@link #answer}).
 */
final class StandIns implements AutoCloseable {
    static final String CONSEQUENCES = "/api/v1/world/internal/quest-consequences/apply";
    static final String GRANTS = "/api/v1/economy/internal/gameplay-grants";
    static final String CONSUMPTIONS = "/api/v1/economy/internal/item-consumptions";
    static final String GUILD_MEMBERSHIP = "/api/v1/social/internal/characters/{characterId}/guild-membership";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    record Received(String path, String idempotencyKey, String authorization, JsonNode body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> forcedStatus = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /** characterId -> guildId of the stand-in social-service; absent = NOT_IN_GUILD. */
    final Map<String, String> guilds = new ConcurrentHashMap<>();
    /** "characterId/itemId" -> pieces the stand-in economy holds. */
    final Map<String, Integer> inventory = new ConcurrentHashMap<>();
    private final WebServer server;

    StandIns() {
        server = WebServer.builder().host("localhost").port(0)
                .routing(r -> r.post(CONSEQUENCES, (req, res) -> handle(CONSEQUENCES, req, res, 201, body ->
                                JSON.createObjectNode().put("applicationId", java.util.UUID.randomUUID().toString())
                                        .put("serverId", body.path("serverId").asText())
                                        .put("characterId", body.path("characterId").asText())
                                        .put("questId", body.path("questId").asText())
                                        .put("branchId", body.path("branchId").asText())
                                        .put("consequencesVersion", 1).set("deltas", JSON.createArrayNode())))
                        .post(GRANTS, (req, res) -> handle(GRANTS, req, res, 201, body -> body))
                        .post(CONSUMPTIONS, this::consume)
                        .get(GUILD_MEMBERSHIP, this::membership))
                .build().start();
    }

    int port() {
        return server.port();
    }

    String configYaml() {
        return """
                services:
                  world:
                    url: http://localhost:%1$d
                  economy:
                    url: http://localhost:%1$d
                  social:
                    url: http://localhost:%1$d
                """.formatted(server.port());
    }

    /** Answers {@code status} (a problem) on {@code path} until {@link #heal}. */
    void answer(String path, int status) {
        forcedStatus.put(path, status);
    }

    void heal(String path) {
        forcedStatus.remove(path);
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    int calls(String path) {
        return calls.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    private void handle(String path, ServerRequest req, ServerResponse res, int status,
                        java.util.function.Function<JsonNode, JsonNode> answer) throws Exception {
        calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        JsonNode body = JSON.readTree(req.content().as(String.class));
        Integer forced = forcedStatus.get(path);
        if (forced != null) {
            problem(res, forced, "STAND_IN_FORCED");
            return;
        }
        received.add(new Received(path, req.headers().first(io.helidon.http.HeaderNames.create("Idempotency-Key"))
                .orElse(null), req.headers().first(io.helidon.http.HeaderNames.AUTHORIZATION).orElse(null), body));
        res.status(status).header("Content-Type", "application/json").send(JSON.writeValueAsString(answer.apply(body)));
    }

    private void consume(ServerRequest req, ServerResponse res) throws Exception {
        calls.computeIfAbsent(CONSUMPTIONS, p -> new AtomicInteger()).incrementAndGet();
        JsonNode body = JSON.readTree(req.content().as(String.class));
        Integer forced = forcedStatus.get(CONSUMPTIONS);
        if (forced != null) {
            problem(res, forced, "STAND_IN_FORCED");
            return;
        }
        String key = req.headers().first(io.helidon.http.HeaderNames.create("Idempotency-Key")).orElse(null);
        boolean replay = received(CONSUMPTIONS).stream().anyMatch(r -> key != null && key.equals(r.idempotencyKey()));
        String stock = body.path("characterId").asText() + "/" + body.path("itemId").asText();
        if (!replay) {
            int held = inventory.getOrDefault(stock, 0);
            if (held < body.path("quantity").asInt(1)) {
                problem(res, 422, "ITEM_NOT_OWNED");
                return;
            }
            inventory.put(stock, held - body.path("quantity").asInt(1));
            received.add(new Received(CONSUMPTIONS, key, null, body));
        }
        var answer = JSON.createObjectNode()
                .put("itemConsumptionId", java.util.UUID.randomUUID().toString())
                .put("consumptionId", body.path("consumptionId").asText())
                .put("characterId", body.path("characterId").asText())
                .put("itemId", body.path("itemId").asText())
                .put("quantity", body.path("quantity").asInt(1))
                .put("availableAfter", inventory.getOrDefault(stock, 0))
                .put("source", body.path("source").asText())
                .put("sourceRef", body.path("sourceRef").asText())
                .put("consumedAt", java.time.Instant.now().toString());
        res.status(201).header("Idempotency-Replayed", String.valueOf(replay))
                .header("Content-Type", "application/json").send(answer.toString());
    }

    private void membership(ServerRequest req, ServerResponse res) {
        calls.computeIfAbsent(GUILD_MEMBERSHIP, p -> new AtomicInteger()).incrementAndGet();
        Integer forced = forcedStatus.get(GUILD_MEMBERSHIP);
        if (forced != null) {
            problem(res, forced, "STAND_IN_FORCED");
            return;
        }
        String characterId = req.path().pathParameters().get("characterId");
        String guild = guilds.get(characterId);
        if (guild == null) {
            problem(res, 404, "NOT_IN_GUILD");
            return;
        }
        var answer = JSON.createObjectNode().put("guildId", guild).put("characterId", characterId)
                .put("rank", "MEMBER").put("joinedAt", "2026-11-01T00:00:00Z");
        res.status(200).header("Content-Type", "application/json").send(answer.toString());
    }

    private static void problem(ServerResponse res, int status, String code) {
        res.status(status).header("Content-Type", "application/problem+json")
                .send("{\"status\":" + status + ",\"code\":\"" + code + "\",\"title\":\"stand-in\"}");
    }

    @Override
    public void close() {
        server.stop();
    }
}
