package com.necpgame.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.necpgame.platform.client.ServiceTokens;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.jobs.Scheduler;
import com.necpgame.platform.outbox.Delivery;
import com.necpgame.platform.outbox.Outbox;
import com.necpgame.platform.outbox.OutboxMessage;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The outbox and its relay, the replica-safe scheduler, and service tokens, on a real PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxSchedulerAndServiceTokensTest {
    private RunningService service;
    private PlatformContext ctx;

    @BeforeAll
    void start() {
        service = ServiceRuntime.start(new TestService(Tokens.newKey("k")), TestConfig.with());
        ctx = service.context();
    }

    @AfterAll
    void stop() {
        service.stop();
    }

    private void enqueue(String kind, String key) {
        Transactions.inTransaction(ctx.db(), tx -> {
            ctx.outbox().enqueue(tx, "receiver-service", kind, key, Map.of("key", key));
            return null;
        });
    }

    private Map<String, Object> row(String key) {
        return ctx.db().execute().get("SELECT attempts, delivered_at IS NOT NULL AS delivered, dropped_at IS NOT NULL"
                        + " AS dropped, last_error, next_attempt_at > now() AS later FROM outbox WHERE message_key = ?", key)
                .map(r -> Map.<String, Object>of("attempts", r.column("attempts").getInt(),
                        "delivered", r.column("delivered").getBoolean(), "dropped", r.column("dropped").getBoolean(),
                        "later", r.column("later").getBoolean(),
                        "error", r.column("last_error").asOptional().map(Object::toString).orElse("")))
                .orElseThrow();
    }

    @Test
    void aMessageIsDeliveredOnceItsTransactionCommitted() {
        List<OutboxMessage> seen = new CopyOnWriteArrayList<>();
        ctx.outbox().handle("ping", message -> {
            seen.add(message);
            return Delivery.delivered();
        });
        enqueue("ping", "k-ping");
        // A rolled back transaction leaves nothing to deliver.
        assertThatThrownBy(() -> Transactions.inTransaction(ctx.db(), tx -> {
            ctx.outbox().enqueue(tx, "receiver-service", "ping", "k-rolled-back", Map.of());
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        while (ctx.outbox().relayOnce() > 0) {
            // deliver everything due
        }
        assertThat(seen).extracting(OutboxMessage::key).contains("k-ping").doesNotContain("k-rolled-back");
        OutboxMessage ping = seen.stream().filter(m -> m.key().equals("k-ping")).findFirst().orElseThrow();
        assertThat(ping.payload()).isEqualTo("{\"key\":\"k-ping\"}");
        assertThat(ping.destination()).isEqualTo("receiver-service");
        assertThat(row("k-ping")).containsEntry("delivered", true).containsEntry("attempts", 1);
    }

    @Test
    void aBatchDeliversItsKeysSideBySideAndEachKeysMessagesInOrder() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch otherKeyStarted = new CountDownLatch(1);
        AtomicInteger firstSawOtherKey = new AtomicInteger(-1);
        ctx.outbox().handle("ordered", message -> {
            if (message.key().equals("k-side-b")) {
                otherKeyStarted.countDown();
            } else if (message.payload().equals("{\"seq\":1}")) {
                // one at a time, k-side-b (claimed after all of k-side-a) would only start once this returned
                firstSawOtherKey.set(otherKeyStarted.await(10, TimeUnit.SECONDS) ? 1 : 0);
            }
            delivered.add(message.key() + "#" + message.payload());
            return Delivery.delivered();
        });
        for (int seq = 1; seq <= 3; seq++) {
            int n = seq;
            Transactions.inTransaction(ctx.db(), tx -> {
                ctx.outbox().enqueue(tx, "receiver-service", "ordered", "k-side-a", Map.of("seq", n));
                return null;
            });
        }
        enqueue("ordered", "k-side-b");

        while (ctx.outbox().relayOnce() > 0) {
            // deliver everything due
        }
        assertThat(firstSawOtherKey).hasValue(1);
        assertThat(delivered.stream().filter(d -> d.startsWith("k-side-a")))
                .containsExactly("k-side-a#{\"seq\":1}", "k-side-a#{\"seq\":2}", "k-side-a#{\"seq\":3}");
        assertThat(delivered).hasSize(4);
    }

    @Test
    void theUndeliveredKindsOfAThingAreThoseKeyedByItsIdAndNoOtherThings() {
        String id = "thing-" + java.util.UUID.randomUUID();
        // In one transaction that never commits: the relay sees none of them, so all stay undelivered.
        assertThatThrownBy(() -> Transactions.inTransaction(ctx.db(), tx -> {
            ctx.outbox().enqueue(tx, "receiver-service", "own", id, Map.of());
            ctx.outbox().enqueue(tx, "receiver-service", "caused", id + "/2026-12-02T10:00:00Z", Map.of());
            ctx.outbox().enqueue(tx, "receiver-service", "longerId", id + "0", Map.of());
            ctx.outbox().enqueue(tx, "receiver-service", "otherThing", id + "-x/1", Map.of());
            ctx.outbox().enqueue(tx, "receiver-service", "wildcard", id.replace('-', '_') + "/1", Map.of());
            assertThat(ctx.outbox().undeliveredKinds(tx, id)).containsExactlyInAnyOrder("own", "caused");
            throw new IllegalStateException("roll back");
        })).hasMessageContaining("roll back");
    }

    @Test
    void failuresAreRetriedLaterAndRefusalsDropped() {
        ctx.outbox().handle("flaky", message -> Delivery.ofStatus(503, "down"));
        ctx.outbox().handle("refused", message -> Delivery.ofStatus(404, "{\"code\":\"NOT_FOUND\"}"));
        ctx.outbox().handle("broken", message -> {
            throw new java.io.IOException("connection refused");
        });
        enqueue("flaky", "k-flaky");
        enqueue("refused", "k-refused");
        enqueue("broken", "k-broken");
        while (ctx.outbox().relayOnce() > 0) {
            // a retried message is not due again for a second
        }
        assertThat(row("k-flaky")).containsEntry("delivered", false).containsEntry("dropped", false)
                .containsEntry("later", true).containsEntry("attempts", 1).containsEntry("error", "HTTP 503: down");
        assertThat(row("k-refused")).containsEntry("dropped", true);
        assertThat(row("k-broken")).containsEntry("later", true);
        assertThat((String) row("k-broken").get("error")).contains("connection refused");
        assertThat(ctx.outbox().backlog()).isGreaterThanOrEqualTo(2);
        assertThat(Outbox.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Outbox.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Outbox.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void twoRelaysNeverDeliverTheSameMessageTwice() throws Exception {
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        ctx.outbox().handle("race", message -> {
            deliveries.computeIfAbsent(message.key(), k -> new AtomicInteger()).incrementAndGet();
            return Delivery.delivered();
        });
        for (int i = 0; i < 60; i++) {
            enqueue("race", "k-race-" + i);
        }
        // A second replica: its own relay on the same table.
        Outbox replica = new Outbox("replica", ctx.db(), ctx.json(), ctx.clock(), ctx.metrics(), Duration.ofMillis(10));
        replica.handle("race", message -> {
            deliveries.computeIfAbsent(message.key(), k -> new AtomicInteger()).incrementAndGet();
            return Delivery.delivered();
        });
        CountDownLatch go = new CountDownLatch(1);
        Thread other = Thread.ofVirtual().start(() -> {
            try {
                go.await();
                while (replica.relayOnce() > 0) {
                    // drain
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        go.countDown();
        while (ctx.outbox().relayOnce() > 0) {
            // drain
        }
        other.join();
        assertThat(deliveries).hasSize(60);
        assertThat(deliveries.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void aJobRunsOnOneReplicaAtATime() throws Exception {
        Scheduler other = new Scheduler("test-service", ctx.dataSource());
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> ctx.scheduler().runExclusively("settle", () -> {
            runs.incrementAndGet();
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(other.runExclusively("settle", runs::incrementAndGet)).isFalse();
        assertThat(other.runExclusively("another-job", () -> { })).isTrue();
        release.countDown();
        first.join();
        assertThat(other.runExclusively("settle", runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
        other.close();
    }

    @Test
    void aScheduledJobRunsEveryPeriodAndSurvivesAFailure() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch threeRuns = new CountDownLatch(3);
        try (Scheduler scheduler = new Scheduler("test-service", ctx.dataSource())) {
            scheduler.every("tick", Duration.ofMillis(20), () -> {
                threeRuns.countDown();
                if (runs.incrementAndGet() == 1) {
                    throw new IllegalStateException("the first run fails");
                }
            });
            assertThat(threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void serviceTokensAreFetchedOnceAndRenewedBeforeExpiry() {
        AtomicInteger issued = new AtomicInteger();
        List<String> bodies = new CopyOnWriteArrayList<>();
        WebServer auth = WebServer.builder().host("localhost").port(0)
                .routing(r -> r.post("/api/v1/auth/service-tokens", (req, res) -> {
                    bodies.add(req.content().as(String.class));
                    res.header("Content-Type", "application/json").send("{\"accessToken\":\"token-"
                            + issued.incrementAndGet() + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900}");
                })
                        .post("/refusing/api/v1/auth/service-tokens", (req, res) -> res.status(401).send()))
                .build().start();
        try {
            var clock = new MutableTestClock();
            ServiceTokens tokens = new ServiceTokens("http://localhost:" + auth.port(), "gameplay-service", "s3cret",
                    clock, ctx.json());
            assertThat(tokens.token()).isEqualTo("token-1");
            assertThat(tokens.token()).isEqualTo("token-1");
            assertThat(bodies.getFirst()).contains("\"clientId\":\"gameplay-service\"").contains("s3cret");
            clock.advance(Duration.ofSeconds(841)); // within the last minute of 900 s
            assertThat(tokens.token()).isEqualTo("token-2");

            ServiceTokens refused = new ServiceTokens("http://localhost:" + auth.port() + "/refusing", "x", "y",
                    clock, ctx.json());
            assertThatThrownBy(refused::token).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.status()).isEqualTo(503));
            ServiceTokens noSecret = new ServiceTokens("http://localhost:" + auth.port(), "x", "", clock, ctx.json());
            assertThatThrownBy(noSecret::token).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.status()).isEqualTo(503));
        } finally {
            auth.stop();
        }
    }

    /** Minimal moving clock (the platform's own tests cannot use platform-testing, which depends on it). */
    private static final class MutableTestClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }
}
