package com.necpgame.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one embedded PostgreSQL of this JVM, started on first use (zero set-up, works as root too) and stopped at
 * JVM exit or by {@link #stop()}. Tests start many services in one JVM: each asks for its own database here, so
 * they never see each other's data while sharing one server process.
 * <p>
 * The first start decides port and data directory; later starts reuse that server.
 */
final class EmbeddedPostgresServer {
    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());
    private static EmbeddedPostgres server;
    // ServiceRuntime.run stops the server itself after the service drained; a second hook would race with it.
    private static volatile boolean stoppedByOwner;

    private EmbeddedPostgresServer() {
    }

    /** The running server, started now if needed with {@code port} (0 = free) and {@code dataDir} (null = temporary). */
    static synchronized EmbeddedPostgres get(int port, Path dataDir) {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port)
                        .setPgBinaryResolver(new FirstOnClasspathBinaryResolver());
                if (dataDir != null) {
                    builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
                }
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            LOG.log(Level.WARNING, "No db.url configured: started an EMBEDDED PostgreSQL on port " + server.getPort()
                    + (dataDir == null ? " with a temporary data directory (discarded at exit)"
                                       : " with data directory " + dataDir)
                    + ". Do not use this in production.");
            if (!stoppedByOwner) {
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
            }
        }
        return server;
    }

    /** Creates {@code database} unless it exists, and returns its JDBC URL. */
    static String database(EmbeddedPostgres server, String database) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE \"" + database + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create embedded database " + database, e);
        }
        return server.getJdbcUrl("postgres", database);
    }

    /** Drops a database created for one start; its pool must be closed first. */
    static void drop(EmbeddedPostgres server, String database) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot drop embedded database " + database, e);
        }
    }

    /** Called by {@code main} before any start: it stops the server in its own shutdown sequence. */
    static void stoppedByOwner() {
        stoppedByOwner = true;
    }

    /** Stops the server (idempotent); the next {@link #get} starts a new one. */
    static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
                LOG.log(Level.INFO, "Embedded PostgreSQL stopped");
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot stop the embedded PostgreSQL cleanly", e);
            } finally {
                server = null;
            }
        }
    }
}
