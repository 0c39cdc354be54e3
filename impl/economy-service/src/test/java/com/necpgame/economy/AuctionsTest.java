package com.necpgame.economy;

import static com.necpgame.economy.TestEconomy.BASE;
import static com.necpgame.economy.TestEconomy.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.economy.TestEconomy.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The generic auction house: no season, no anti-sniping, its own codes, settlement at closesAt exactly. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuctionsTest {
    private static final String AUCTIONS = BASE + "/auctions";
    @AutoClose
    private final TestEconomy economy = new TestEconomy();
    private final Http http = economy.http;

    private String create(Player seller, String item, long start, Long buyout, int hours) {
        return http.send("POST", AUCTIONS, "{\"sellerCharacterId\":\"" + seller.characterId() + "\",\"item\":{\"itemId\":\""
                + item + "\",\"quantity\":1},\"startingBid\":" + start + (buyout == null ? "" : ",\"buyoutPrice\":" + buyout)
                + ",\"durationHours\":" + hours + "}", seller.token(), key()).assertStatus(201).json()
                .get("auctionId").asText();
    }

    private Http.Reply bid(Player bidder, String auctionId, long amount) {
        return http.send("POST", AUCTIONS + "/" + auctionId + "/bids", "{\"bidderCharacterId\":\""
                + bidder.characterId() + "\",\"amount\":" + amount + "}", bidder.token(), key());
    }

    @Test
    void anAuctionTakesBidsClosesExactlyAtItsTimeAndSettles() {
        Player seller = economy.newPlayer();
        economy.giveItems(seller.characterId(), "mantis-blades-mk2", 2);
        Player a = economy.newPlayer();
        Player b = economy.newPlayer();
        economy.fund(a.characterId(), "EDDIES", 50_000);
        economy.fund(b.characterId(), "EDDIES", 50_000);
        String auctionId = create(seller, "mantis-blades-mk2", 10_000, 60_000L, 12);
        double soldBefore = settledAtClose("AUCTION", "SOLD");
        bid(a, auctionId, 10_000).assertStatus(201);
        bid(seller, auctionId, 20_000).assertProblem(422, "OWN_AUCTION");
        JsonNode receipt = bid(b, auctionId, 10_500).assertStatus(201).json();
        assertThat(receipt.get("auction").get("minimumNextBid").asLong()).isEqualTo(11_025);
        assertThat(http.get(AUCTIONS + "?sellerCharacterId=" + seller.characterId(), a.token()).json()
                .get("total").asInt()).isEqualTo(1);
        assertThat(http.get(AUCTIONS + "/" + auctionId + "/bids", a.token()).json().get("total").asInt()).isEqualTo(2);

        economy.clock.advance(Duration.ofHours(12).minusMinutes(1));
        Player a2 = economy.refreshed(a);
        JsonNode late = bid(a2, auctionId, 11_025).assertStatus(201).json();
        assertThat(late.get("auction").get("closesAt")).isEqualTo(receipt.get("auction").get("closesAt"));
        economy.clock.advance(Duration.ofMinutes(2));
        Player seller2 = economy.refreshed(seller);
        bid(economy.refreshed(b), auctionId, 20_000).assertProblem(409, "AUCTION_CLOSED");
        economy.await(() -> http.get(AUCTIONS + "/" + auctionId, seller2.token()).json().get("status").asText()
                .equals("SOLD"));
        JsonNode sold = http.get(AUCTIONS + "/" + auctionId, seller2.token()).json();
        assertThat(sold.get("settlement").get("winnerCharacterId").asText()).isEqualTo(a.characterId().toString());
        assertThat(economy.available(seller2, "EDDIES")).isEqualTo(11_025 - 551);
        economy.assertBooksBalance();
        // The metrics registry is the JVM's, shared with other tests: this test's settlement adds one.
        assertThat(settledAtClose("AUCTION", "SOLD")).isGreaterThanOrEqualTo(soldBefore + 1);
    }

    /** necp_economy_lots_settled_total for the house and outcome, as /observe/metrics serves it. */
    private double settledAtClose(String house, String outcome) {
        return http.metric("necp_economy_lots_settled_total", "house=\"" + house + "\"", "outcome=\"" + outcome + "\"");
    }

    @Test
    void buyoutAndWithdrawal() {
        Player seller = economy.newPlayer();
        economy.giveItems(seller.characterId(), "synth-polymer", 2);
        Player buyer = economy.newPlayer();
        economy.fund(buyer.characterId(), "EDDIES", 1000);
        String withBuyout = create(seller, "synth-polymer", 10, 500L, 24);
        bid(buyer, withBuyout, 500).assertProblem(422, "USE_BUYOUT");
        JsonNode bought = http.send("POST", AUCTIONS + "/" + withBuyout + "/buyout", "{\"buyerCharacterId\":\""
                + buyer.characterId() + "\"}", buyer.token(), key()).assertStatus(200).json();
        assertThat(bought.get("settlement").get("outcome").asText()).isEqualTo("BOUGHT_OUT");
        assertThat(economy.available(seller, "EDDIES")).isEqualTo(475);

        String plain = create(seller, "synth-polymer", 10, null, 48);
        http.send("POST", AUCTIONS + "/" + plain + "/buyout", "{\"buyerCharacterId\":\"" + buyer.characterId() + "\"}",
                buyer.token(), key()).assertProblem(422, "NO_BUYOUT");
        http.send("POST", AUCTIONS, "{\"sellerCharacterId\":\"" + seller.characterId()
                + "\",\"item\":{\"itemId\":\"synth-polymer\",\"quantity\":1},\"startingBid\":10,\"durationHours\":72}",
                seller.token(), key()).assertStatus(400);
        JsonNode withdrawn = http.send("POST", AUCTIONS + "/" + plain + "/cancellation", "{\"sellerCharacterId\":\""
                + seller.characterId() + "\"}", seller.token(), key()).assertStatus(200).json();
        assertThat(withdrawn.get("status").asText()).isEqualTo("CANCELLED");
        http.get(AUCTIONS + "/" + UUID.randomUUID(), seller.token()).assertProblem(404, "AUCTION_NOT_FOUND");
        economy.assertBooksBalance();
    }
}
