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
 * The baseline of the load test: pgbench runs the SQL of one bid transaction (idempotency claim, lot row lock,
 * escrow hold and release with their ledger entries, the bid row, the lot update, the idempotency completion)
 * directly on the same PostgreSQL, with as many connections as the service's pool, so the difference to the HTTP
 * numbers is what the service adds.
 */
final class PgbenchBaseline {
    private static final String SCRIPT = """
            \\set b random(1, %1$d)
            \\set l random(1, %2$d)
            BEGIN;
            INSERT INTO idempotency_keys (caller, idempotency_key, operation, request_hash, created_at) VALUES ('bench', 'k-' || :client_id || '-' || random(), 'placeReefBid', 'h', now()) ON CONFLICT DO NOTHING;
            SELECT current_bid, leading_bidder FROM lots WHERE lot_id = (SELECT lot_id FROM bench_lots WHERE n = :l) FOR UPDATE;
            WITH b AS (UPDATE balances SET available = available - 100, escrowed = escrowed + 100, updated_at = now() WHERE character_id = (SELECT character_id FROM bench_bidders WHERE n = :b) AND currency = 'EDDIES' AND available >= 100 RETURNING character_id, available, escrowed) INSERT INTO ledger_entries (entry_id, character_id, currency, entry_type, reason, reference_id, available_delta, escrowed_delta, available_after, escrowed_after, created_at) SELECT gen_random_uuid(), b.character_id, 'EDDIES', 'ESCROW_HOLD', 'REEF_BID', (SELECT lot_id FROM bench_lots WHERE n = :l), -100, 100, b.available, b.escrowed, now() FROM b;
            WITH b AS (UPDATE balances SET available = available + 100, escrowed = escrowed - 100, updated_at = now() WHERE character_id = (SELECT character_id FROM bench_bidders WHERE n = :b) AND currency = 'EDDIES' AND escrowed >= 100 RETURNING character_id, available, escrowed) INSERT INTO ledger_entries (entry_id, character_id, currency, entry_type, reason, reference_id, available_delta, escrowed_delta, available_after, escrowed_after, created_at) SELECT gen_random_uuid(), b.character_id, 'EDDIES', 'ESCROW_RELEASE', 'REEF_REFUND', (SELECT lot_id FROM bench_lots WHERE n = :l), 100, -100, b.available, b.escrowed, now() FROM b;
            INSERT INTO lot_bids (bid_id, lot_id, bidder_character_id, amount, status, placed_at, extended_close) SELECT gen_random_uuid(), lot_id, (SELECT character_id FROM bench_bidders WHERE n = :b), 100, 'REFUNDED', now(), false FROM bench_lots WHERE n = :l;
            UPDATE lots SET bid_count = bid_count + 1 WHERE lot_id = (SELECT lot_id FROM bench_lots WHERE n = :l);
            UPDATE idempotency_keys SET status = 201, response_body = '{}' WHERE caller = 'bench' AND idempotency_key = 'k-' || :client_id;
            COMMIT;
            """;

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
            Files.writeString(script, SCRIPT.formatted(bidders.size(), lots.size()), StandardCharsets.UTF_8);
            int connections = hikari.getMaximumPoolSize();
            ProcessBuilder pgbench = new ProcessBuilder("pgbench", "-n", "-h", url.group(1), "-p", url.group(2),
                    "-U", hikari.getUsername() == null ? "postgres" : hikari.getUsername(), "-c",
                    String.valueOf(connections), "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(),
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
