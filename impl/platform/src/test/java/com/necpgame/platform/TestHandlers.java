package com.necpgame.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.platform.security.Caller;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Hand-written stand-in for a generated stub and its subclass: reads what the platform let through. */
final class TestHandlers implements HttpService {
    private final PlatformContext ctx;

    TestHandlers(PlatformContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/api/v1/test/widgets", this::createWidget)
                .get("/api/v1/test/widgets", this::listWidgets)
                .get("/api/v1/test/widgets/me", this::myWidget)
                .get("/api/v1/test/widgets/{widgetId}", this::getWidget)
                .post("/api/v1/test/internal/ping", (req, res) -> res.status(Status.NO_CONTENT_204).send())
                .post("/api/v1/test/seasons/close", (req, res) -> res.status(Status.NO_CONTENT_204).send())
                .post("/api/v1/test/transfers", this::createTransfer)
                .post("/api/v1/test/failures/{kind}", this::fail);
    }

    private void createWidget(ServerRequest req, ServerResponse res) {
        // Reads the body the validation filter already read: proves it is re-supplied.
        JsonNode widget = req.content().as(JsonNode.class);
        res.status(Status.CREATED_201).send(widget);
    }

    private void listWidgets(ServerRequest req, ServerResponse res) {
        res.send(Map.of("q", req.query().get("q"),
                "limit", Integer.parseInt(req.query().first("limit").orElse("20"))));
    }

    private void myWidget(ServerRequest req, ServerResponse res) {
        res.send(Map.of("owner", Caller.require(req).subject()));
    }

    private void getWidget(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.require(req);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", UUID.fromString(req.path().pathParameters().get("widgetId")).toString());
        body.put("subject", caller.subject());
        body.put("sessionId", caller.sessionId().orElse(null));
        body.put("service", caller.service());
        res.send(body);
    }

    private void createTransfer(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.require(req);
        String key = req.headers().first(HeaderNames.create("Idempotency-Key")).orElseThrow();
        byte[] body = req.content().as(byte[].class);
        StoredResponse response = Transactions.inTransaction(ctx.db(), tx -> ctx.idempotency().execute(tx,
                caller.subject(), "createTransfer", key, body, () -> {
                    long amount = amount(body);
                    long id = tx.get("INSERT INTO transfers (owner, amount) VALUES (?, ?) RETURNING id",
                            caller.subject(), amount).orElseThrow().column("id").getLong();
                    return StoredResponse.of(201, "{\"id\":" + id + ",\"amount\":" + amount + "}");
                }));
        res.status(Status.create(response.status()))
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.create("Idempotency-Replayed"), String.valueOf(response.replayed()))
                .send(response.body());
    }

    private long amount(byte[] body) {
        try {
            return ctx.json().readTree(body).get("amount").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void fail(ServerRequest req, ServerResponse res) {
        switch (req.path().pathParameters().get("kind")) {
            case "problem" -> throw ProblemException.locked("ACCOUNT_LOCKED", "Locked for a while.",
                    java.time.Duration.ofSeconds(90));
            case "crash" -> throw new IllegalStateException("secret internal detail");
            default -> UUID.fromString("not-a-uuid");
        }
        res.status(Status.NO_CONTENT_204).send();
    }
}
