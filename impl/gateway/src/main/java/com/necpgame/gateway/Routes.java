package com.necpgame.gateway;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.necpgame.platform.ServiceDefinition;
import com.necpgame.platform.spec.ApiSpec;
import io.helidon.config.Config;

/** The route table, read from the specs' {@code info.x-microservice} (name, port, domain, base-path). */
public final class Routes {
    private final List<Route> routes;

    Routes(List<Route> routes) {
        // The longest base path first, should one ever contain another.
        this.routes = routes.stream().sorted(Comparator.comparing((Route r) -> r.basePath().length()).reversed())
                .toList();
    }

    /** From {@code gateway.specs}; {@code gateway.upstreams.<domain>} overrides {@code http://localhost:<port>}. */
    public static Routes from(Config gateway) {
        ClassLoader loader = Routes.class.getClassLoader();
        List<Route> routes = gateway.get("specs").asList(String.class).get().stream().map(spec -> {
            ApiSpec api = ApiSpec.load(ServiceDefinition.specResource(spec), loader);
            Map<?, ?> service = (Map<?, ?>) api.model().getInfo().getExtensions().get("x-microservice");
            String domain = String.valueOf(service.get("domain"));
            URI upstream = URI.create(gateway.get("upstreams").get(domain).asString()
                    .orElse("http://localhost:" + service.get("port")));
            return new Route(String.valueOf(service.get("name")), domain, String.valueOf(service.get("base-path")),
                    upstream);
        }).toList();
        return new Routes(routes);
    }

    public Optional<Route> find(String path) {
        return routes.stream().filter(route -> route.matches(path)).findFirst();
    }

    /** The route of a service by its domain ({@code characters}) or spec name ({@code character}). */
    public Optional<Route> byDomain(String domain) {
        return routes.stream().filter(route -> route.domain().equals(domain)
                || route.service().equals(domain + "-service")).findFirst();
    }

    public List<Route> all() {
        return routes;
    }
}
