package com.necpgame.platform.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;

/**
 * Registers gauges so that the latest start wins: the metrics registry is one per JVM, and {@code getOrCreate}
 * alone would keep reading the first start's source when a service starts again in the same JVM (tests).
 */
public final class Gauges {
    private Gauges() {
    }

    /** Registers the gauge {@code name} with {@code tags}, replacing one registered before with the same tags. */
    public static <T> void replace(MeterRegistry registry, String name, List<Tag> tags, String description, T source,
                                   ToDoubleFunction<T> value) {
        registry.remove(name, tags);
        registry.getOrCreate(Gauge.builder(name, source, value).description(description).tags(tags));
    }
}
