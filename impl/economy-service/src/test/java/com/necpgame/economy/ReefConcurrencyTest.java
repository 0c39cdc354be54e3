package com.necpgame.economy;

import static com.necpgame.economy.TestEconomy.BASE;
import static com.necpgame.economy.TestEconomy.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.economy.TestEconomy.Player;
import com.necpgame.economy.ledger.Ledger;
import com.necpgame.economy.ledger.LedgerRepository;
import com.necpgame.economy.lots.LotRepository;
import com.necpgame.economy.lots.LotService;
import com.necpgame.economy.lots.SettlementMetrics;
import com.necpgame.economy.tx.Work;
import com.necpgame.platform.PlatformContext;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reef Exchange under races: concurrent bidders on one hot lot (with retried keys), equal bids, and settlement run
 * by several replicas at once. The settlement job itself runs only hourly here, so the replicas below do the work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReefConcurrencyTest {
    private static final String SEASON = "reef-race";
    private static final long FUNDS = 1_000_000;
    @AutoClose
    private final TestEconomy economy = new TestEconomy("PT1H");
    private final Http http = economy.http;

    ReefConcurrencyTest() {
        economy.openSeason(SEASON, 30);
    }

    private record Ack(UUID bidder, long amount, String bidId) {
    }

    @Test
    void concurrentBiddersOnAHotLotNeverLoseOrDoubleCountABid() throws Exception {
        Player seller = economy.newPlayer();
        economy.giveItems(seller.characterId(), "kraken-prime-core", 1);
        UUID lotId = economy.listLot(seller, SEASON, "kraken-prime-core", 100, null, 24);
        List<Player> bidders = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Player bidder = economy.newPlayer();
            economy.fund(bidder.characterId(), "EDDIES", FUNDS);
            bidders.add(bidder);
        }
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            List<Future<?>> runs = new ArrayList<>();
            for (Player bidder : bidders) {
                runs.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int attempt = 0; attempt < 6; attempt++) {
                        long minimum = economy.lot(lotId, bidder.token()).get("minimumNextBid").asLong();
                        long amount = minimum + ThreadLocalRandom.current().nextLong(0, 30);
                        var key = key(bidder.characterId() + "-" + attempt);
                        Http.Reply reply = economy.bid(bidder, lotId, amount, key);
                        if (reply.status() == 201) {
                            acks.add(new Ack(bidder.characterId(), amount, reply.json().get("bid").get("bidId").asText()));
                            // a client retry of the same request: replayed, moves nothing again
                            Http.Reply replay = economy.bid(bidder, lotId, amount, key).assertStatus(201);
                            assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
                            assertThat(replay.json().get("bid").get("bidId").asText())
                                    .isEqualTo(reply.json().get("bid").get("bidId").asText());
                        } else {
                            assertThat(reply.status()).isIn(409, 422);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }

        assertThat(acks).isNotEmpty();
        Ack highest = acks.stream().max((a, b) -> Long.compare(a.amount(), b.amount())).orElseThrow();
        JsonNode lot = economy.lot(lotId, seller.token());
        assertThat(lot.get("currentBid").asLong()).isEqualTo(highest.amount());
        assertThat(lot.get("leadingBidderCharacterId").asText()).isEqualTo(highest.bidder().toString());
        assertThat(lot.get("bidCount").asInt()).isEqualTo(acks.size());

        JsonNode history = http.get(BASE + "/reef-exchange/lots/" + lotId + "/bids?limit=100", seller.token()).json();
        assertThat(history.get("total").asInt()).isEqualTo(acks.size());
        Set<String> ids = new HashSet<>();
        int leading = 0;
        for (JsonNode bid : history.get("items")) {
            ids.add(bid.get("bidId").asText());
            leading += bid.get("status").asText().equals("LEADING") ? 1 : 0;
        }
        assertThat(leading).isEqualTo(1);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(acks.stream().map(Ack::bidId).toList());
        // amounts strictly rise in the order the lot accepted them (each at least 5% above the one before)
        List<Long> inOrder = new ArrayList<>();
        history.get("items").forEach(bid -> inOrder.add(0, bid.get("amount").asLong()));
        for (int i = 1; i < inOrder.size(); i++) {
            assertThat(inOrder.get(i)).isGreaterThanOrEqualTo((inOrder.get(i - 1) * 105 + 99) / 100);
        }
        for (Player bidder : bidders) {
            long escrowed = economy.escrowed(bidder, "EDDIES");
            assertThat(escrowed).isEqualTo(bidder.characterId().equals(highest.bidder()) ? highest.amount() : 0);
            assertThat(economy.available(bidder, "EDDIES") + escrowed).isEqualTo(FUNDS);
        }
        economy.assertBooksBalance();
    }

    @Test
    void ofEqualConcurrentBidsExactlyOneWins() throws Exception {
        Player seller = economy.newPlayer();
        economy.giveItems(seller.characterId(), "synth-polymer", 1);
        UUID lotId = economy.listLot(seller, SEASON, "synth-polymer", 1000, null, 24);
        List<Player> bidders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Player bidder = economy.newPlayer();
            economy.fund(bidder.characterId(), "EDDIES", 5000);
            bidders.add(bidder);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            List<Future<?>> runs = new ArrayList<>();
            for (Player bidder : bidders) {
                runs.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    statuses.add(economy.bid(bidder, lotId, 1000).status());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        economy.assertBooksBalance();
    }

    @Test
    void settlementRunBySeveralReplicasAtOnceSettlesEveryLotExactlyOnce() throws Exception {
        Player seller = economy.newPlayer();
        economy.giveItems(seller.characterId(), "monowire-coil", 10);
        Player bidder = economy.newPlayer();
        economy.fund(bidder.characterId(), "EDDIES", 100_000);
        Map<UUID, Long> prices = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            UUID lotId = economy.listLot(seller, SEASON, "monowire-coil", 100, null, 24);
            if (i % 3 != 0) { // every third lot stays without a bid and returns unsold
                long price = 1000 + i * 10;
                economy.bid(bidder, lotId, price).assertStatus(201);
                prices.put(lotId, price);
            }
        }
        economy.clock.advance(Duration.ofHours(25)); // every lot of the season is past its close now
        String season = BASE + "/reef-exchange/seasons/" + SEASON;
        long due = http.get(season, economy.refreshed(seller).token()).json().get("activeLotCount").asLong();
        assertThat(due).isGreaterThanOrEqualTo(10);

        PlatformContext ctx = economy.service.context();
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> settledByEach = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int replica = 0; replica < 4; replica++) {
                LotService lots = new LotService(ctx.db(), new Work(ctx.db(), ctx.idempotency()), new LotRepository(),
                        new Ledger(new LedgerRepository(), ctx.clock()), null, ctx.clock(),
                        new SettlementMetrics(ctx));
                runs.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    settledByEach.add(lots.settleDue());
                    settledByEach.add(lots.settleDue()); // and a repeated run
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        assertThat(settledByEach.stream().mapToInt(Integer::intValue).sum()).isEqualTo(due);

        Player seller2 = economy.refreshed(seller);
        assertThat(http.get(season, seller2.token()).json().get("activeLotCount").asLong()).isZero();
        Player bidder2 = economy.refreshed(bidder);
        long proceeds = prices.values().stream().mapToLong(p -> p - p * 5 / 100).sum();
        long paid = prices.values().stream().mapToLong(Long::longValue).sum();
        assertThat(economy.available(seller2, "EDDIES")).isEqualTo(proceeds);
        assertThat(economy.available(bidder2, "EDDIES")).isEqualTo(100_000 - paid);
        assertThat(economy.escrowed(bidder2, "EDDIES")).isZero();
        JsonNode sellerLedger = http.get(BASE + "/characters/" + seller.characterId() + "/ledger?limit=100",
                seller2.token()).json();
        assertThat(sellerLedger.get("total").asInt()).isEqualTo(prices.size()); // one TRANSFER_IN per sold lot
        JsonNode items = http.get(BASE + "/characters/" + seller.characterId() + "/inventory", seller2.token())
                .json().get("items").get(0);
        assertThat(items.get("available").asInt()).isEqualTo(10 - prices.size());
        assertThat(items.get("escrowed").asInt()).isZero();
        economy.assertBooksBalance();
    }
}
