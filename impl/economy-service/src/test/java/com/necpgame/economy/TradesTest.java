package com.necpgame.economy;

import static com.necpgame.economy.TestEconomy.BASE;
import static com.necpgame.economy.TestEconomy.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.economy.TestEconomy.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Trades: escrowed offers, confirmations reset by any change, one atomic swap, cancel, 5-minute expiry. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradesTest {
    private static final String TRADES = BASE + "/trades";
    @AutoClose
    private final TestEconomy economy = new TestEconomy();
    private final Http http = economy.http;

    private String open(Player a, Player b) {
        return http.post(TRADES, "{\"initiatorCharacterId\":\"" + a.characterId() + "\",\"counterpartCharacterId\":\""
                + b.characterId() + "\"}", a.token()).assertStatus(201).json().get("tradeId").asText();
    }

    private Http.Reply offer(Player p, String tradeId, String items, String currencies) {
        return http.send("PUT", TRADES + "/" + tradeId + "/offer", "{\"characterId\":\"" + p.characterId()
                + "\",\"offer\":{\"items\":[" + items + "],\"currencies\":[" + currencies + "]}}", p.token(), key());
    }

    private Http.Reply confirm(Player p, String tradeId, int version) {
        return http.send("POST", TRADES + "/" + tradeId + "/confirmations", "{\"characterId\":\"" + p.characterId()
                + "\",\"offerVersion\":" + version + "}", p.token(), key());
    }

    @Test
    void bothConfirmationsSwapTheEscrowedOffersAtomically() {
        Player alice = economy.newPlayer();
        Player bob = economy.newPlayer();
        economy.giveItems(alice.characterId(), "mantis-blades-mk2", 1);
        economy.fund(bob.characterId(), "EDDIES", 50_000);
        String tradeId = open(alice, bob);
        JsonNode trade = offer(alice, tradeId, "{\"itemId\":\"mantis-blades-mk2\",\"quantity\":1}", "")
                .assertStatus(200).json();
        assertThat(trade.get("offerVersion").asInt()).isEqualTo(1);
        offer(bob, tradeId, "", "{\"currency\":\"EDDIES\",\"amount\":45000}").assertStatus(200);
        assertThat(economy.escrowed(bob, "EDDIES")).isEqualTo(45_000);

        confirm(alice, tradeId, 1).assertProblem(409, "OFFER_CHANGED");
        JsonNode confirmed = confirm(alice, tradeId, 2).assertStatus(200).json();
        assertThat(confirmed.get("initiator").get("confirmed").asBoolean()).isTrue();
        assertThat(confirm(alice, tradeId, 2).assertStatus(200).json().get("status").asText()).isEqualTo("OPEN");
        // any change resets both confirmations
        offer(bob, tradeId, "", "{\"currency\":\"EDDIES\",\"amount\":44000}").assertStatus(200);
        JsonNode reset = http.get(TRADES + "/" + tradeId, alice.token()).assertStatus(200).json();
        assertThat(reset.get("initiator").get("confirmed").asBoolean()).isFalse();
        assertThat(reset.get("offerVersion").asInt()).isEqualTo(3);
        assertThat(economy.escrowed(bob, "EDDIES")).isEqualTo(44_000);

        confirm(alice, tradeId, 3).assertStatus(200);
        JsonNode done = confirm(bob, tradeId, 3).assertStatus(200).json();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.has("completedAt")).isTrue();
        assertThat(economy.available(alice, "EDDIES")).isEqualTo(44_000);
        assertThat(economy.available(bob, "EDDIES")).isEqualTo(6000);
        assertThat(economy.escrowed(bob, "EDDIES")).isZero();
        JsonNode bobItems = http.get(BASE + "/characters/" + bob.characterId() + "/inventory", bob.token()).json();
        assertThat(bobItems.get("items").get(0).get("itemId").asText()).isEqualTo("mantis-blades-mk2");
        JsonNode ledger = http.get(BASE + "/characters/" + alice.characterId() + "/ledger", alice.token()).json();
        assertThat(ledger.get("items").get(0).get("entryType").asText()).isEqualTo("TRANSFER_IN");
        assertThat(ledger.get("items").get(0).get("counterpartyCharacterId").asText())
                .isEqualTo(bob.characterId().toString());
        offer(alice, tradeId, "", "").assertProblem(409, "TRADE_NOT_OPEN");
        http.send("POST", TRADES + "/" + tradeId + "/cancellation", "{\"characterId\":\"" + alice.characterId() + "\"}",
                alice.token(), key()).assertProblem(409, "TRADE_NOT_OPEN");
        assertThat(http.get(TRADES + "?characterId=" + alice.characterId() + "&status=COMPLETED", alice.token())
                .assertStatus(200).json().get("total").asInt()).isEqualTo(1);
        economy.assertBooksBalance();
    }

    @Test
    void theRulesOfOpeningAndOffering() {
        Player alice = economy.newPlayer();
        Player bob = economy.newPlayer();
        Player carol = economy.newPlayer();
        String create = "{\"initiatorCharacterId\":\"%s\",\"counterpartCharacterId\":\"%s\"}";
        http.post(TRADES, create.formatted(alice.characterId(), alice.characterId()), alice.token())
                .assertProblem(422, "TRADE_WITH_SELF");
        http.post(TRADES, create.formatted(alice.characterId(), UUID.randomUUID()), alice.token())
                .assertProblem(404, "CHARACTER_NOT_FOUND");
        http.post(TRADES, create.formatted(bob.characterId(), alice.characterId()), alice.token())
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        String tradeId = open(alice, bob);
        http.post(TRADES, create.formatted(carol.characterId(), bob.characterId()), carol.token())
                .assertProblem(409, "TRADE_ALREADY_OPEN");
        http.get(TRADES + "/" + tradeId, carol.token()).assertProblem(403, "NOT_TRADE_PARTY");
        offer(carol, tradeId, "", "").assertProblem(403, "NOT_TRADE_PARTY");
        offer(alice, tradeId, "", "{\"currency\":\"JUN_COIN\",\"amount\":1}").assertStatus(400);
        offer(alice, tradeId, "{\"itemId\":\"synth-polymer\",\"quantity\":1},{\"itemId\":\"synth-polymer\",\"quantity\":2}",
                "").assertProblem(422, "DUPLICATE_OFFER_ENTRY");
        offer(alice, tradeId, "", "{\"currency\":\"EDDIES\",\"amount\":1}").assertProblem(422, "INSUFFICIENT_FUNDS");
        offer(alice, tradeId, "{\"itemId\":\"synth-polymer\",\"quantity\":1}", "").assertProblem(422, "INSUFFICIENT_ITEMS");
        confirm(alice, tradeId, 0).assertProblem(422, "EMPTY_TRADE");
    }

    @Test
    void cancellingOrExpiringReleasesBothOffers() {
        Player alice = economy.newPlayer();
        Player bob = economy.newPlayer();
        economy.fund(alice.characterId(), "LUMINA_SHARD", 10);
        economy.fund(bob.characterId(), "NEON_MERIT", 100);
        String tradeId = open(alice, bob);
        offer(alice, tradeId, "", "{\"currency\":\"LUMINA_SHARD\",\"amount\":4}").assertStatus(200);
        offer(bob, tradeId, "", "{\"currency\":\"NEON_MERIT\",\"amount\":100}").assertStatus(200);
        JsonNode cancelled = http.send("POST", TRADES + "/" + tradeId + "/cancellation",
                "{\"characterId\":\"" + bob.characterId() + "\"}", bob.token(), key()).assertStatus(200).json();
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancelledByCharacterId").asText()).isEqualTo(bob.characterId().toString());
        assertThat(economy.available(alice, "LUMINA_SHARD")).isEqualTo(10);
        assertThat(economy.available(bob, "NEON_MERIT")).isEqualTo(100);
        assertThat(http.send("POST", TRADES + "/" + tradeId + "/cancellation",
                "{\"characterId\":\"" + alice.characterId() + "\"}", alice.token(), key()).assertStatus(200)
                .json().get("status").asText()).isEqualTo("CANCELLED");

        String second = open(alice, bob);
        offer(alice, second, "", "{\"currency\":\"LUMINA_SHARD\",\"amount\":6}").assertStatus(200);
        assertThat(economy.escrowed(alice, "LUMINA_SHARD")).isEqualTo(6);
        economy.clock.advance(Duration.ofMinutes(5));
        Player alice2 = economy.refreshed(alice);
        assertThat(http.get(TRADES + "/" + second, alice2.token()).json().get("status").asText()).isEqualTo("EXPIRED");
        confirm(alice2, second, 1).assertProblem(409, "TRADE_NOT_OPEN");
        economy.await(() -> economy.escrowed(alice2, "LUMINA_SHARD") == 0);
        assertThat(economy.available(alice2, "LUMINA_SHARD")).isEqualTo(10);
        open(alice2, economy.refreshed(bob)); // the expired session no longer holds either character
        economy.assertBooksBalance();
    }

    @Test
    void twoConfirmationsRacingSwapExactlyOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            Player alice = economy.newPlayer();
            Player bob = economy.newPlayer();
            economy.fund(alice.characterId(), "EDDIES", 1000);
            economy.giveItems(bob.characterId(), "synth-polymer", 1);
            String tradeId = open(alice, bob);
            offer(alice, tradeId, "", "{\"currency\":\"EDDIES\",\"amount\":700}").assertStatus(200);
            offer(bob, tradeId, "{\"itemId\":\"synth-polymer\",\"quantity\":1}", "").assertStatus(200);
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                Future<Integer> a = pool.submit(() -> {
                    start.await();
                    return confirm(alice, tradeId, 2).status();
                });
                Future<Integer> b = pool.submit(() -> {
                    start.await();
                    return confirm(bob, tradeId, 2).status();
                });
                start.countDown();
                assertThat(a.get()).isEqualTo(200);
                assertThat(b.get()).isEqualTo(200);
            }
            assertThat(http.get(TRADES + "/" + tradeId, alice.token()).json().get("status").asText())
                    .isEqualTo("COMPLETED");
            assertThat(economy.available(alice, "EDDIES")).isEqualTo(300);
            assertThat(economy.available(bob, "EDDIES")).isEqualTo(700);
            assertThat(economy.escrowed(alice, "EDDIES")).isZero();
        }
        economy.assertBooksBalance();
    }
}
