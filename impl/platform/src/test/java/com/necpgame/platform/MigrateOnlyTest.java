package com.necpgame.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.necpgame.platform.db.LocalPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrate-only entry point as a rollout's Job runs it: a JVM of its own ({@link MigrateOnlyMain}, a service's
 * {@code main}) against an embedded PostgreSQL with the service's own role, as tools/run-backend lays it out. It
 * migrates the platform's and the service's histories, never listens on its port, and exits 0; it exits 1 with the
 * reason when the database cannot be reached, and 2 on an argument it does not know.
 */
class MigrateOnlyTest {
    @TempDir
    static Path dir;
    static EmbeddedPostgres postgres;
    static Map<String, String> credentials;

    @BeforeAll
    static void database() throws Exception {
        Path file = dir.resolve("credentials.env");
        postgres = LocalPostgres.start(0, dir.resolve("pg"), file, List.of("widgets"));
        Properties values = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            values.load(in);
        }
        credentials = Map.of("DB_URL", values.getProperty("NECP_DB_URL"),
                "DB_USERNAME", values.getProperty("NECP_DB_USER_widgets"),
                "DB_PASSWORD", values.getProperty("NECP_DB_PASSWORD_widgets"));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void theArgumentMigratesBothHistoriesAndExitsWithoutServing() throws Exception {
        Result result = run(credentials, "--migrate-only");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.listened()).as("something accepted connections on the service's port").isFalse();
        assertThat(result.output()).doesNotContain("listening on");
        assertThat(tables()).contains("transfers", "flyway_schema_history", "idempotency_keys", "outbox",
                "platform_schema_history");
        assertThat(applied("flyway_schema_history")).contains("1");
        assertThat(applied("platform_schema_history")).contains("1", "2");
    }

    @Test
    void theEnvironmentVariableDoesTheSameAndASecondRunFindsNothingToDo() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(credentials);
        env.put("DB_MIGRATE_ONLY", "true");
        Result first = run(env);
        Result second = run(env);

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(first.listened() || second.listened()).isFalse();
        assertThat(second.output()).contains("0 migration(s) applied");
        assertThat(tables()).contains("transfers");
    }

    @Test
    void anUnreachableDatabaseExitsNonZeroNamingTheReason() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(credentials);
        env.put("DB_URL", "jdbc:postgresql://localhost:" + freePort() + "/necp");
        Result result = run(env, "--migrate-only");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("test-service: migration of schema widgets failed:")
                .contains("Connection to localhost:").contains("refused");
        assertThat(result.listened()).isFalse();
    }

    @Test
    void anUnknownArgumentIsRefusedRatherThanServing() throws Exception {
        Result result = run(credentials, "--migrate-onyl");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).contains("unknown argument(s) [--migrate-onyl]").contains("--migrate-only");
        assertThat(result.listened()).isFalse();
    }

    private record Result(int exitCode, String output, boolean listened) {
    }

    /** Runs {@link MigrateOnlyMain} in a JVM of its own on a free port, watching that port while it lives. */
    private static Result run(Map<String, String> env, String... args) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MigrateOnlyMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("SERVER_HOST", "localhost");
        Process process = builder.start();
        AtomicBoolean listened = new AtomicBoolean();
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (process.isAlive()) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
                    listened.set(true);
                } catch (IOException refused) {
                    // nothing there: as it should be
                }
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not exit: " + output);
        }
        watcher.join();
        return new Result(process.exitValue(), output, listened.get());
    }

    private static List<String> tables() throws Exception {
        return column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'widgets'");
    }

    private static List<String> applied(String history) throws Exception {
        return column("SELECT version FROM widgets." + history + " WHERE success AND version IS NOT NULL");
    }

    private static List<String> column(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(credentials.get("DB_URL"),
                credentials.get("DB_USERNAME"), credentials.get("DB_PASSWORD"));
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
