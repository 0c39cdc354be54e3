package com.necpgame.contracts.auth;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

/** auth-service's own application.yaml, on a free port, with one service client made up for this run. */
final class ProviderConfig {

    private ProviderConfig() {
    }

    static Config withServiceClient(ServiceClient client) {
        String overrides = """
                server:
                  port: 0
                  host: localhost
                auth:
                  service-clients:
                    - id: %s
                      secret-sha256: %s
                """.formatted(client.id(), client.secretSha256());
        return Config.builder()
                .sources(ConfigSources.create(overrides, MediaTypes.APPLICATION_X_YAML),
                        ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }
}
