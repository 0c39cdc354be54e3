package com.necpgame.platform;

/** A started service: where it listens, its context, and how to stop it. */
public interface RunningService extends AutoCloseable {

    /** The port it listens on (the real one when started with {@code server.port: 0}). */
    int port();

    /** {@code http://localhost:<port>}. */
    default String baseUrl() {
        return "http://localhost:" + port();
    }

    PlatformContext context();

    /**
     * Stops accepting requests, lets in-flight ones finish (within {@code server.shutdown-grace-period}), closes
     * the pool and drops a temporary embedded database. Idempotent.
     */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
