package com.necpgame.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The platform over real HTTP and a real (embedded) PostgreSQL, through a small test service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceRuntimeTest {
    private static final String WIDGETS = "/api/v1/test/widgets";
    private final RSAKey key = Tokens.newKey("test-key");
    private RunningService service;
    private Http http;

    @BeforeAll
    void start() {
        service = ServiceRuntime.start(new TestService(key), TestConfig.with());
        http = new Http(service.baseUrl());
    }

    @AfterAll
    void stop() {
        service.stop();
    }

    private String bearer(String token) {
        return "Bearer " + token;
    }

    private static void assertProblem(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("type").asText()).startsWith("https://necpgame.dev/problems/");
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static String fields(Http.Reply reply) {
        StringBuilder fields = new StringBuilder();
        reply.json().path("errors").forEach(e -> fields.append(e.get("field").asText()).append(' '));
        return fields.toString();
    }

    @Test
    void aSpecOperationWithoutHandlerAnswers501AndAnUnknownPath404() {
        assertProblem(http.post(WIDGETS + "/" + java.util.UUID.randomUUID() + "/polish", ""), 501, "NOT_IMPLEMENTED");
        // bad input is still the platform's 400 before any routing
        assertProblem(http.post(WIDGETS + "/not-a-uuid/polish", ""), 400, "VALIDATION_FAILED");
        assertProblem(http.get("/api/v1/test/nothing-here"), 404, "NOT_FOUND");
    }

    @Nested
    class Validation {
        @Test
        void validBodyReachesTheHandlerIntact() {
            var reply = http.post(WIDGETS, "{\"name\":\"gizmo\",\"count\":3,\"color\":\"RED\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            assertThat(reply.json().get("name").asText()).isEqualTo("gizmo");
            assertThat(reply.json().get("count").asInt()).isEqualTo(3);
        }

        @Test
        void malformedJson() {
            var reply = http.post(WIDGETS, "{\"name\": \"gizmo\", ");
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(reply.json().get("instance").asText()).isEqualTo(WIDGETS);
            assertThat(reply.json().at("/errors/0/message").asText()).startsWith("is not valid JSON (line 1");
        }

        @Test
        void wrongTypeNamesTheField() {
            var reply = http.post(WIDGETS, "{\"name\":\"gizmo\",\"count\":\"three\"}");
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(fields(reply)).contains("/count");
        }

        @Test
        void missingRequiredFieldsAreEachListed() {
            var reply = http.post(WIDGETS, "{}");
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(fields(reply)).isEqualTo("/count /name ");
        }

        @Test
        void unknownPropertiesAreRejected() {
            // Stricter than OpenAPI's default: a misspelt optional field must not vanish silently.
            var reply = http.post(WIDGETS, "{\"name\":\"gizmo\",\"count\":3,\"colour\":\"RED\"}");
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(reply.json().at("/errors/0/message").asText()).contains("colour");
        }

        @Test
        void wrongContentType() {
            var reply = http.send("POST", WIDGETS, "{\"name\":\"gizmo\",\"count\":3}", "Content-Type", "text/plain");
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(fields(reply)).contains("header.Content-Type");
        }

        @Test
        void bodyTooLargeToBufferIs413() {
            String padding = "x".repeat(1024 * 1024);
            var reply = http.post(WIDGETS, "{\"name\":\"" + padding + "\",\"count\":3}");
            assertProblem(reply, 413, "PAYLOAD_TOO_LARGE");
        }

        @Test
        void missingBody() {
            assertProblem(http.post(WIDGETS, null), 400, "VALIDATION_FAILED");
        }

        @Test
        void lengthsPatternsFormatsBoundsAndEnums() {
            var reply = http.post(WIDGETS,
                    "{\"name\":\"X1\",\"count\":101,\"color\":\"BLUE\",\"email\":\"nope\",\"createdAt\":\"yesterday\"}");
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(fields(reply)).contains("/name", "/count", "/color", "/email", "/createdAt");
        }

        @Test
        void badUuidPathId() {
            var reply = http.get(WIDGETS + "/not-a-uuid", "Authorization", bearer(Tokens.player(key, "p1")));
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(fields(reply)).contains("path.widgetId");
        }

        @Test
        void missingAndOutOfBoundsQueryParameters() {
            String token = bearer(Tokens.player(key, "p1"));
            var missing = http.get(WIDGETS, "Authorization", token);
            assertProblem(missing, 400, "VALIDATION_FAILED");
            assertThat(fields(missing)).contains("query.q");

            var outOfBounds = http.get(WIDGETS + "?q=ab&limit=0", "Authorization", token);
            assertProblem(outOfBounds, 400, "VALIDATION_FAILED");
            assertThat(fields(outOfBounds)).contains("query.limit");

            var fine = http.get(WIDGETS + "?q=ab&limit=5", "Authorization", token);
            assertThat(fine.status()).as(fine.body()).isEqualTo(200);
            assertThat(fine.json().get("limit").asInt()).isEqualTo(5);
        }

        @Test
        void missingRequiredHeader() {
            var reply = http.post("/api/v1/test/transfers", "{\"amount\":5}",
                    "Authorization", bearer(Tokens.player(key, "p1")));
            assertProblem(reply, 400, "VALIDATION_FAILED");
            assertThat(fields(reply)).contains("header.Idempotency-Key");
        }

        @Test
        void unknownPathIs404() {
            assertProblem(http.get("/api/v1/test/nothing-here"), 404, "NOT_FOUND");
            assertProblem(http.get("/nowhere"), 404, "NOT_FOUND");
        }

        @Test
        void requestHelidonRejectsBeforeRoutingIsAProblemToo() throws Exception {
            // java.net.http refuses to send a malformed percent-encoding, so this goes over a raw socket.
            try (Socket socket = new Socket("localhost", service.port())) {
                socket.getOutputStream().write(("GET /api/v1/test/widgets?x=%ZZ HTTP/1.1\r\nHost: localhost\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(reply).startsWith("HTTP/1.1 400");
                assertThat(reply).containsIgnoringCase("content-type: application/problem+json");
                assertThat(reply).contains("\"code\":\"BAD_REQUEST\"").doesNotContain("%ZZ");
            }
        }

        @Test
        void wrongMethodIs405WithAllow() {
            var reply = http.send("DELETE", WIDGETS, null);
            assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
            assertThat(reply.header("Allow")).contains("GET").contains("POST");
        }
    }

    @Nested
    class Errors {
        @Test
        void problemExceptionKeepsItsShapeAndRetryAfter() {
            var reply = http.post("/api/v1/test/failures/problem", null);
            assertProblem(reply, 423, "ACCOUNT_LOCKED");
            assertThat(reply.json().get("detail").asText()).isEqualTo("Locked for a while.");
            assertThat(reply.header("Retry-After")).isEqualTo("90");
        }

        @Test
        void unexpectedExceptionIs500WithoutDetailsButWithRequestId() {
            var reply = http.post("/api/v1/test/failures/crash", null, "X-Request-Id", "req-crash-1");
            assertProblem(reply, 500, "INTERNAL");
            assertThat(reply.body()).doesNotContain("secret internal detail").doesNotContain("IllegalState");
            assertThat(reply.json().get("detail").asText()).contains("req-crash-1");
            assertThat(reply.header("X-Request-Id")).isEqualTo("req-crash-1");
        }

        @Test
        void illegalArgumentFromAStubIs400() {
            assertProblem(http.post("/api/v1/test/failures/bad-argument", null), 400, "BAD_REQUEST");
        }

        @Test
        void requestIdIsGeneratedWhenAbsent() {
            var reply = http.post(WIDGETS, "{\"name\":\"gizmo\",\"count\":3}");
            assertThat(reply.header("X-Request-Id")).isNotBlank();
        }
    }

    @Nested
    class Authentication {
        private static final String WIDGET = WIDGETS + "/" + "5b0c2f36-1d7e-4d5c-9d7a-0f3c6a1e2b44";

        @Test
        void missingTokenIs401BeforeValidation() {
            // Even a request that would fail validation learns nothing but "authenticate first".
            var reply = http.get(WIDGETS + "/not-a-uuid");
            assertProblem(reply, 401, "UNAUTHORIZED");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }

        @Test
        void expiredTokenIs401() {
            assertProblem(http.get(WIDGET, "Authorization", bearer(Tokens.expired(key, "p1"))), 401, "UNAUTHORIZED");
        }

        @Test
        void tokenSignedByAnotherKeyIs401() {
            RSAKey stranger = Tokens.newKey("test-key"); // same kid, different key
            assertProblem(http.get(WIDGET, "Authorization", bearer(Tokens.player(stranger, "p1"))), 401, "UNAUTHORIZED");
        }

        @Test
        void wrongIssuerAndGarbageAre401() {
            assertProblem(http.get(WIDGET, "Authorization", bearer(Tokens.withIssuer(key, "p1", "evil"))),
                    401, "UNAUTHORIZED");
            assertProblem(http.get(WIDGET, "Authorization", "Bearer not.a.jwt"), 401, "UNAUTHORIZED");
            assertProblem(http.get(WIDGET, "Authorization", "Basic dXNlcjpwYXNz"), 401, "UNAUTHORIZED");
        }

        @Test
        void tokenWithoutABearerScopeIs401() {
            assertProblem(http.get(WIDGET, "Authorization", bearer(Tokens.withScope(key, "p1", "quantum-sync"))),
                    401, "UNAUTHORIZED");
        }

        @Test
        void validTokenReachesTheHandlerWithItsCaller() {
            var reply = http.get(WIDGET, "Authorization", bearer(Tokens.player(key, "account-7")));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().get("subject").asText()).isEqualTo("account-7");
            assertThat(reply.json().get("sessionId").asText()).isEqualTo("session-1");
            assertThat(reply.json().get("service").asBoolean()).isFalse();
        }

        @Test
        void literalPathWinsOverPathParameter() {
            var reply = http.get(WIDGETS + "/me", "Authorization", bearer(Tokens.player(key, "account-8")));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().get("owner").asText()).isEqualTo("account-8");
        }

        @Test
        void internalOperationRefusesPlayerTokens() {
            String path = "/api/v1/test/internal/ping";
            assertProblem(http.post(path, null, "Authorization", bearer(Tokens.player(key, "p1"))), 403, "FORBIDDEN");
            assertThat(http.post(path, null, "Authorization", bearer(Tokens.service(key, "gameplay-service"))).status())
                    .isEqualTo(204);
        }

        @Test
        void internalOperationAdmitsOnlyItsCallers() {
            String path = "/api/v1/test/internal/ping";
            assertProblem(http.post(path, null, "Authorization", bearer(Tokens.service(key, "social-service"))),
                    403, "CALLER_NOT_ALLOWED");
            // The operations console holds a service token too, but is no caller of internal operations.
            assertProblem(http.post(path, null, "Authorization", bearer(Tokens.service(key, "ops-console"))),
                    403, "CALLER_NOT_ALLOWED");
        }
    }

    @Nested
    class Operators {
        private static final String CLOSE = "/api/v1/test/seasons/close";

        @Test
        void onlyTheOperationsConsoleMayCallOperatorOperations() {
            assertThat(http.post(CLOSE, null, "Authorization", bearer(Tokens.service(key, "ops-console"))).status())
                    .isEqualTo(204);
            assertProblem(http.post(CLOSE, null, "Authorization", bearer(Tokens.service(key, "gameplay-service"))),
                    403, "OPERATOR_ONLY");
            assertProblem(http.post(CLOSE, null, "Authorization", bearer(Tokens.player(key, "ops-console"))),
                    403, "OPERATOR_ONLY");
            assertProblem(http.post(CLOSE, null), 401, "UNAUTHORIZED");
        }
    }

    @Nested
    class Idempotency {
        private static final String TRANSFERS = "/api/v1/test/transfers";

        private long transfers() {
            return service.context().db().execute().namedGet("count-transfers").orElseThrow()
                    .column("n").getLong();
        }

        @Test
        void repeatReplaysTheFirstResultAndChangesNothing() {
            String token = bearer(Tokens.player(key, "payer-1"));
            String idempotencyKey = "key-" + UUID.randomUUID();
            long before = transfers();
            var first = http.post(TRANSFERS, "{\"amount\":40}", "Authorization", token, "Idempotency-Key", idempotencyKey);
            var second = http.post(TRANSFERS, "{\"amount\":40}", "Authorization", token, "Idempotency-Key", idempotencyKey);
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            assertThat(first.header("Idempotency-Replayed")).isEqualTo("false");
            assertThat(second.status()).isEqualTo(201);
            assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(transfers()).isEqualTo(before + 1);
        }

        @Test
        void sameKeyWithAnotherBodyIs422() {
            String token = bearer(Tokens.player(key, "payer-2"));
            String idempotencyKey = "key-" + UUID.randomUUID();
            http.post(TRANSFERS, "{\"amount\":40}", "Authorization", token, "Idempotency-Key", idempotencyKey);
            var reuse = http.post(TRANSFERS, "{\"amount\":41}", "Authorization", token, "Idempotency-Key", idempotencyKey);
            assertProblem(reuse, 422, "IDEMPOTENCY_KEY_REUSED");
        }

        @Test
        void keysAreScopedPerCaller() {
            String idempotencyKey = "key-" + UUID.randomUUID();
            var a = http.post(TRANSFERS, "{\"amount\":1}", "Authorization", bearer(Tokens.player(key, "payer-3")),
                    "Idempotency-Key", idempotencyKey);
            var b = http.post(TRANSFERS, "{\"amount\":1}", "Authorization", bearer(Tokens.player(key, "payer-4")),
                    "Idempotency-Key", idempotencyKey);
            assertThat(a.header("Idempotency-Replayed")).isEqualTo("false");
            assertThat(b.header("Idempotency-Replayed")).isEqualTo("false");
            assertThat(b.body()).isNotEqualTo(a.body());
        }
    }

    @Nested
    class PlatformEndpoints {
        @Test
        void healthIncludesTheDatabase() {
            var reply = http.get("/observe/health");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().get("status").asText()).isEqualTo("UP");
            assertThat(reply.body()).contains("\"database\"");
        }

        @Test
        void theRenderedApiReferenceIsServedNextToTheSpec() {
            var reply = http.get("/docs");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(reply.body()).contains("NECP widgets API");
        }

        @Test
        void metricsCountRequestsPerOperation() {
            http.post(WIDGETS, "{\"name\":\"gizmo\",\"count\":3}");
            var reply = http.get("/observe/metrics", "Accept", "text/plain");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).contains("necp_requests_total").contains("operationId=\"createWidget\"")
                    .contains("necp_request_duration_seconds_bucket{")
                    .contains("le=\"0.25\"");
        }

        @Test
        void metricsShowTheConnectionPool() {
            String text = http.get("/observe/metrics", "Accept", "text/plain").body();
            assertThat(text.lines().filter(l -> l.startsWith("necp_db_pool_connections{")))
                    .anyMatch(l -> l.contains("state=\"idle\"")).anyMatch(l -> l.contains("state=\"active\""));
            assertThat(text.lines().filter(l -> l.startsWith("necp_db_pool_connections_max{")
                    && l.contains("service=\"test-service\"")))
                    .singleElement().satisfies(l -> assertThat(l).endsWith(" 10.0"));
            assertThat(text).contains("necp_db_pool_pending_threads{");
        }

        @Test
        void openapiServesTheSpec() {
            var reply = http.get("/openapi", "Accept", "application/yaml");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).contains("createWidget");
        }

        @Test
        void migrationsRanForServiceAndPlatform() throws Exception {
            try (var connection = service.context().dataSource().getConnection();
                 var rows = connection.createStatement().executeQuery(
                         "SELECT table_name FROM information_schema.tables WHERE table_schema = 'widgets'")) {
                var tables = new java.util.ArrayList<String>();
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
                assertThat(tables).contains("transfers", "idempotency_keys", "flyway_schema_history",
                        "platform_schema_history");
            }
        }
    }

    @Test
    void twoStartsDoNotShareData() {
        try (RunningService other = ServiceRuntime.start(new TestService(key), TestConfig.with())) {
            service.context().db().execute().insert("INSERT INTO transfers (owner, amount) VALUES (?, ?)", "x", 1);
            long mine = service.context().db().execute().namedGet("count-transfers").orElseThrow().column("n").getLong();
            long theirs = other.context().db().execute().namedGet("count-transfers").orElseThrow().column("n").getLong();
            assertThat(mine).isPositive();
            assertThat(theirs).isZero();
            assertThat(other.port()).isNotEqualTo(service.port());
        }
    }
}
