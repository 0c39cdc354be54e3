package com.necpgame.platform.outbox;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.metrics.Gauges;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;

/**
 * The transactional outbox (table {@code outbox}, a platform migration) and its relay.
 * <p>
 * {@link #enqueue} writes a message in the caller's transaction, so it exists exactly when the change that
 * caused it committed. The relay (a virtual thread, started when the service registered a handler) claims due
 * messages with {@code FOR UPDATE SKIP LOCKED} and a lease, so several replicas share the work and a replica that
 * dies mid-delivery only delays a message until its lease ends; it hands each to the {@link OutboxHandler} of
 * its kind and retries with exponential backoff (1 s doubling to 5 min) until the receiver acknowledges.
 * Delivery is at least once: receivers are idempotent by the message's key. A batch delivers its keys side by side
 * and each key's messages in turn; across batches, retries and replicas there is no order.
 * <p>
 * Metrics: {@code necp_outbox_backlog} (undelivered messages, counted every 5 s), {@code necp_outbox_deliveries_total} tagged
 * {@code kind} and {@code result} (delivered, retry, dropped).
 */
public final class Outbox implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int BATCH = 20;
    /** How often the relay counts the backlog for {@code necp_outbox_backlog}. */
    private static final Duration BACKLOG_EVERY = Duration.ofSeconds(5);

    private static final String INSERT = """
            INSERT INTO outbox (destination, kind, message_key, payload, created_at, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String CLAIM = """
            UPDATE outbox SET leased_until = ?, attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox
                         WHERE delivered_at IS NULL AND dropped_at IS NULL AND next_attempt_at <= ?
                           AND (leased_until IS NULL OR leased_until < ?)
                         ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id, destination, kind, message_key, payload, attempts, created_at""";
    private static final String DELIVERED = "UPDATE outbox SET delivered_at = ?, leased_until = NULL, last_error = NULL WHERE id = ?";
    private static final String RETRY = "UPDATE outbox SET next_attempt_at = ?, leased_until = NULL, last_error = ? WHERE id = ?";
    private static final String DROPPED = "UPDATE outbox SET dropped_at = ?, leased_until = NULL, last_error = ? WHERE id = ?";
    private static final String BACKLOG = "SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL AND dropped_at IS NULL";
    private static final String PURGE = "DELETE FROM outbox WHERE delivered_at < ?";
    // The range [key, key + "0") ('0' follows '/') holds key and every "key/..." and lets the pending-by-key index
    // (text_pattern_ops) find them with any plan, a generic one included; the exact test then drops "key-..." and such.
    private static final String UNDELIVERED_KINDS = "SELECT DISTINCT kind FROM outbox WHERE message_key ~>=~ ? "
            + "AND message_key ~<~ ? AND (message_key = ? OR message_key LIKE ?) "
            + "AND delivered_at IS NULL AND dropped_at IS NULL";

    private final String serviceName;
    private final DbClient db;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Duration pollInterval;
    private final Map<String, OutboxHandler> handlers = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong backlog = new AtomicLong();
    private volatile Thread relay;
    private volatile long backlogCountedAt = System.nanoTime() - BACKLOG_EVERY.toNanos() - 1;

    public Outbox(String serviceName, DbClient db, ObjectMapper json, Clock clock, MeterRegistry metrics,
                  Duration pollInterval) {
        this.serviceName = serviceName;
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
        this.pollInterval = pollInterval;
        Gauges.replace(metrics, "necp_outbox_backlog", List.of(Tag.create("service", serviceName)),
                "Outbox messages not yet delivered", backlog, AtomicLong::doubleValue);
    }

    /**
     * Writes a message in {@code tx}, the transaction of the change that causes it; {@code payload} is written as
     * JSON. {@code key} is what the receiver deduplicates by (its Idempotency-Key, or the id it upserts).
     */
    public void enqueue(DbExecute tx, String destination, String kind, String key, Object payload) {
        String text;
        try {
            text = payload instanceof String s ? s : json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("outbox payload is not serializable", e);
        }
        OffsetDateTime now = now();
        tx.insert(INSERT, destination, kind, key, text, now, now);
    }

    /** Registers the handler of {@code kind}; the relay starts with the service (see {@link #start()}). */
    public void handle(String kind, OutboxHandler handler) {
        handlers.put(kind, handler);
    }

    /** Starts the relay when any handler is registered. Called by the platform once routing is built. */
    public void start() {
        if (handlers.isEmpty() || !running.compareAndSet(false, true)) {
            return;
        }
        relay = Thread.ofVirtual().name(serviceName + "-outbox-relay").start(this::relayLoop);
    }

    /**
     * Delivers one batch of due messages; returns how many were claimed. Tests call it to deliver now. Messages of
     * one key go one after the other, in the order they were enqueued; different keys are delivered side by side,
     * so one slow receiver call no longer holds up the whole batch.
     */
    public int relayOnce() {
        OffsetDateTime now = now();
        // Leases are about real elapsed time (is the claiming replica still alive?), not the service clock that
        // tests move: a moved clock must not expire a lease in flight and let a second relay deliver it again.
        OffsetDateTime wallNow = OffsetDateTime.now(ZoneOffset.UTC);
        List<OutboxMessage> claimed = db.execute()
                .query(CLAIM, wallNow.plus(LEASE), now, wallNow, BATCH)
                .map(Outbox::message)
                .toList();
        // by id, the order they were enqueued in (an UPDATE's RETURNING has no order of its own)
        Collection<List<OutboxMessage>> byKey = claimed.stream()
                .sorted(Comparator.comparingLong(OutboxMessage::id))
                .collect(Collectors.groupingBy(OutboxMessage::key, LinkedHashMap::new, Collectors.toList()))
                .values();
        List<Future<?>> deliveries = new ArrayList<>();
        try (ExecutorService keys = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<OutboxMessage> messages : byKey) {
                deliveries.add(keys.submit(() -> messages.forEach(message -> settle(message, attempt(message)))));
            }
        } // waits for every key's deliveries
        for (Future<?> delivery : deliveries) {
            failureOf(delivery);
        }
        if (System.nanoTime() - backlogCountedAt > BACKLOG_EVERY.toNanos()) {
            refreshBacklog(); // not after every batch: a count of a long backlog is itself slow
        }
        return claimed.size();
    }

    /** Rethrows what a key's deliveries failed with (a settle that could not write); its messages' leases expire. */
    private static void failureOf(Future<?> delivery) {
        try {
            delivery.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("outbox delivery failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The kinds of message still undelivered for one thing: those keyed {@code key} or {@code key/...} (a service
     * keys the pushes a thing causes by its id), read in {@code db} (a transaction sees its own enqueues).
     */
    public java.util.Set<String> undeliveredKinds(DbExecute db, String key) {
        return db.query(UNDELIVERED_KINDS, key, key + "0", key, likeEscaped(key) + "/%")
                .map(row -> Rows.string(row, "kind")).collect(java.util.stream.Collectors.toSet());
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Undelivered messages right now (also the {@code necp_outbox_backlog} gauge). */
    public long backlog() {
        return refreshBacklog();
    }

    /** Deletes delivered messages older than {@code retention}; returns how many. */
    public long purgeDelivered(Duration retention) {
        return db.execute().delete(PURGE, now().minus(retention));
    }

    @Override
    public void close() {
        running.set(false);
        Thread thread = relay;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void relayLoop() {
        while (running.get()) {
            try {
                if (relayOnce() == 0) {
                    Thread.sleep(pollInterval);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                LOG.log(Level.WARNING, "outbox relay of " + serviceName + " failed; retrying", e);
                try {
                    Thread.sleep(pollInterval.multipliedBy(4));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private Delivery attempt(OutboxMessage message) {
        OutboxHandler handler = handlers.get(message.kind());
        if (handler == null) {
            return Delivery.retry("no handler for kind " + message.kind() + " in this build");
        }
        try {
            return handler.deliver(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retry("interrupted");
        } catch (Exception e) {
            return Delivery.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void settle(OutboxMessage message, Delivery delivery) {
        OffsetDateTime now = now();
        String result = switch (delivery) {
            case Delivery.Delivered d -> {
                db.execute().update(DELIVERED, now, message.id());
                yield "delivered";
            }
            case Delivery.Retry retry -> {
                db.execute().update(RETRY, now.plus(backoff(message.attempts())), retry.reason(), message.id());
                LOG.log(Level.DEBUG, "outbox " + message.kind() + " #" + message.id() + " retried: " + retry.reason());
                yield "retry";
            }
            case Delivery.Drop drop -> {
                db.execute().update(DROPPED, now, drop.reason(), message.id());
                LOG.log(Level.WARNING, "outbox " + message.kind() + " #" + message.id() + " to "
                        + message.destination() + " dropped: " + drop.reason());
                yield "dropped";
            }
        };
        metrics.getOrCreate(Counter.builder("necp_outbox_deliveries_total")
                .description("Outbox delivery attempts by kind and result")
                .tags(List.of(Tag.create("service", serviceName), Tag.create("kind", message.kind()),
                        Tag.create("result", result)))).increment();
    }

    /** 1 s after the first failed attempt, doubling, at most 5 minutes. */
    public static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(Math.max(attempts - 1, 0), 16);
        Duration backoff = Duration.ofSeconds(seconds);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    private long refreshBacklog() {
        long n = db.execute().get(BACKLOG).map(row -> Rows.longValue(row, "n")).orElse(0L);
        backlog.set(n);
        backlogCountedAt = System.nanoTime();
        return n;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static OutboxMessage message(DbRow row) {
        return new OutboxMessage(Rows.longValue(row, "id"), Rows.string(row, "destination"),
                Rows.string(row, "kind"), Rows.string(row, "message_key"), Rows.string(row, "payload"),
                Rows.integer(row, "attempts"), Rows.instant(row, "created_at"));
    }
}
