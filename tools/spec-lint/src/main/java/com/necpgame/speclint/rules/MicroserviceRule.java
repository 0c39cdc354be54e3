package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.JsonPointers;
import com.necpgame.speclint.model.Spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * {@code info.x-microservice} names the service the build generates from the spec: all of
 * name, port, domain, base-path and package, with every path under the base path and every server
 * URL on the port.
 */
public final class MicroserviceRule implements Rule {

    private static final List<String> FIELDS = List.of("name", "port", "domain", "base-path", "package");
    private static final String EXAMPLE = "{name: auth-service, port: 8081, domain: auth, "
            + "base-path: /api/v1/auth, package: com.necpgame.auth}";

    @Override
    public String id() {
        return "x-microservice";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        JsonNode microservice = spec.root().path("info").path("x-microservice");
        if (!microservice.isObject()) {
            reporter.report(spec, "/info", "info has no x-microservice", "add x-microservice: " + EXAMPLE);
            return;
        }
        for (String field : FIELDS) {
            if (spec.microservice(field).isEmpty()) {
                reporter.report(spec, "/info/x-microservice", "x-microservice has no " + field,
                        "add " + field + " (e.g. x-microservice: " + EXAMPLE + ")");
            }
        }
        checkName(spec, reporter);
        spec.microservice("base-path").ifPresent(basePath -> checkBasePath(spec, basePath, reporter));
        JsonNode port = microservice.path("port");
        if (microservice.has("port")) {
            if (!port.canConvertToInt() || !port.isIntegralNumber() || port.asInt() < 1 || port.asInt() > 65535) {
                reporter.report(spec, "/info/x-microservice/port", "x-microservice.port " + port + " is not a port",
                        "set an integer 1..65535, e.g. 8081");
            } else {
                checkServers(spec, port.asInt(), reporter);
            }
        }
    }

    private void checkName(Spec spec, Reporter reporter) {
        // The domain may be plural (characters) where the service name is not (character-service).
        spec.microservice("name").filter(name -> !name.matches("[a-z][a-z0-9]*-service"))
                .ifPresent(name -> reporter.report(spec, "/info/x-microservice/name", "x-microservice.name "
                        + name + " is not <service>-service", "name it like auth-service"));
        spec.microservice("package").filter(p -> !p.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*"))
                .ifPresent(p -> reporter.report(spec, "/info/x-microservice/package",
                        "x-microservice.package " + p + " is not a Java package name",
                        "use lower-case dotted segments, e.g. com.necpgame.auth"));
    }

    private void checkBasePath(Spec spec, String basePath, Reporter reporter) {
        if (!basePath.startsWith("/") || basePath.endsWith("/")) {
            reporter.report(spec, "/info/x-microservice/base-path", "base-path " + basePath
                    + " must start with / and not end with /", "write it like /api/v1/auth");
        }
        spec.root().path("paths").fieldNames().forEachRemaining(path -> {
            if (!path.equals(basePath) && !path.startsWith(basePath + "/")) {
                reporter.report(spec, JsonPointers.of("paths", path), "path " + path
                        + " does not start with the base-path " + basePath,
                        "move it under " + basePath + " or correct x-microservice.base-path");
            }
        });
    }

    private void checkServers(Spec spec, int port, Reporter reporter) {
        JsonNode servers = spec.root().path("servers");
        if (!servers.isArray() || servers.isEmpty()) {
            reporter.report(spec, "", "the spec has no servers",
                    "add servers: [{url: 'http://localhost:" + port + "', description: Local development}]");
            return;
        }
        for (int i = 0; i < servers.size(); i++) {
            String url = servers.get(i).path("url").asText("");
            int urlPort = portOf(url);
            if (urlPort != port) {
                reporter.report(spec, "/servers/" + i + "/url", "server url " + url
                                + " is not on x-microservice.port " + port,
                        "use an explicit port " + port + ", e.g. http://localhost:" + port);
            }
        }
    }

    /** The explicit port of a URL, or -1 (no port, or not a URL). */
    private static int portOf(String url) {
        try {
            return new URI(url).getPort();
        } catch (URISyntaxException e) {
            return -1;
        }
    }
}
