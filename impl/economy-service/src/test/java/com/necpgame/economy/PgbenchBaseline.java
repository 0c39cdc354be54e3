package com.necpgame.economy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The baseline of the load test: pgbench runs the SQL of one bid transaction directly on the same PostgreSQL, with
 * as many connections as the service's pool, so the difference to the HTTP numbers is what the service adds. The
 * script is the benchmark harness's ({@code tools/bench/pgbench/reef-bid.sql}, statement for statement what the
 * service sends), its tables {@code bench.lots} and {@code bench.bidders} here {@code bench_lots} and
 * {@code bench_bidders} in the service's schema. Server-prepared statements ({@code -M prepared}), as pgjdbc runs the
 * service's from their fifth use on.
 */
final class PgbenchBaseline {
    private static final Path SCRIPT = Path.of("tools", "bench", "pgbench", "reef-bid.sql");

    private PgbenchBaseline() {
    }

    /** Runs pgbench for {@code seconds} and returns its summary line, or why it could not. */
    static String run(DataSource dataSource, List<UUID> bidders, List<UUID> lots, int seconds) {
        try {
            HikariDataSource hikari = (HikariDataSource) dataSource;
            Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(hikari.getJdbcUrl());
            if (!url.find()) {
                return "pgbench: cannot read " + hikari.getJdbcUrl();
            }
            fill(dataSource, bidders, lots);
            Path script = Files.createTempFile("reef-bid", ".sql");
            Files.writeString(script, Files.readString(repositoryFile(SCRIPT))
                    .replace("bench.lots", "bench_lots").replace("bench.bidders", "bench_bidders"));
            int connections = hikari.getMaximumPoolSize();
            ProcessBuilder pgbench = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-h", url.group(1), "-p", url.group(2),
                    "-U", hikari.getUsername() == null ? "postgres" : hikari.getUsername(), "-c",
                    String.valueOf(connections), "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(),
                    "-D", "bidders=" + bidders.size(), "-D", "lots=" + lots.size(),
                    url.group(3)).redirectErrorStream(true);
            pgbench.environment().put("PGOPTIONS", "-c search_path=" + hikari.getSchema());
            Process process = pgbench.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            StringBuilder summary = new StringBuilder("pgbench baseline (" + connections + " connections, the service's pool): ");
            for (String line : out.split("\n")) {
                if (line.startsWith("tps") || line.startsWith("latency") || line.startsWith("number of failed")
                        || line.startsWith("number of transactions actually")) {
                    summary.append(line.trim()).append("; ");
                }
            }
            return process.exitValue() == 0 ? summary.toString() : "pgbench failed: " + out;
        } catch (IOException | SQLException | RuntimeException e) {
            return "pgbench not run: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "pgbench interrupted";
        }
    }

    /** {@code file} of the repository, from the working directory (the repository's root or a module's) upwards. */
    private static Path repositoryFile(Path file) throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(file))) {
                return dir.resolve(file);
            }
        }
        throw new IOException(file + " not found above " + Path.of("").toAbsolutePath());
    }

    private static void fill(DataSource dataSource, List<UUID> bidders, List<UUID> lots) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("CREATE TABLE bench_bidders (n int PRIMARY KEY, character_id uuid NOT NULL)");
            c.createStatement().execute("CREATE TABLE bench_lots (n int PRIMARY KEY, lot_id uuid NOT NULL)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_bidders VALUES (?, ?)")) {
                for (int i = 0; i < bidders.size(); i++) {
                    insert.setInt(1, i + 1);
                    insert.setObject(2, bidders.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_lots VALUES (?, ?)")) {
                for (int i = 0; i < lots.size(); i++) {
                    insert.setInt(1, i + 1);
                    insert.setObject(2, lots.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
