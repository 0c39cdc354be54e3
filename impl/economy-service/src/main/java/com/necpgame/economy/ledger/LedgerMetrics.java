package com.necpgame.economy.ledger;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import com.necpgame.platform.PlatformContext;
import com.necpgame.platform.metrics.Gauges;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;

/**
 * The books as Prometheus gauges, from the operator's own check ({@link WalletService#invariant()}, the named
 * statement {@code ledger-invariant}): whether they balance, by how much each currency is off, wallets out of
 * line with their entries, negative balances, and what wallets hold available and in escrow per currency.
 *
 * <p>The check reads every ledger entry, so it runs at most once per {@code economy.metrics.ledger-check-max-age}
 * (default 30 s) per replica, only when scraped, on a virtual thread; a scrape waits for it at most one second and
 * otherwise reports the last check. Until the first check (or while the database is down at the first one) the
 * gauges are NaN, which no alert compares true; {@code necp_economy_ledger_checked_timestamp_seconds} tells how old
 * the figures are.
 */
public final class LedgerMetrics {
    static final String BALANCED = "necp_economy_ledger_balanced";
    static final String IMBALANCE = "necp_economy_ledger_imbalance";
    static final String OUT_OF_LINE = "necp_economy_ledger_wallets_out_of_line";
    static final String NEGATIVE = "necp_economy_ledger_negative_balances";
    static final String AVAILABLE = "necp_economy_wallets_available";
    static final String ESCROWED = "necp_economy_wallets_escrowed";
    static final String CHECKED = "necp_economy_ledger_checked_timestamp_seconds";
    private static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(30);
    private static final Duration SCRAPE_WAIT = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(LedgerMetrics.class.getName());

    private record Check(LedgerInvariant invariant, Instant at) {
    }

    private final WalletService wallets;
    private final Duration maxAge;
    /** The wall clock: how old a check is has nothing to do with the service's (test) clock. */
    private final Clock wall = Clock.systemUTC();
    private final AtomicReference<Check> last = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Void>> running = new AtomicReference<>();

    private LedgerMetrics(WalletService wallets, Duration maxAge) {
        this.wallets = wallets;
        this.maxAge = maxAge;
    }

    /** Registers the gauges (replacing those of a previous start in this JVM: one registry per JVM). */
    public static void register(PlatformContext ctx, WalletService wallets) {
        LedgerMetrics books = new LedgerMetrics(wallets, ctx.config().get("economy.metrics.ledger-check-max-age")
                .as(Duration.class).orElse(DEFAULT_MAX_AGE));
        MeterRegistry registry = ctx.metrics();
        List<Tag> service = List.of(Tag.create("service", ctx.serviceName()));
        books.gauge(registry, BALANCED, service, "1 when the operator's ledger check passes, 0 when the books are broken",
                i -> i.balanced() ? 1 : 0);
        books.gauge(registry, OUT_OF_LINE, service, "Wallets whose balances differ from the sum of their own entries",
                LedgerInvariant::walletsOutOfLine);
        books.gauge(registry, NEGATIVE, service, "Wallet balances below zero", LedgerInvariant::negativeBalances);
        for (Currency currency : Currency.values()) {
            List<Tag> tags = List.of(service.getFirst(), Tag.create("currency", currency.name()));
            books.gauge(registry, IMBALANCE, tags, "Held (available + escrowed) minus (minted - burned); 0 when balanced",
                    i -> totals(i, currency, t -> t.available() + t.escrowed() - (t.minted() - t.burned())));
            books.gauge(registry, AVAILABLE, tags, "Sum of available balances over all wallets",
                    i -> totals(i, currency, CurrencyTotals::available));
            books.gauge(registry, ESCROWED, tags, "Sum held in escrow (bids, trades, crafts) over all wallets",
                    i -> totals(i, currency, CurrencyTotals::escrowed));
        }
        Gauges.replace(registry, CHECKED, service, "When the ledger figures were last computed (Unix seconds)", books,
                b -> b.current() == null ? Double.NaN : b.current().at().toEpochMilli() / 1000.0);
    }

    private void gauge(MeterRegistry registry, String name, List<Tag> tags, String description,
                       ToDoubleFunction<LedgerInvariant> value) {
        Gauges.replace(registry, name, tags, description, this, books -> {
            Check check = books.current();
            return check == null ? Double.NaN : value.applyAsDouble(check.invariant());
        });
    }

    /** The check lists every currency (the statement's VALUES); NaN should one ever be missing. */
    private static double totals(LedgerInvariant invariant, Currency currency, ToDoubleFunction<CurrencyTotals> value) {
        return invariant.currencies().stream().filter(t -> t.currency() == currency).findFirst()
                .map(value::applyAsDouble).orElse(Double.NaN);
    }

    /** The last check, refreshed first (waiting at most a second) when it is older than the maximum age. */
    private Check current() {
        Check seen = last.get();
        if (seen != null && Duration.between(seen.at(), wall.instant()).compareTo(maxAge) < 0) {
            return seen;
        }
        CompletableFuture<Void> refresh = running.get();
        if (refresh == null || refresh.isDone()) {
            CompletableFuture<Void> started = new CompletableFuture<>();
            if (running.compareAndSet(refresh, started)) {
                Thread.ofVirtual().name("ledger-metrics").start(() -> {
                    try {
                        last.set(new Check(wallets.invariant(), wall.instant()));
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "ledger check for metrics failed: " + e.getMessage());
                    } finally {
                        started.complete(null);
                    }
                });
            }
            refresh = running.get();
        }
        try {
            refresh.get(SCRAPE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // report the last check; the refresh goes on and the next scrape sees it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return last.get();
    }
}
