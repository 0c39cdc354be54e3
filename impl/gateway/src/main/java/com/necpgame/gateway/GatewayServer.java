package com.necpgame.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.Json;
import com.necpgame.platform.http.ObservingFilter;
import com.necpgame.platform.problem.ProblemDirectHandler;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.platform.problem.ProblemResponder;
import io.helidon.config.Config;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

/**
 * The gateway's web server: {@code /api/v1/**} forwarded by {@link ProxyHandler}, {@code GET /} an index of the
 * services, {@code /observe/health} and {@code /observe/metrics} of its own. Request ids, metrics and problem
 * answers come from the platform, as in every service.
 */
public final class GatewayServer {
    private GatewayServer() {
    }

    public static WebServer start(Config config) {
        ObjectMapper json = Json.mapper();
        ProblemResponder problems = new ProblemResponder(json);
        Routes routes = Routes.from(config.get("gateway"));
        ProxyHandler proxy = new ProxyHandler(routes,
                config.get("gateway.timeout").as(Duration.class).orElse(Duration.ofSeconds(30)));
        return WebServer.builder()
                .config(config.get("server"))
                .shutdownHook(true)
                .directHandlers(handlers -> {
                    ProblemDirectHandler direct = new ProblemDirectHandler(problems);
                    for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
                        handlers.addHandler(type, direct);
                    }
                })
                .mediaContext(MediaContext.builder().addMediaSupport(JacksonSupport.create(json)).build())
                .addFeature(ObserveFeature.builder()
                        .addObserver(HealthObserver.builder().details(true).build())
                        .addObserver(MetricsObserver.create())
                        .build())
                .routing(routing -> routing
                        .addFilter(new ObservingFilter("gateway", problems, Metrics.globalRegistry()))
                        .error(Throwable.class, problems)
                        .get("/", (req, res) -> res.send(index(routes)))
                        .get("/docs", (req, res) -> res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8")
                                .send(docsIndex(routes)))
                        .get("/docs/{domain}", (req, res) -> proxy.forward(req, res, routes.byDomain(
                                req.path().pathParameters().get("domain")).orElseThrow(
                                        () -> ProblemException.notFound("No service has this domain.")), "/docs"))
                        .any("/api/v1/*", proxy))
                .build()
                .start();
    }

    /** An HTML page linking the rendered API reference of every service, each served through the gateway. */
    private static String docsIndex(Routes routes) {
        StringBuilder items = new StringBuilder();
        for (Route route : routes.all()) {
            items.append("<li><a href=\"/docs/").append(route.domain()).append("\">").append(route.service())
                    .append("</a> <code>").append(route.basePath()).append("</code></li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>NECP API reference</title></head>
                <body><h1>NECP API reference</h1><p>Every service's API, rendered from its spec.</p>
                <ul>
                %s</ul></body></html>
                """.formatted(items);
    }

    private static Map<String, Object> index(Routes routes) {
        List<Map<String, String>> services = routes.all().stream().map(route -> Map.of(
                "service", route.service(),
                "api", route.basePath(),
                "upstream", route.upstream().toString(),
                "spec", route.upstream().resolve("/openapi").toString(),
                "docs", "/docs/" + route.domain(),
                "health", route.upstream().resolve("/observe/health").toString())).toList();
        return Map.of("gateway", "NECP", "services", services);
    }
}
