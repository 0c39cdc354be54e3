package com.necpgame.economy;

import static com.necpgame.economy.TestEconomy.BASE;
import static com.necpgame.economy.TestEconomy.key;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.economy.TestEconomy.Player;

/**
 * The scripted session of the issue ({@code tools/economy-session}): fund wallets, list a lot, outbid, snipe in the
 * last 5 minutes and see the close move, buy out another lot, close the season, see the books balance. It runs the
 * real services in one JVM with the test clock, because lots last at least 24 hours; every answer is checked against
 * the spec (the platform's Http) and every step's outcome asserted; exit 1 on the first failure.
 */
public final class EconomySession {
    private EconomySession() {
    }

    public static void main(String[] args) {
        try (TestEconomy economy = new TestEconomy("PT0.2S")) {
            play(economy);
            System.out.println("economy-session: PASSED");
        } catch (AssertionError | RuntimeException e) {
            System.out.println("economy-session: FAILED: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    private static void play(TestEconomy economy) {
        var http = economy.http;
        Player seller = economy.newPlayer();
        Player alice = economy.newPlayer();
        Player bob = economy.newPlayer();
        economy.giveItems(seller.characterId(), "kraken-prime-core", 2);
        economy.fund(alice.characterId(), "EDDIES", 50_000);
        economy.fund(bob.characterId(), "EDDIES", 50_000);
        step("funded alice and bob with 50000 EDDIES each, the seller with 2 kraken-prime-core");

        economy.openSeason("reef-session", 10);
        UUID lot = economy.listLot(seller, "reef-session", "kraken-prime-core", 1000, null, 24);
        UUID other = economy.listLot(seller, "reef-session", "kraken-prime-core", 1000, 9000L, 48);
        step("season reef-session is OPEN; listed lot " + lot + " (24 h) and lot " + other + " (buyout 9000)");

        economy.bid(alice, lot, 1000).assertStatus(201);
        economy.bid(bob, lot, 1050).assertStatus(201);
        expect(economy.available(alice, "EDDIES") == 50_000, "alice refunded at once when bob outbid her");
        step("alice bid 1000, bob outbid with 1050; alice holds 50000 again, bob escrows "
                + economy.escrowed(bob, "EDDIES"));

        Instant closes = Instant.parse(economy.lot(lot, bob.token()).get("closesAt").asText());
        economy.clock.advance(Duration.between(economy.clock.instant(), closes.minusSeconds(120)));
        Player alice2 = economy.refreshed(alice);
        JsonNode snipe = economy.bid(alice2, lot, 1103).assertStatus(201).json();
        Instant moved = Instant.parse(snipe.get("lot").get("closesAt").asText());
        expect(moved.equals(closes.plusSeconds(300)), "the close moved 5 minutes");
        step("2 minutes before the close alice bid 1103: closesAt moved from " + closes + " to " + moved);

        Player bob2 = economy.refreshed(bob);
        JsonNode bought = http.send("POST", BASE + "/reef-exchange/lots/" + other + "/buyout",
                "{\"buyerCharacterId\":\"" + bob2.characterId() + "\"}", bob2.token(), key()).assertStatus(200).json();
        expect(bought.get("settlement").get("outcome").asText().equals("BOUGHT_OUT"), "the buyout settled at once");
        step("bob bought lot " + other + " out for 9000 (seller got "
                + bought.get("settlement").get("sellerProceeds").asLong() + ", "
                + bought.get("settlement").get("feeBurned").asLong() + " burned)");

        JsonNode closing = http.send("POST", BASE + "/reef-exchange/seasons/reef-session/closure", null,
                economy.operatorToken(), key()).assertStatus(202).json();
        step("the operator closed the season: " + closing.get("status").asText());
        economy.await(() -> http.get(BASE + "/reef-exchange/seasons/reef-session", bob2.token()).json()
                .get("status").asText().equals("CLOSED"));
        JsonNode settled = economy.lot(lot, bob2.token());
        expect(settled.get("settlement").get("winnerCharacterId").asText().equals(alice.characterId().toString()),
                "alice won the sniped lot");
        step("season CLOSED; lot " + lot + " SOLD to alice for " + settled.get("settlement").get("finalPrice")
                + "; seller now holds " + economy.available(economy.refreshed(seller), "EDDIES") + " EDDIES");

        economy.assertBooksBalance();
        JsonNode books = http.get(BASE + "/operations/invariant", economy.operatorToken()).json();
        step("the books balance: " + books.get("currencies").get(0));
    }

    private static void step(String what) {
        System.out.println("  ok  " + what);
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
