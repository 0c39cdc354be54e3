package com.necpgame.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The gateway routes by the specs' base paths, passes method, path, query, headers, status and body through
 * unchanged, adds a request id, and answers problem+json for unknown paths (404) and services that are down (503).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private WebServer characterStandIn;
    private WebServer gateway;
    private int deadPort;

    @BeforeAll
    void start() throws Exception {
        characterStandIn = WebServer.builder().host("localhost").port(0).routing(r -> r
                .any("/api/v1/characters/echo", (req, res) -> {
                    Map<String, Object> echo = new java.util.TreeMap<>();
                    echo.put("method", req.prologue().method().text());
                    echo.put("path", req.path().rawPath());
                    echo.put("query", req.query().rawValue());
                    echo.put("authorization", req.headers().first(io.helidon.http.HeaderNames.AUTHORIZATION).orElse(""));
                    echo.put("custom", req.headers().first(io.helidon.http.HeaderNames.create("X-Custom")).orElse(""));
                    echo.put("requestId", req.headers().first(io.helidon.http.HeaderNames.create("X-Request-Id")).orElse(""));
                    echo.put("body", req.content().hasEntity() ? req.content().as(String.class) : "");
                    res.status(201).header("X-Upstream", "character").header("Content-Type", "application/json")
                            .send(JSON.writeValueAsString(echo));
                })
                .get("/docs", (req, res) -> res.header("Content-Type", "text/html").send("<html>character reference</html>"))
                .get("/api/v1/characters/refused", (req, res) -> res.status(422)
                        .header("Content-Type", "application/problem+json")
                        .send("{\"type\":\"https://necpgame.dev/problems/character-limit-reached\",\"status\":422,"
                                + "\"code\":\"CHARACTER_LIMIT_REACHED\"}")))
                .build().start();
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort(); // closed again: nothing listens there
        }
        Config config = Config.builder().sources(ConfigSources.create(Map.of(
                        "server.port", "0", "server.host", "localhost",
                        "gateway.specs.0", "character", "gateway.specs.1", "auth",
                        "gateway.upstreams.characters", "http://localhost:" + characterStandIn.port(),
                        "gateway.upstreams.auth", "http://localhost:" + deadPort)))
                .disableEnvironmentVariablesSource().disableSystemPropertiesSource().build();
        gateway = GatewayServer.start(config);
    }

    @AfterAll
    void stop() {
        gateway.stop();
        characterStandIn.stop();
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + gateway.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void forwardsEverythingToTheServiceOfTheBasePathAndBackUnchanged() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/v1/characters/echo?page=2&limit=5", "{\"name\":\"Vex\"}",
                Map.of("Authorization", "Bearer abc.def.ghi", "X-Custom", "neon", "Content-Type", "application/json"));
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.headers().firstValue("X-Upstream")).hasValue("character");
        JsonNode echo = JSON.readTree(answer.body());
        assertThat(echo.get("method").asText()).isEqualTo("POST");
        assertThat(echo.get("path").asText()).isEqualTo("/api/v1/characters/echo");
        assertThat(echo.get("query").asText()).isEqualTo("page=2&limit=5");
        assertThat(echo.get("authorization").asText()).isEqualTo("Bearer abc.def.ghi");
        assertThat(echo.get("custom").asText()).isEqualTo("neon");
        assertThat(echo.get("body").asText()).isEqualTo("{\"name\":\"Vex\"}");
        // A request id is added, sent upstream and echoed to the caller.
        assertThat(echo.get("requestId").asText()).isNotBlank();
        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue(echo.get("requestId").asText());
    }

    @Test
    void keepsTheCallersRequestIdAndPassesProblemsThrough() throws Exception {
        HttpResponse<String> echoed = send("GET", "/api/v1/characters/echo", null, Map.of("X-Request-Id", "trace-42"));
        assertThat(JSON.readTree(echoed.body()).get("requestId").asText()).isEqualTo("trace-42");

        HttpResponse<String> refused = send("GET", "/api/v1/characters/refused", null, Map.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("CHARACTER_LIMIT_REACHED");
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNamingIt() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/v1/auth/login", "{}", Map.of("Content-Type", "application/json"));
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(answer.body()).get("detail").asText()).contains("auth-service");
    }

    @Test
    void aPathNoServiceServesIsA404Problem() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/v1/nowhere/x", null, Map.of());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theDocsIndexLinksEveryServicesReferenceServedThroughTheGateway() throws Exception {
        HttpResponse<String> index = send("GET", "/docs", null, Map.of());
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(index.body()).contains("href=\"/docs/characters\"").contains("href=\"/docs/auth\"");
        assertThat(send("GET", "/docs/characters", null, Map.of()).body()).isEqualTo("<html>character reference</html>");
        assertThat(send("GET", "/docs/nothing", null, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theIndexListsTheServicesFromTheSpecs() throws Exception {
        JsonNode index = JSON.readTree(send("GET", "/", null, Map.of()).body());
        assertThat(index.get("services").findValuesAsText("service")).containsExactlyInAnyOrder("character-service",
                "auth-service");
        assertThat(index.get("services").findValuesAsText("api")).contains("/api/v1/characters", "/api/v1/auth");
    }
}
