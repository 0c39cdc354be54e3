package com.necpgame.platform.jobs;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Periodic jobs that are safe on several replicas: each run of a job first takes a PostgreSQL advisory lock named
 * after it (on its own connection, without waiting); a replica that does not get it skips that run. The lock
 * only avoids duplicate work: jobs must still be idempotent (safe to run twice), since a run can be cut off
 * half-way by a crash and repeated. A failing run is logged and the next one runs as scheduled.
 */
public final class Scheduler implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Scheduler.class.getName());
    private static final String TRY_LOCK = "SELECT pg_try_advisory_lock(hashtextextended(?, 0))";
    private static final String UNLOCK = "SELECT pg_advisory_unlock(hashtextextended(?, 0))";

    private final String serviceName;
    private final DataSource dataSource;
    private final ScheduledExecutorService executor;

    public Scheduler(String serviceName, DataSource dataSource) {
        this.serviceName = serviceName;
        this.dataSource = dataSource;
        this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name(serviceName + "-jobs-", 0)
                .factory());
    }

    /** Runs {@code job} every {@code period}, the first time after one period, at most once at a time over all replicas. */
    public void every(String jobName, Duration period, Runnable job) {
        executor.scheduleWithFixedDelay(() -> runExclusively(jobName, job), period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Runs {@code job} now if no replica runs it; true when it ran. Tests and operators call it directly. */
    public boolean runExclusively(String jobName, Runnable job) {
        String lockName = serviceName + "/" + jobName;
        try (Connection connection = dataSource.getConnection()) {
            if (!advisory(connection, TRY_LOCK, lockName)) {
                return false;
            }
            try {
                job.run();
                return true;
            } finally {
                advisory(connection, UNLOCK, lockName);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "job " + jobName + " failed; it runs again at its next period", e);
            return false;
        }
    }

    private static boolean advisory(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Stops scheduling; a run in progress finishes (up to 10 seconds). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
