package com.necpgame.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/**
 * Readiness answers 503 within a second while the database is unreachable (not after the pool's 30 s connection
 * timeout), liveness stays up, and readiness recovers by itself when the database is back.
 */
class DatabaseReadinessTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private int status(RunningService service, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void readinessFollowsTheDatabaseQuickly() throws Exception {
        try (RunningService direct = ServiceRuntime.start(new TestService(Tokens.newKey("k")), TestConfig.with())) {
            URI jdbc = URI.create(((HikariDataSource) direct.context().dataSource()).getJdbcUrl().substring(5));
            try (Proxy proxy = new Proxy(jdbc.getPort())) {
                String url = "jdbc:postgresql://localhost:" + proxy.port() + jdbc.getPath();
                try (RunningService service = ServiceRuntime.start(new TestService(Tokens.newKey("k2")),
                        TestConfig.with("db.url", url, "db.username", "postgres", "db.password", "x"))) {
                    assertThat(status(service, "/observe/health/ready")).isEqualTo(200);

                    proxy.cut();
                    long started = System.nanoTime();
                    assertThat(status(service, "/observe/health/ready")).isEqualTo(503);
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
                    assertThat(status(service, "/observe/health/live")).isEqualTo(200);

                    proxy.restore();
                    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                    int ready;
                    do {
                        Thread.sleep(200);
                        ready = status(service, "/observe/health/ready");
                    } while (ready != 200 && System.nanoTime() < deadline);
                    assertThat(ready).isEqualTo(200);
                }
            }
        }
    }

    /** A TCP proxy to the database that can drop every connection and stop answering, then come back. */
    private static final class Proxy implements AutoCloseable {
        private final int target;
        private final ServerSocket listener;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile boolean blackHole;

        Proxy(int target) throws IOException {
            this.target = target;
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(this::acceptLoop);
        }

        int port() {
            return listener.getLocalPort();
        }

        /** The database becomes unreachable: open connections die, new ones are accepted and never answered. */
        void cut() throws IOException {
            blackHole = true;
            closeAll();
        }

        void restore() throws IOException {
            blackHole = false;
            closeAll();
        }

        private void acceptLoop() {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    sockets.add(client);
                    if (!blackHole) {
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        sockets.add(upstream);
                        pipe(client, upstream);
                        pipe(upstream, client);
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static void pipe(Socket from, Socket to) {
            Thread.ofVirtual().start(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException ignored) {
                    // one side closed: the other follows
                } finally {
                    try {
                        from.close();
                        to.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            });
        }

        private void closeAll() throws IOException {
            for (Socket socket : sockets) {
                socket.close();
            }
            sockets.clear();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            closeAll();
        }
    }
}
