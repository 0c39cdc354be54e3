package com.necpgame.economy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.necpgame.economy.ReefBooks.Ack;
import com.necpgame.economy.ReefBooks.SeenBid;
import com.necpgame.economy.ReefBooks.SeenLot;
import com.necpgame.economy.ReefBooks.SeenWallet;
import com.necpgame.economy.TestEconomy.Player;
import com.necpgame.economy.client.ApiClient;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.ReefExchangeApi;
import com.necpgame.economy.client.api.WalletsApi;
import com.necpgame.economy.client.model.Currency;
import com.necpgame.economy.client.model.CurrencyBalance;
import com.necpgame.economy.client.model.LedgerEntry;
import com.necpgame.economy.client.model.PlaceBidRequest;
import com.necpgame.economy.client.model.ReefBid;
import com.necpgame.economy.client.model.ReefBidReceipt;
import com.necpgame.economy.client.model.ReefLot;
import com.necpgame.economy.client.model.ReefSeasonStatus;

/**
 * The Reef Exchange load test ({@code tools/reef-exchange-load}): the real economy-service and character-service on
 * the embedded PostgreSQL, hundreds of concurrent bidders on a few hot lots through the generated client, with
 * retries and repeated idempotency keys; prints bids per second and latency percentiles, then checks the books
 * through the API before and after the season close ({@link ReefBooks}) and exits 1 when any check fails.
 *
 * <p>Arguments: {@code bidders lots seconds} (defaults 200 4 20).
 */
public final class ReefExchangeLoad {
    private static final long FUNDS = 10_000_000;
    private static final ThreadLocal<String> TOKEN = new ThreadLocal<>();

    private ReefExchangeLoad() {
    }

    public static void main(String[] args) throws Exception {
        int bidderCount = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int lotCount = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Duration length = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
        int failures;
        try (TestEconomy economy = new TestEconomy("PT0.2S")) {
            failures = run(economy, bidderCount, lotCount, length);
        }
        System.out.println(failures == 0 ? "reef-exchange-load: PASSED every book check"
                : "reef-exchange-load: FAILED " + failures + " book checks");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int run(TestEconomy economy, int bidderCount, int lotCount, Duration length) throws Exception {
        String season = "reef-load";
        economy.openSeason(season, 30);
        ApiClient client = economy.client("unused");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKEN.get()));
        ReefExchangeApi reef = new ReefExchangeApi(client);
        WalletsApi wallets = new WalletsApi(client);

        System.out.printf("setting up %d bidders and %d lots ...%n", bidderCount, lotCount);
        Map<UUID, Player> players = new ConcurrentHashMap<>();
        List<Player> sellers = new ArrayList<>();
        List<UUID> lots = new ArrayList<>();
        for (int i = 0; i < lotCount; i++) {
            Player seller = economy.newPlayer();
            economy.giveItems(seller.characterId(), "kraken-prime-core", 1);
            lots.add(economy.listLot(seller, season, "kraken-prime-core", 100, null, 72));
            sellers.add(seller);
            players.put(seller.characterId(), seller);
        }
        List<Player> bidders = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService setup = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < bidderCount; i++) {
                setup.submit(() -> {
                    Player bidder = economy.newPlayer();
                    economy.fund(bidder.characterId(), "EDDIES", FUNDS);
                    bidders.add(bidder);
                    players.put(bidder.characterId(), bidder);
                });
            }
        }

        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong refused = new AtomicLong();
        AtomicLong replays = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + length.toNanos();
        System.out.printf("bidding for %d s ...%n", length.toSeconds());
        long began;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Player bidder : bidders) {
                pool.submit(() -> {
                    TOKEN.set(bidder.token());
                    start.await();
                    while (System.nanoTime() < deadline) {
                        UUID lotId = lots.get(ThreadLocalRandom.current().nextInt(lots.size()));
                        long minimum = reef.getReefLot(lotId).getMinimumNextBid();
                        long amount = minimum + ThreadLocalRandom.current().nextLong(0, Math.max(1, minimum / 50));
                        String key = UUID.randomUUID().toString();
                        PlaceBidRequest bid = new PlaceBidRequest().bidderCharacterId(bidder.characterId()).amount(amount);
                        long t0 = System.nanoTime();
                        ReefBidReceipt receipt = place(reef, lotId, key, bid, retries, refused);
                        latencies.add(System.nanoTime() - t0);
                        if (receipt == null) {
                            continue;
                        }
                        acks.add(new Ack(lotId, bidder.characterId(), amount, receipt.getBid().getBidId()));
                        if (ThreadLocalRandom.current().nextInt(10) == 0) { // a client that retries anyway
                            ReefBidReceipt again = place(reef, lotId, key, bid, retries, refused);
                            if (again == null || !again.getBid().getBidId().equals(receipt.getBid().getBidId())) {
                                throw new IllegalStateException("a repeated Idempotency-Key did not replay its bid");
                            }
                            replays.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            began = System.nanoTime();
            start.countDown();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d bid requests in %.1f s: %.0f bids/s (%d acknowledged, %d refused as too low or "
                        + "leading, %d replays, %d retries); latency p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms%n",
                sorted.length, seconds, sorted.length / seconds, acks.size(), refused.get(), replays.get(),
                retries.get(), ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999));

        int failures = report("open", check(reef, wallets, lots, acks, bidders, sellers, false));
        TOKEN.set(economy.operatorToken());
        reef.closeReefSeason(season, UUID.randomUUID().toString());
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (reef.getReefSeason(season).getStatus() != ReefSeasonStatus.CLOSED) {
            if (System.nanoTime() > until) {
                System.out.println("FAIL: the season was not settled within 60 s");
                return failures + 1;
            }
            Thread.sleep(100);
        }
        failures += report("settled", check(reef, wallets, lots, acks, bidders, sellers, true));
        TOKEN.set(economy.operatorToken());
        var books = new com.necpgame.economy.client.api.OperationsApi(client).checkLedgerInvariant();
        System.out.println("books: " + books.getCurrencies().getFirst());
        if (!books.getBalanced()) {
            System.out.println("FAIL: checkLedgerInvariant says the books do not balance: " + books);
            failures++;
        }
        System.out.println(PgbenchBaseline.run(economy.service.context().dataSource(),
                bidders.stream().map(Player::characterId).toList(), lots, (int) Math.max(5, length.toSeconds())));
        return failures;
    }

    private static ReefBidReceipt place(ReefExchangeApi reef, UUID lotId, String key, PlaceBidRequest bid,
                                        AtomicLong retries, AtomicLong refused) throws ApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return reef.placeReefBid(lotId, key, bid);
            } catch (ApiException e) {
                if (e.getCode() == 409 || e.getCode() == 422) {
                    refused.incrementAndGet();
                    return null;
                }
                if (attempt >= 5) { // no answer or 5xx: retry with the same key, as a client would
                    throw e;
                }
                retries.incrementAndGet();
            }
        }
    }

    private static ReefBooks check(ReefExchangeApi reef, WalletsApi walletsApi, List<UUID> lotIds, List<Ack> acks,
                                   List<Player> bidders, List<Player> sellerPlayers, boolean settled)
            throws ApiException {
        TOKEN.set(bidders.getFirst().token());
        List<SeenLot> lots = new ArrayList<>();
        List<SeenBid> bids = new ArrayList<>();
        for (UUID lotId : lotIds) {
            ReefLot lot = reef.getReefLot(lotId);
            lots.add(new SeenLot(lotId, lot.getSellerCharacterId(), lot.getCurrentBid(),
                    lot.getLeadingBidderCharacterId(), lot.getBidCount(), lot.getStatus().getValue(),
                    lot.getSettlement() == null ? null : lot.getSettlement().getWinnerCharacterId(),
                    lot.getSettlement() == null ? null : lot.getSettlement().getFinalPrice()));
            for (int page = 1; ; page++) {
                var found = reef.listReefLotBids(lotId, page, 100);
                for (ReefBid b : found.getItems()) {
                    bids.add(new SeenBid(b.getBidId(), lotId, b.getBidderCharacterId(), b.getAmount(),
                            b.getStatus().getValue(), b.getRefundedAt() != null));
                }
                if (page * 100L >= found.getTotal()) {
                    break;
                }
            }
        }
        Map<UUID, Long> funded = new HashMap<>();
        Map<UUID, SeenWallet> wallets = new HashMap<>();
        List<Player> everyone = new ArrayList<>(bidders);
        everyone.addAll(sellerPlayers);
        for (Player bidder : bidders) {
            funded.put(bidder.characterId(), FUNDS);
        }
        for (Player p : everyone) {
            TOKEN.set(p.token());
            CurrencyBalance eddies = walletsApi.getWallet(p.characterId()).getBalances().getFirst();
            Map<String, Integer> entries = new HashMap<>();
            for (int page = 1; ; page++) {
                var found = walletsApi.listLedgerEntries(p.characterId(), Currency.EDDIES, page, 100);
                for (LedgerEntry e : found.getItems()) {
                    String kind = e.getEntryType().getValue() + "/" + e.getReason().getValue();
                    entries.merge(kind, 1, Integer::sum);
                    entries.merge(kind + "/" + e.getReferenceId(), 1, Integer::sum);
                }
                if (page * 100L >= found.getTotal()) {
                    break;
                }
            }
            wallets.put(p.characterId(), new SeenWallet(eddies.getAvailable(), eddies.getEscrowed(), entries));
        }
        return new ReefBooks().checkLots(acks, lots, bids, settled)
                .checkWallets(acks, lots, bids, funded, wallets, settled);
    }

    private static int report(String phase, ReefBooks books) {
        if (books.failures().isEmpty()) {
            System.out.println("books " + phase + ": every check passed");
        }
        books.failures().forEach(f -> System.out.println("FAIL (" + phase + "): " + f));
        return books.failures().size();
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
