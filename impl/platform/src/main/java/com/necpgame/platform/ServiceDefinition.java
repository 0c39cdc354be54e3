package com.necpgame.platform;

import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.helidon.health.HealthCheck;
import io.helidon.webserver.http.HttpRouting;

/**
 * What a service tells the platform about itself. The platform does the rest: server, database and migrations,
 * errors, request validation, authentication, idempotency store, health, metrics, {@code /openapi}.
 */
public interface ServiceDefinition {

    /** The service's name, e.g. {@code auth-service} (logs, metrics). */
    String name();

    /** The PostgreSQL schema the service owns, e.g. {@code auth}; created and migrated at start. */
    String schema();

    /**
     * Classpath resource of the service's bundled, fully resolved spec: the generated server jar of spec
     * {@code specs/<schema>.yaml} carries it as {@code META-INF/openapi/<schema>/openapi.yaml}.
     */
    default String specResource() {
        return specResource(schema());
    }

    /** Where the generated server jar of {@code specs/<specName>.yaml} carries its bundled spec. */
    static String specResource(String specName) {
        return "META-INF/openapi/" + specName + "/openapi.yaml";
    }

    /** Registers the service's handlers (its subclasses of the generated stubs). */
    void routing(HttpRouting.Builder routing, PlatformContext ctx);

    /**
     * Keys to verify bearer tokens with, when the service has them itself (auth-service, which signs them);
     * empty means: fetch auth's JWKS from {@code security.jwks-url}.
     */
    default Optional<JWKSource<SecurityContext>> localKeys(PlatformContext ctx) {
        return Optional.empty();
    }

    /** Health checks besides the platform's database check. */
    default List<HealthCheck> healthChecks(PlatformContext ctx) {
        return List.of();
    }
}
