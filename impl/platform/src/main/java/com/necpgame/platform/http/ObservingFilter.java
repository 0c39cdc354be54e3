package com.necpgame.platform.http;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.necpgame.platform.problem.ProblemResponder;
import com.necpgame.platform.spec.ApiOperation;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * The outermost filter: gives the request its id (echoed in {@code X-Request-Id}), answers any failure of the
 * filters after it as a problem (failures in handlers are answered by the routing's error handler, the same
 * {@link ProblemResponder}), and records one request counter and latency timer per operation and status, plus a
 * log line at FINE.
 */
public final class ObservingFilter implements Filter {
    private static final System.Logger LOG = System.getLogger(ObservingFilter.class.getName());
    static final String REQUESTS = "necp.requests";
    static final String DURATION = "necp.request.duration";

    private final String service;
    private final ProblemResponder problems;
    private final MeterRegistry metrics;
    /*
     * The registry's getOrCreate builds the meter's id from its name and tags and looks it up on every call: 4% of
     * character-service's CPU under read load (JFR). The meters of an operation and status are the same all along,
     * so each is looked up once; their number is bounded by the spec's operations times the statuses they answer.
     */
    private final ConcurrentMap<MeterKey, RequestMeters> meters = new ConcurrentHashMap<>();

    public ObservingFilter(String service, ProblemResponder problems, MeterRegistry metrics) {
        this.service = service;
        this.problems = problems;
        this.metrics = metrics;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long start = System.nanoTime();
        RequestId id = RequestId.fromHeaderOrNew(request);
        request.context().register(id);
        response.header(RequestId.HEADER, id.value());
        try {
            chain.proceed();
        } catch (RuntimeException | Error failure) {
            problems.respond(request, response, failure);
        }
        long nanos = System.nanoTime() - start;
        String operation = request.context().get(ApiOperation.class).map(ApiOperation::operationId).orElse("none");
        int status = response.status().code();
        record(operation, request.prologue().method().text(), status, nanos);
        OperationCoverage.record(service, operation, request.prologue().method().text(), status,
                request.context().get(OperationFilter.Admitted.class).isPresent());
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, String.format("[%s] %s %s -> %d (%s) %.1f ms", id, request.prologue().method().text(),
                    request.path().rawPath(), status, operation, nanos / 1e6));
        }
    }

    /** Histogram buckets (aggregatable over replicas, unlike quantiles): 5 ms to 10 s. */
    private static final Duration[] LATENCY_BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    private void record(String operation, String method, int status, long nanos) {
        RequestMeters meters = this.meters.computeIfAbsent(new MeterKey(operation, method, status), this::register);
        meters.requests().increment();
        meters.duration().record(nanos, TimeUnit.NANOSECONDS);
    }

    private record MeterKey(String operation, String method, int status) {
    }

    private record RequestMeters(Counter requests, Timer duration) {
    }

    private RequestMeters register(MeterKey key) {
        List<Tag> tags = List.of(Tag.create("service", service), Tag.create("operationId", key.operation()),
                Tag.create("method", key.method()), Tag.create("status", String.valueOf(key.status())));
        return new RequestMeters(
                metrics.getOrCreate(Counter.builder(REQUESTS)
                        .description("HTTP requests by operation and status")
                        .tags(tags)),
                metrics.getOrCreate(Timer.builder(DURATION)
                        .description("HTTP request latency by operation and status")
                        .buckets(LATENCY_BUCKETS)
                        .tags(tags)));
    }
}
