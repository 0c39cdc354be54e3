package com.necpgame.platform.db;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.config.Config;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbStatements;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * A service's database: a HikariCP pool on {@code db.url} (or on a fresh database of the embedded PostgreSQL
 * when {@code db.url} is empty), the service's schema migrated by Flyway, and a helidon {@link DbClient} with the
 * named statements of {@code db.statements}, all connections on {@code search_path = <schema>}.
 * <p>
 * Two migration histories live in the schema: the service's ({@code classpath:db/migration}, table
 * {@code flyway_schema_history}) and the platform's ({@code classpath:db/platform}, table
 * {@code platform_schema_history}), so their version numbers never clash.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final AtomicInteger EMBEDDED_STARTS = new AtomicInteger();
    /**
     * How long a request waits for a connection before it fails (503 UNAVAILABLE, see UnreachableDatabase). Hikari's
     * 30 s would hold every request of an outage that long; 5 s still rides out a pool briefly exhausted by load.
     */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private final HikariDataSource dataSource;
    private final DbClient dbClient;
    private final EmbeddedPostgres embedded;
    private final String temporaryDatabase;
    private final HikariConnectionPool connections;

    private Database(HikariDataSource dataSource, HikariConnectionPool connections, DbClient dbClient,
                     EmbeddedPostgres embedded, String temporaryDatabase) {
        this.dataSource = dataSource;
        this.connections = connections;
        this.dbClient = dbClient;
        this.embedded = embedded;
        this.temporaryDatabase = temporaryDatabase;
    }

    /**
     * Connects (or starts the embedded server), migrates and builds the client.
     *
     * @param db     the {@code db} config node
     * @param schema the service's schema, created if missing
     */
    public static Database open(Config db, String schema) {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("Schema must be a lower-case SQL identifier: " + schema);
        }
        String url = db.get("url").asString().orElse("").trim();
        String username = db.get("username").asString().orElse("");
        String password = db.get("password").asString().orElse("");
        EmbeddedPostgres embedded = null;
        String temporaryDatabase = null;
        if (url.isEmpty()) {
            Path dataDir = db.get("embedded.data-dir").asString().filter(s -> !s.isBlank()).map(Path::of).orElse(null);
            embedded = EmbeddedPostgresServer.get(db.get("embedded.port").asInt().orElse(0), dataDir);
            // A kept data directory keeps one database per service; otherwise every start gets a fresh one.
            String database = dataDir != null
                    ? schema
                    : (schema + "_" + EMBEDDED_STARTS.incrementAndGet() + "_" + ProcessHandle.current().pid())
                            .toLowerCase(Locale.ROOT);
            temporaryDatabase = dataDir != null ? null : database;
            url = EmbeddedPostgresServer.database(embedded, database);
            username = "postgres";
            password = "";
            LOG.log(Level.INFO, "Using embedded PostgreSQL database " + database + " at " + url);
        }

        int poolSize = db.get("pool.max-size").asInt().orElse(10);
        Duration connectionTimeout = db.get("pool.connection-timeout").as(Duration.class).orElse(CONNECTION_TIMEOUT);
        HikariDataSource dataSource = pool(url, username, password, schema, poolSize, connectionTimeout);
        try {
            migrate(dataSource, schema);
            HikariConnectionPool connections = new HikariConnectionPool(dataSource, "postgresql", poolSize,
                    connectionTimeout);
            DbClient client = JdbcClientBuilder.create()
                    .connectionPool(connections)
                    .statements(DbStatements.create(db.get("statements")))
                    .build();
            return new Database(dataSource, connections, client, embedded, temporaryDatabase);
        } catch (RuntimeException e) {
            dataSource.close();
            if (temporaryDatabase != null) {
                EmbeddedPostgresServer.drop(embedded, temporaryDatabase);
            }
            throw e;
        }
    }

    static HikariDataSource pool(String url, String username, String password, String schema, int maxSize,
                                 Duration connectionTimeout) {
        HikariConfig hikari = new HikariConfig();
        hikari.setConnectionTimeout(connectionTimeout.toMillis());
        hikari.setJdbcUrl(url);
        hikari.setUsername(username);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(maxSize);
        hikari.setPoolName("db-" + schema);
        if (schema != null) {
            hikari.setSchema(schema);
        }
        return new HikariDataSource(hikari);
    }

    private static void migrate(DataSource dataSource, String schema) {
        // Platform first: its tables (idempotency keys) may be referenced by nothing of the service, but the
        // service's migrations may rely on them existing.
        migrate(dataSource, schema, "classpath:db/platform", "platform_schema_history");
        migrate(dataSource, schema, serviceMigrations(schema), "flyway_schema_history");
    }

    /**
     * {@code classpath:db/<schema>}: a location of the service's own, so services whose jars share one test
     * classpath never run each other's migrations (Flyway scans a location over every jar). Services not moved
     * yet keep {@code classpath:db/migration}.
     */
    static String serviceMigrations(String schema) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Database.class.getClassLoader();
        if (loader.getResource("db/" + schema) != null) {
            return "classpath:db/" + schema;
        }
        LOG.log(Level.WARNING, "Schema " + schema + ": migrations in the shared classpath:db/migration; move them to "
                + "db/" + schema + " so other services' jars on the same classpath cannot add theirs");
        return "classpath:db/migration";
    }

    private static void migrate(DataSource dataSource, String schema, String location, String historyTable) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(location)
                .table(historyTable)
                // The schema holds two histories: the second to run finds a non-empty schema without its table.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        LOG.log(Level.INFO, "Schema " + schema + " (" + location + "): " + result.migrationsExecuted
                + " migration(s) applied, now at " + (result.targetSchemaVersion == null ? "-" : result.targetSchemaVersion));
    }

    public DbClient client() {
        return dbClient;
    }

    /** The Hikari pool behind {@link #dataSource()}, for its figures ({@link PoolMetrics}). */
    public HikariDataSource pool() {
        return dataSource;
    }

    /** Requests waiting for a connection: in the fair queue in front of the pool, and in the pool itself. */
    public int waitingForConnection() {
        return connections.waiting() + dataSource.getHikariPoolMXBean().getThreadsAwaitingConnection();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool and drops a temporary embedded database; the embedded server keeps running for others. */
    @Override
    public void close() {
        try {
            dbClient.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the db client failed", e);
        }
        dataSource.close();
        if (temporaryDatabase != null) {
            EmbeddedPostgresServer.drop(embedded, temporaryDatabase);
        }
    }

    /** For {@code main}: it stops the embedded server itself, after the service drained. */
    public static void embeddedStoppedByOwner() {
        EmbeddedPostgresServer.stoppedByOwner();
    }

    /** Stops the embedded server of this JVM, if one runs. */
    public static void stopEmbedded() {
        EmbeddedPostgresServer.stop();
    }
}
