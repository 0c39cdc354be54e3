package com.necpgame.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.db.FirstOnClasspathBinaryResolver;
import com.nimbusds.jose.jwk.RSAKey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database really stops (its server shut down, as in a failover or a restart) while a client keeps writing
 * value-moving, idempotent transfers, and starts again on the same data. Readiness fails fast and recovers without
 * a restart of the service, liveness stays up, a write during the outage is refused with 503 {@code UNAVAILABLE}
 * (never 500) and succeeds when retried with its Idempotency-Key, and every write that was acknowledged (201) is in
 * the database afterwards, exactly once.
 */
class DatabaseOutageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWNER = "outage-player";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void aStoppedDatabaseFailsReadinessAndLosesNoAcknowledgedWrite() throws Exception {
        int port = freePort();
        EmbeddedPostgres database = startDatabase(port);
        RSAKey key = Tokens.newKey("outage");
        String bearer = "Bearer " + Tokens.player(key, OWNER);
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        try (RunningService service = ServiceRuntime.start(new TestService(key), TestConfig.with(
                "db.url", "jdbc:postgresql://localhost:" + port + "/postgres", "db.username", "postgres",
                "db.password", "", "db.pool.connection-timeout", "PT1S"))) {
            assertThat(status(service, "/observe/health/ready")).isEqualTo(200);

            // A client writes all along: before, during and after the outage.
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = Thread.ofVirtual().start(() -> {
                while (writing.get()) {
                    write(service, bearer, UUID.randomUUID().toString(), acknowledged, refused, unexpected);
                }
            });
            awaitAtLeast(acknowledged::size, 5);

            database.close();
            long stopped = System.nanoTime();
            int ready = status(service, "/observe/health/ready");
            Duration readinessTook = Duration.ofNanos(System.nanoTime() - stopped);
            assertThat(ready).isEqualTo(503);
            // The probe's budget is 800 ms; the rest is slack for a loaded 2-core machine.
            assertThat(readinessTook).isLessThan(Duration.ofMillis(1500));
            assertThat(status(service, "/observe/health/live")).isEqualTo(200);
            awaitAtLeast(refused::size, 2);

            database = startDatabase(port);
            assertThat(awaitReady(service, Duration.ofSeconds(30))).as("readiness after the restart").isEqualTo(200);
            int before = acknowledged.size();
            awaitAtLeast(acknowledged::size, before + 5);
            writing.set(false);
            writer.join(Duration.ofSeconds(10).toMillis());

            // A client retries what was refused, with the same key: now it is done (or, had the first attempt
            // committed after all, replayed).
            for (String idempotencyKey : new ArrayList<>(refused)) {
                write(service, bearer, idempotencyKey, acknowledged, new ArrayList<>(), unexpected);
            }
            assertThat(unexpected).as("answers other than 201 or 503 UNAVAILABLE").isEmpty();
            assertThat(acknowledged.keySet()).containsAll(refused);

            Map<Long, Long> stored = storedTransfers(database);
            assertThat(stored.keySet()).as("every acknowledged transfer is stored")
                    .containsAll(acknowledged.values());
            assertThat(stored).as("and nothing is stored twice or unacknowledged").hasSameSizeAs(acknowledged);
        } finally {
            database.close();
        }
    }

    /** One transfer of 1 with {@code idempotencyKey}: a 201 is acknowledged, a 503 UNAVAILABLE is refused. */
    private void write(RunningService service, String bearer, String idempotencyKey, Map<String, Long> acknowledged,
                       List<String> refused, List<String> unexpected) {
        try {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(
                            URI.create(service.baseUrl() + "/api/v1/test/transfers"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey).timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(reply.body());
            if (reply.statusCode() == 201) {
                acknowledged.put(idempotencyKey, body.get("id").asLong());
            } else if (reply.statusCode() == 503 && "UNAVAILABLE".equals(body.path("code").asText())
                    && reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                    && reply.headers().firstValue("Retry-After").isPresent()) {
                refused.add(idempotencyKey);
            } else {
                unexpected.add(reply.statusCode() + " " + reply.body());
            }
        } catch (IOException e) {
            unexpected.add("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<Long, Long> storedTransfers(EmbeddedPostgres database) throws Exception {
        Map<Long, Long> stored = new HashMap<>();
        try (Connection connection = database.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id, amount FROM widgets.transfers WHERE owner = '" + OWNER + "'")) {
            while (rows.next()) {
                stored.put(rows.getLong("id"), rows.getLong("amount"));
            }
        }
        return stored;
    }

    /** The same data directory and port each time, as a database server restarting on its host. */
    private EmbeddedPostgres startDatabase(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPgBinaryResolver(new FirstOnClasspathBinaryResolver()).start();
    }

    private int status(RunningService service, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int awaitReady(RunningService service, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        int ready;
        do {
            Thread.sleep(200);
            ready = status(service, "/observe/health/ready");
        } while (ready != 200 && System.nanoTime() < deadline);
        return ready;
    }

    /** Until {@code size} reaches {@code count} (the writer runs on its own thread), at most 30 s. */
    private static void awaitAtLeast(java.util.function.IntSupplier size, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (size.getAsInt() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(size.getAsInt()).isGreaterThanOrEqualTo(count);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
