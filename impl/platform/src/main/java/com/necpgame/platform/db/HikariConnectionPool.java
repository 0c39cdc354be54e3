package com.necpgame.platform.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;

/**
 * helidon-dbclient's view of a HikariCP pool (Helidon 4.5.0 ships no pool of its own), with a fair queue in front
 * of it: when every connection is out, requests get the next one in the order they asked. HikariCP lets a newcomer
 * take a returned connection before a thread that has been waiting (its bag is not fair), which under load left a
 * few requests waiting many times the mean (the bench's p99 at 64 connections, ten times its p50).
 */
final class HikariConnectionPool implements JdbcConnectionPool {
    private final DataSource dataSource;
    private final String dbType;
    private final Semaphore turns;
    private final Duration timeout;

    /**
     * @param size    the pool's size: how many connections requests hold at once
     * @param timeout how long a request waits for its turn and its connection (db.pool.connection-timeout)
     */
    HikariConnectionPool(DataSource dataSource, String dbType, int size, Duration timeout) {
        this.dataSource = dataSource;
        this.dbType = dbType;
        this.turns = new Semaphore(size, true);
        this.timeout = timeout;
    }

    @Override
    public Connection connection() {
        try {
            if (!turns.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new DbClientException("Cannot get a database connection",
                        new SQLTransientConnectionException("No connection within " + timeout + " (pool busy)"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DbClientException("Interrupted while waiting for a database connection", e);
        }
        try {
            return returningTurnOnClose(dataSource.getConnection());
        } catch (SQLException | RuntimeException e) {
            turns.release();
            throw e instanceof SQLException ? new DbClientException("Cannot get a database connection", e)
                    : (RuntimeException) e;
        }
    }

    /** Requests queued for their turn. */
    int waiting() {
        return turns.getQueueLength();
    }

    @Override
    public String dbType() {
        return dbType;
    }

    /** The connection, whose first close() also gives the turn back. */
    private Connection returningTurnOnClose(Connection connection) {
        AtomicBoolean returned = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, args) -> {
            if (isClose(method) && returned.compareAndSet(false, true)) {
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                } finally {
                    turns.release();
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static boolean isClose(Method method) {
        return method.getName().equals("close") && method.getParameterCount() == 0;
    }
}
