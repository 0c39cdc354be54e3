package com.necpgame.platform;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Map;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.spi.ConfigSource;

/** Configurations to start a service with, besides the one {@link ServiceRuntime#run} reads for {@code main}. */
public final class ServiceConfig {
    private ServiceConfig() {
    }

    /**
     * How tests start a service: its {@code application.yaml} from the classpath under {@code overridesYaml}, on a
     * free port of localhost unless the overrides say otherwise. Environment variables and system properties are
     * ignored, so a developer's shell cannot change what a test tests.
     */
    public static Config forTests(String overridesYaml) {
        return forTests(overridesYaml, ConfigSources.classpath("application.yaml").build());
    }

    /**
     * The same for one service of several on a test classpath: its own {@code application.yaml}, from the jar (or
     * classes directory) that holds {@code definition}'s class, not whichever comes first on the classpath.
     */
    public static Config forTests(ServiceDefinition definition, String overridesYaml) {
        try {
            URI location = definition.getClass().getProtectionDomain().getCodeSource().getLocation().toURI();
            URL yaml = location.getPath().endsWith(".jar")
                    ? URI.create("jar:" + location + "!/application.yaml").toURL()
                    : location.resolve("application.yaml").toURL();
            return forTests(overridesYaml, ConfigSources.url(yaml).mediaType(MediaTypes.APPLICATION_X_YAML).build());
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalStateException("Cannot locate the application.yaml of " + definition.name(), e);
        }
    }

    private static Config forTests(String overridesYaml, ConfigSource service) {
        return Config.builder()
                .sources(ConfigSources.create(overridesYaml, MediaTypes.APPLICATION_X_YAML),
                        // Every test also proves the fast request check never passes what the full validator refuses.
                        ConfigSources.create(Map.of("server.port", "0", "server.host", "localhost",
                                "validation.cross-check", "true")),
                        () -> service)
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }
}
