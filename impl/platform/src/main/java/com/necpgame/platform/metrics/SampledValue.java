package com.necpgame.platform.metrics;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value a gauge reads from the database, sampled at most once per {@code maxAge} on a background thread, so a
 * scrape never waits more than a second: while the database is slow or down the scrape answers with the last
 * sample (or NaN before the first), and readiness, not the metrics endpoint, reports the outage.
 */
public final class SampledValue {
    private static final Duration SCRAPE_WAIT = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(SampledValue.class.getName());

    private record Sample(double value, long atNanos) {
    }

    private final String name;
    private final Supplier<? extends Number> query;
    private final long maxAgeNanos;
    private final AtomicReference<Sample> last = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Void>> running = new AtomicReference<>();

    public SampledValue(String name, Supplier<? extends Number> query, Duration maxAge) {
        this.name = name;
        this.query = query;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The latest sample, refreshed first (waiting up to a second) when it is older than {@code maxAge}. */
    public double get() {
        Sample seen = last.get();
        if (seen != null && System.nanoTime() - seen.atNanos() < maxAgeNanos) {
            return seen.value();
        }
        CompletableFuture<Void> refresh = running.get();
        if (refresh == null || refresh.isDone()) {
            CompletableFuture<Void> started = CompletableFuture.runAsync(this::sample);
            refresh = running.compareAndSet(refresh, started) ? started : running.get();
        }
        try {
            refresh.get(SCRAPE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the last sample stands; the failure was logged by sample()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Sample now = last.get();
        return now == null ? Double.NaN : now.value();
    }

    private void sample() {
        try {
            last.set(new Sample(query.get().doubleValue(), System.nanoTime()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "gauge " + name + " could not be sampled: " + e.getMessage());
        }
    }
}
