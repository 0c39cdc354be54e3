package com.necpgame.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

import io.helidon.dbclient.DbClientException;
import org.junit.jupiter.api.Test;

/** The fair queue in front of the pool: turns in the order asked, given back once per connection. */
class HikariConnectionPoolTest {
    private final AtomicInteger open = new AtomicInteger();
    private final DataSource connections = new FakeDataSource(open);

    @Test
    void aClosedConnectionGivesItsTurnBackOnceEvenWhenClosedTwice() throws Exception {
        HikariConnectionPool pool = new HikariConnectionPool(connections, "postgresql", 1, Duration.ofMillis(50));
        Connection first = pool.connection();
        first.close();
        first.close();
        Connection second = pool.connection();
        assertThatThrownBy(pool::connection) // the double close did not hand out a second turn
                .isInstanceOf(DbClientException.class)
                .hasCauseInstanceOf(SQLTransientConnectionException.class);
        second.close();
        assertThat(open).hasValue(0);
    }

    @Test
    void waitersGetTheNextConnectionInTheOrderTheyAsked() throws Exception {
        HikariConnectionPool pool = new HikariConnectionPool(connections, "postgresql", 1, Duration.ofSeconds(10));
        Connection held = pool.connection();
        List<Integer> served = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(5);
        for (int i = 0; i < 5; i++) {
            int n = i;
            Thread.ofVirtual().start(() -> {
                try (Connection c = pool.connection()) {
                    served.add(n);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            awaitQueue(pool, i + 1); // each asks only once the one before it waits
        }
        held.close();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(served).containsExactly(0, 1, 2, 3, 4);
        assertThat(pool.waiting()).isZero();
    }

    private static void awaitQueue(HikariConnectionPool pool, int length) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pool.waiting() < length && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(pool.waiting()).isEqualTo(length);
    }

    /** Connections that only count how many are open. */
    private record FakeDataSource(AtomicInteger open) implements DataSource {
        @Override
        public Connection getConnection() {
            open.incrementAndGet();
            AtomicInteger closes = new AtomicInteger();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && closes.getAndIncrement() == 0) {
                            open.decrementAndGet();
                        }
                        return null;
                    });
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
