package com.necpgame.economy.lots;

import java.util.List;

import com.necpgame.platform.PlatformContext;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;

/**
 * {@code necp_economy_lots_settled_total{house, outcome}}: the lots the settlement job settled at their close, SOLD
 * to the leading bidder or UNSOLD. Buyouts and withdrawals settle inside their own requests and show as those
 * operations' request counts. Counted after the lot's transaction committed; every combination exists from the
 * start at 0, so a rate over it is defined before the first settlement.
 */
public final class SettlementMetrics {
    static final String SETTLED = "necp_economy_lots_settled_total";
    private static final List<SettlementOutcome> AT_CLOSE = List.of(SettlementOutcome.SOLD, SettlementOutcome.UNSOLD);

    private final MeterRegistry registry;
    private final String service;

    public SettlementMetrics(PlatformContext ctx) {
        this.registry = ctx.metrics();
        this.service = ctx.serviceName();
        for (House house : House.values()) {
            for (SettlementOutcome outcome : AT_CLOSE) {
                counter(house, outcome);
            }
        }
    }

    void settled(House house, SettlementOutcome outcome) {
        counter(house, outcome).increment();
    }

    private Counter counter(House house, SettlementOutcome outcome) {
        return registry.getOrCreate(Counter.builder(SETTLED)
                .description("Lots settled by the settlement job at their close, by house and outcome")
                .tags(List.of(Tag.create("service", service), Tag.create("house", house.name()),
                        Tag.create("outcome", outcome.name()))));
    }
}
