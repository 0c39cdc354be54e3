package com.necpgame.platform.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Which operations answered which statuses in this JVM, for the readiness audit (tools/audit): when the system
 * property {@code necp.coverage.dir} is set (the build sets it for every test JVM), the counts are written at JVM
 * exit to {@code <dir>/fork-<n>.tsv} (the build sets it to the module's {@code target/operation-coverage}) as {@code service, operationId, method, status, handler|platform, count}. Off otherwise: nothing
 * is recorded in production.
 */
public final class OperationCoverage {
    public static final String DIRECTORY_PROPERTY = "necp.coverage.dir";
    private static final Optional<OperationCoverage> INSTANCE = Optional.ofNullable(System.getProperty(DIRECTORY_PROPERTY))
            .filter(dir -> !dir.isBlank()).map(dir -> new OperationCoverage(Path.of(dir)));

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    private OperationCoverage(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(dir), "operation-coverage"));
    }

    /**
     * Counts one answer, if recording is on. {@code admitted}: the request passed the platform (authentication,
     * x-callers, validation) and went on to the service's routing, so the answer is the handler's (or the 501 of an
     * operation without one); refusals by the platform prove nothing about the implementation.
     */
    static void record(String service, String operationId, String method, int status, boolean admitted) {
        INSTANCE.ifPresent(coverage -> coverage.counts.computeIfAbsent(service + "\t" + operationId + "\t" + method
                + "\t" + status + "\t" + (admitted ? "handler" : "platform"), key -> new LongAdder()).increment());
    }

    private void write(Path dir) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(counts).forEach((key, count) -> lines.append(key).append('\t').append(count.sum()).append('\n'));
        try {
            Files.createDirectories(dir);
            // One file per surefire fork, replaced by the next run of the same module.
            String fork = System.getProperty("surefire.forkNumber", String.valueOf(ProcessHandle.current().pid()));
            Files.writeString(dir.resolve("fork-" + fork + ".tsv"), lines);
        } catch (IOException e) {
            System.err.println("operation coverage not written to " + dir + ": " + e.getMessage());
        }
    }
}
