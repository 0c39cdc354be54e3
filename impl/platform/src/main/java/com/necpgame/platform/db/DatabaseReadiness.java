package com.necpgame.platform.db;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/**
 * Readiness of the database, answered within {@link #BUDGET} whatever the database does: a pool waiting for a
 * connection to an unreachable server would otherwise hold the health endpoint for its whole connection timeout
 * (30 s). A probe still running from an earlier call is awaited again instead of starting another, so a dead
 * database never piles up threads. When the database returns, the pool reconnects and the next probe is UP.
 */
public final class DatabaseReadiness implements HealthCheck {
    static final Duration BUDGET = Duration.ofMillis(800);

    private final DataSource dataSource;
    private CompletableFuture<Boolean> probe = CompletableFuture.completedFuture(true);

    public DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckResponse call() {
        try {
            boolean valid = currentProbe().get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            return HealthCheckResponse.builder().status(valid).build();
        } catch (TimeoutException e) {
            return down("no answer within " + BUDGET.toMillis() + " ms");
        } catch (ExecutionException e) {
            return down(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private synchronized CompletableFuture<Boolean> currentProbe() {
        if (probe.isDone()) {
            probe = CompletableFuture.supplyAsync(this::validConnection,
                    command -> Thread.ofVirtual().name("database-readiness").start(command));
        }
        return probe;
    }

    private boolean validConnection() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HealthCheckResponse down(String why) {
        return HealthCheckResponse.builder().status(false).detail("error", why).build();
    }
}
