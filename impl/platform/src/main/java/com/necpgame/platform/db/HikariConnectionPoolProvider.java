package com.necpgame.platform.db;

import io.helidon.config.Config;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;
import io.helidon.dbclient.jdbc.spi.JdbcConnectionPoolProvider;

/**
 * Lets {@code DbClient.create(config)} build its pool with HikariCP from the usual helidon-dbclient keys
 * ({@code connection.url}, {@code connection.username}, {@code connection.password},
 * {@code connection.pool.max-size}). The platform's own {@link Database} passes its pool directly; this provider
 * serves code (tools, tests) that configures a DbClient the plain Helidon way.
 */
public final class HikariConnectionPoolProvider implements JdbcConnectionPoolProvider {
    @Override
    public String configKey() {
        return "hikari";
    }

    @Override
    public JdbcConnectionPool create(Config config, String name) {
        String url = config.get("url").asString().orElseThrow(
                () -> new IllegalArgumentException("connection.url is required"));
        int size = config.get("pool.max-size").asInt().orElse(10);
        var timeout = config.get("pool.connection-timeout").as(java.time.Duration.class)
                .orElse(Database.CONNECTION_TIMEOUT);
        var pool = Database.pool(url,
                config.get("username").asString().orElse(""),
                config.get("password").asString().orElse(""),
                config.get("schema").asString().orElse(null),
                size, timeout);
        String dbType = url.startsWith("jdbc:") ? url.substring(5, url.indexOf(':', 5)) : "jdbc";
        return new HikariConnectionPool(pool, dbType, size, timeout);
    }
}
