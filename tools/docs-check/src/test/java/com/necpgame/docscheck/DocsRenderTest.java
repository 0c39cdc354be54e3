package com.necpgame.docscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Serves the six rendered API references (docs.html of each generated server jar, what the services serve at
 * {@code /docs}) over HTTP, loads each in a real headless Chromium (render-docs.js) and checks that the page
 * rendered without a script error and lists every operationId of its spec. Without Chromium the set-up fails
 * (prepare-browser installs Debian's package when it can); it never skips.
 */
class DocsRenderTest {
    private static final List<String> SPECS = List.of("auth", "character", "gameplay", "social", "economy", "world");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Path DIR = Path.of(System.getProperty("docs-check.dir", "."));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpServer server;
    private static final Map<String, JsonNode> RENDERED = new HashMap<>();

    @BeforeAll
    static void renderEveryReference() throws Exception {
        String chromium = run(List.of("bash", DIR.resolve("prepare-browser").toString()), 900,
                "the docs check needs a Chromium (Debian's chromium package) and playwright-core").trim();

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String spec : SPECS) {
            byte[] page = resource(spec, "docs.html");
            server.createContext("/" + spec + "/docs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
        }
        server.start();

        List<String> command = new ArrayList<>(List.of("node", DIR.resolve("render-docs.js").toString(), chromium));
        SPECS.forEach(spec -> command.add(url(spec)));
        for (String line : run(command, 300, "rendering the API references failed").lines().toList()) {
            JsonNode page = JSON.readTree(line);
            RENDERED.put(page.path("url").asText(), page);
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth", "character", "gameplay", "social", "economy", "world"})
    void referenceRendersAndListsEveryOperation(String spec) throws IOException {
        JsonNode openapi = new YAMLMapper().readTree(resource(spec, "openapi.yaml"));
        JsonNode page = RENDERED.get(url(spec));
        assertThat(page).as("%s was rendered", url(spec)).isNotNull();

        assertThat(page.path("errors")).as("errors of %s (console: %s)", url(spec), page.path("consoleErrors")).isEmpty();
        assertThat(page.path("title").asText()).isEqualTo(openapi.path("info").path("title").asText());
        if (!page.path("external").isEmpty()) {
            System.out.println(spec + " reference fetched from other origins: " + page.path("external"));
        }

        // Each tag's section lists its operations as links #/<tag>/<operationId in lower case>.
        Set<String> listed = new TreeSet<>();
        page.path("links").forEach(link -> listed.add(link.asText().substring(link.asText().lastIndexOf('/') + 1)));
        Set<String> operationIds = operationIds(openapi);
        assertThat(operationIds).as("operations of %s", spec).isNotEmpty();
        assertThat(operationIds).allSatisfy(operationId -> assertThat(listed)
                .as("operation %s in the rendered %s reference (links: %s)", operationId, spec, page.path("links"))
                .contains(operationId.toLowerCase(Locale.ROOT)));
    }

    private static Set<String> operationIds(JsonNode openapi) {
        Set<String> ids = new TreeSet<>();
        openapi.path("paths").forEach(pathItem -> pathItem.properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                ids.add(operation.getValue().path("operationId").asText());
            }
        }));
        return ids;
    }

    private static String url(String spec) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + spec + "/docs";
    }

    private static byte[] resource(String spec, String file) throws IOException {
        String name = "META-INF/openapi/" + spec + "/" + file;
        try (InputStream in = DocsRenderTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("%s on the classpath (the %s-server jar, built with its docs)", name, spec).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Runs a command; its stdout, or an assertion failure with the command's stderr. */
    private static String run(List<String> command, int timeoutSeconds, String failure) throws Exception {
        Path out = Files.createTempFile("docs-check", ".out");
        Path err = Files.createTempFile("docs-check", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(finished && process.exitValue() == 0)
                    .as("%s: %s%n%s", failure, String.join(" ", command), finished ? stderr : "timed out after " + timeoutSeconds + " s")
                    .isTrue();
            if (!stderr.isBlank()) {
                System.out.println(stderr);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
