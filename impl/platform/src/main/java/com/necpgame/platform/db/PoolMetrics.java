package com.necpgame.platform.db;

import java.util.List;

import com.necpgame.platform.metrics.Gauges;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;

/**
 * The connection pool's figures at {@code /observe/metrics}, read from Hikari's pool bean when scraped (no database
 * call): {@code necp_db_pool_connections{state=active|idle}}, {@code necp_db_pool_connections_max} and
 * {@code necp_db_pool_pending_threads} (requests waiting for a connection: the pool is the bottleneck when it stays
 * above 0).
 */
public final class PoolMetrics {
    static final String CONNECTIONS = "necp_db_pool_connections";
    static final String MAX = "necp_db_pool_connections_max";
    static final String PENDING = "necp_db_pool_pending_threads";

    private PoolMetrics() {
    }

    /** Registers the gauges of {@code service}'s pool (replacing those of an earlier start in this JVM). */
    public static void register(MeterRegistry registry, String service, Database database) {
        HikariDataSource dataSource = database.pool();
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        Tag serviceTag = Tag.create("service", service);
        Gauges.replace(registry, CONNECTIONS, List.of(serviceTag, Tag.create("state", "active")),
                "Connections of the pool in use by a request or job", pool, HikariPoolMXBean::getActiveConnections);
        Gauges.replace(registry, CONNECTIONS, List.of(serviceTag, Tag.create("state", "idle")),
                "Connections of the pool open and free", pool, HikariPoolMXBean::getIdleConnections);
        Gauges.replace(registry, PENDING, List.of(serviceTag), "Requests and jobs waiting for a connection of the pool",
                database, Database::waitingForConnection);
        Gauges.replace(registry, MAX, List.of(serviceTag), "The pool's maximum size (db.pool.max-size)", dataSource,
                HikariDataSource::getMaximumPoolSize);
    }
}
