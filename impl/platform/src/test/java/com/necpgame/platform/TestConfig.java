package com.necpgame.platform;

import java.util.HashMap;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

/** Configuration for a test start: a free port and the embedded database; {@code extra} overrides. */
final class TestConfig {
    private TestConfig() {
    }

    static Config with(String... extra) {
        Map<String, String> values = new HashMap<>();
        values.put("server.port", "0");
        values.put("server.host", "localhost");
        values.put("db.statements.count-transfers", "SELECT COUNT(*) AS n FROM transfers");
        values.put("validation.cross-check", "true"); // as ServiceConfig.forTests: both validators on every request
        for (int i = 0; i < extra.length; i += 2) {
            values.put(extra[i], extra[i + 1]);
        }
        return Config.just(ConfigSources.create(values));
    }
}
