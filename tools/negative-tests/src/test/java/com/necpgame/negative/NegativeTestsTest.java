package com.necpgame.negative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.necpgame.platform.ServiceDefinition;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * For every operation of every spec, against the real services: no, expired or forged tokens get 401 on every
 * protected operation, and a request broken in one way ({@link BadRequests}) gets 400 problem+json, with a valid
 * token of the kind the operation takes. Never a 5xx, never a 2xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NegativeTestsTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Backend backend;

    @BeforeAll
    void start() {
        backend = new Backend();
    }

    @AfterAll
    void stop() {
        backend.close();
    }

    @TestFactory
    Stream<DynamicNode> everyOperationOfEverySpecRefusesBrokenRequests() {
        return Backend.DEFINITIONS.stream().map(definition -> {
            String schema = definition.schema();
            OpenAPI spec = spec(definition);
            List<DynamicNode> operations = new ArrayList<>();
            spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operations.add(DynamicContainer.dynamicContainer(operation.getOperationId(),
                            cases(schema, spec, method.name(), path, operation,
                                    new BadRequests(method.name(), path, operation, item.getParameters()))))));
            return DynamicContainer.dynamicContainer(schema + "-service", operations);
        });
    }

    private Stream<DynamicTest> cases(String schema, OpenAPI spec, String method, String path, Operation operation,
                                      BadRequests bad) {
        List<DynamicTest> tests = new ArrayList<>();
        boolean authenticated = authenticated(spec, operation);
        List<BadRequests.Case> broken = bad.cases();
        if (authenticated) {
            BadRequests.Case any = broken.isEmpty() ? null : broken.getFirst();
            String target = any == null ? concrete(path) : any.path();
            for (String[] token : List.of(new String[] {"no token", null},
                    new String[] {"an expired token", backend.issuer.expiredPlayer(UUID.randomUUID())},
                    new String[] {"a forged token", backend.issuer.forgedPlayer(UUID.randomUUID())})) {
                tests.add(DynamicTest.dynamicTest(token[0] + " -> 401", () -> expect(schema, method, target,
                        token[1], java.util.Map.of(), any == null ? null : any.body(), 401)));
            }
        }
        BadRequests.Case control = bad.valid();
        tests.add(DynamicTest.dynamicTest("the unbroken request passes validation", () -> {
            HttpResponse<String> answer = send(schema, method, control.path(),
                    authenticated ? token(schema, operation) : null, control.headers(), control.body());
            assertThat(answer.statusCode()).as("%s %s -> %s", method, control.path(), answer.body())
                    .isNotEqualTo(400).isLessThan(500);
        }));
        for (BadRequests.Case broke : broken) {
            tests.add(DynamicTest.dynamicTest(broke.broken() + " -> 400", () -> expect(schema, method, broke.path(),
                    authenticated ? token(schema, operation) : null, broke.headers(), broke.body(), 400)));
        }
        return tests.stream();
    }

    private void expect(String schema, String method, String path, String token, java.util.Map<String, String> headers,
                        String body, int status) throws Exception {
        HttpResponse<String> answer = send(schema, method, path, token, headers, body);
        assertThat(answer.statusCode()).as("%s %s -> %s", method, path, answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private HttpResponse<String> send(String schema, String method, String path, String token,
                                      java.util.Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend.baseUrl(schema) + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A valid token of the kind the operation takes: its first caller's, the console's, or a player's. */
    private String token(String schema, Operation operation) throws Exception {
        var extensions = operation.getExtensions() == null ? java.util.Map.<String, Object>of() : operation.getExtensions();
        if (Boolean.TRUE.equals(extensions.get("x-necp-operator"))) {
            return backend.service(schema, "ops-console");
        }
        if (Boolean.TRUE.equals(extensions.get("x-necp-internal"))) {
            Object callers = extensions.get("x-callers");
            return backend.service(schema, String.valueOf(((List<?>) callers).getFirst()));
        }
        return backend.player(schema);
    }

    private static boolean authenticated(OpenAPI spec, Operation operation) {
        var security = operation.getSecurity() != null ? operation.getSecurity() : spec.getSecurity();
        return security != null && !security.isEmpty() && security.stream().noneMatch(java.util.Map::isEmpty);
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static OpenAPI spec(ServiceDefinition definition) {
        try (InputStream in = NegativeTestsTest.class.getClassLoader()
                .getResourceAsStream(definition.specResource())) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            return new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null,
                    options).getOpenAPI();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
