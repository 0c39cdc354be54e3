package com.necpgame.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** What the specs (info.x-microservice) and each service's application.yaml say; the manifests must agree. */
final class ServiceSpecs {
    static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One service as its spec declares it. */
    record Microservice(String name, int port, String domain, String basePath) {
    }

    private ServiceSpecs() {
    }

    /** By service name (auth-service, ...). */
    static Map<String, Microservice> all() throws IOException {
        Map<String, Microservice> services = new TreeMap<>();
        try (Stream<Path> specs = Files.list(ROOT.resolve("specs"))) {
            for (Path spec : specs.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                JsonNode x = YAML.readTree(spec.toFile()).path("info").path("x-microservice");
                if (x.isMissingNode()) {
                    throw new AssertionError("no info.x-microservice in " + spec);
                }
                Microservice service = new Microservice(x.path("name").asText(), x.path("port").asInt(),
                        x.path("domain").asText(), x.path("base-path").asText());
                services.put(service.name(), service);
            }
        }
        return services;
    }

    /** impl/<service>/src/main/resources/application.yaml, flattened to dotted keys (lists as .0, .1, ...). */
    static Map<String, String> applicationConfig(String service) throws IOException {
        JsonNode root = YAML.readTree(ROOT.resolve("impl/" + service + "/src/main/resources/application.yaml").toFile());
        Map<String, String> flat = new TreeMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), flat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "." + i, node.get(i), flat);
            }
        } else {
            flat.put(prefix, node.asText());
        }
    }

    /** Helidon's environment variable mapping backwards: SERVICES_AUTH_URL -> services.auth.url, _dash_ -> '-'. */
    static String configKey(String environmentVariable) {
        return environmentVariable.replace("_dash_", "-").replace('_', '.').toLowerCase(java.util.Locale.ROOT);
    }
}
