package com.necpgame.platform;

import java.util.Map;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

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
        return Config.builder()
                .sources(ConfigSources.create(overridesYaml, MediaTypes.APPLICATION_X_YAML),
                        ConfigSources.create(Map.of("server.port", "0", "server.host", "localhost")),
                        ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }
}
