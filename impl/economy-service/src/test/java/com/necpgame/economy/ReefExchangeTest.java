package com.necpgame.economy;

import static com.necpgame.economy.TestEconomy.BASE;
import static com.necpgame.economy.TestEconomy.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.economy.TestEconomy.Player;
import com.necpgame.economy.client.api.ReefExchangeApi;
import com.necpgame.economy.client.model.BidStatus;
import com.necpgame.economy.client.model.PlaceBidRequest;
import com.necpgame.economy.client.model.ReefBidReceipt;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Reef Exchange lots in an open season: listing, bids in escrow, anti-sniping, buyout, withdrawal, settlement. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReefExchangeTest {
    private static final String SEASON = "reef-test";
    @AutoClose
    private final TestEconomy economy = new TestEconomy();
    private final Http http = economy.http;

    ReefExchangeTest() {
        economy.openSeason(SEASON, 30);
    }

    private Player seller(String itemId, int quantity) {
        Player seller = economy.newPlayer();
        economy.giveItems(seller.characterId(), itemId, quantity);
        return seller;
    }

    private Player bidder(long eddies) {
        Player bidder = economy.newPlayer();
        economy.fund(bidder.characterId(), "EDDIES", eddies);
        return bidder;
    }

    @Test
    void listingMovesTheItemIntoEscrowWithinTheRules() {
        Player seller = seller("kraken-prime-core", 11);
        String lots = BASE + "/reef-exchange/seasons/" + SEASON + "/lots";
        String body = "{\"sellerCharacterId\":\"" + seller.characterId()
                + "\",\"item\":{\"itemId\":\"kraken-prime-core\",\"quantity\":1},\"startingBid\":5000,%s\"durationHours\":48}";
        JsonNode lot = http.send("POST", lots, body.formatted("\"buyoutPrice\":90000,"), seller.token(), key())
                .assertStatus(201).json();
        assertThat(lot.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(lot.get("minimumNextBid").asLong()).isEqualTo(5000);
        assertThat(Duration.between(Instant.parse(lot.get("listedAt").asText()),
                Instant.parse(lot.get("closesAt").asText()))).isEqualTo(Duration.ofHours(48));
        JsonNode stack = http.get(BASE + "/characters/" + seller.characterId() + "/inventory", seller.token())
                .json().get("items").get(0);
        assertThat(stack.get("available").asInt()).isEqualTo(10);
        assertThat(stack.get("escrowed").asInt()).isEqualTo(1);

        http.send("POST", lots, body.formatted("\"buyoutPrice\":5000,"), seller.token(), key())
                .assertProblem(422, "INVALID_BUYOUT");
        http.send("POST", lots, body.formatted("").replace("5000", "99"), seller.token(), key()).assertStatus(400);
        http.send("POST", lots, body.formatted("").replace("48", "36"), seller.token(), key()).assertStatus(400);
        http.send("POST", lots, body.formatted(""), economy.newPlayer().token(), key())
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        http.send("POST", BASE + "/reef-exchange/seasons/no-such-season/lots", body.formatted(""), seller.token(),
                key()).assertProblem(404, "SEASON_NOT_FOUND");
        for (int i = 0; i < 9; i++) {
            http.send("POST", lots, body.formatted(""), seller.token(), key()).assertStatus(201);
        }
        http.send("POST", lots, body.formatted(""), seller.token(), key()).assertProblem(422, "LOT_LIMIT_REACHED");

        Player poor = economy.newPlayer();
        http.send("POST", lots, body.formatted("").replace(seller.characterId().toString(),
                poor.characterId().toString()), poor.token(), key()).assertProblem(422, "INSUFFICIENT_ITEMS");
    }

    @Test
    void bidsAreHeldInEscrowAndTheOutbidBidderIsRefundedAtOnce() throws Exception {
        Player seller = seller("monowire-coil", 1);
        UUID lotId = economy.listLot(seller, SEASON, "monowire-coil", 1000, 5000L, 24);
        Player alice = bidder(10_000);
        Player bob = bidder(10_000);

        economy.bid(alice, lotId, 999).assertProblem(422, "BID_TOO_LOW");
        ReefBidReceipt first = new ReefExchangeApi(economy.client(alice.token()))
                .placeReefBid(lotId, UUID.randomUUID().toString(),
                        new PlaceBidRequest().bidderCharacterId(alice.characterId()).amount(1000L));
        assertThat(first.getBid().getStatus()).isEqualTo(BidStatus.LEADING);
        assertThat(first.getLot().getMinimumNextBid()).isEqualTo(1050);
        assertThat(economy.available(alice, "EDDIES")).isEqualTo(9000);
        assertThat(economy.escrowed(alice, "EDDIES")).isEqualTo(1000);

        economy.bid(alice, lotId, 1100).assertProblem(422, "ALREADY_LEADING");
        economy.bid(seller, lotId, 1100).assertProblem(422, "OWN_LOT");
        economy.bid(bob, lotId, 1049).assertProblem(422, "BID_TOO_LOW");
        economy.bid(bob, lotId, 5000).assertProblem(422, "USE_BUYOUT");
        economy.bid(bidder(500), lotId, 1050).assertProblem(422, "INSUFFICIENT_FUNDS");

        var key = key("bob-bid-1050");
        JsonNode receipt = economy.bid(bob, lotId, 1050, key).assertStatus(201).json();
        Http.Reply replay = economy.bid(bob, lotId, 1050, key).assertStatus(201);
        assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
        assertThat(replay.json()).isEqualTo(receipt);
        economy.bid(bob, lotId, 1060, key).assertProblem(422, "IDEMPOTENCY_KEY_REUSED");

        assertThat(economy.available(alice, "EDDIES")).isEqualTo(10_000);
        assertThat(economy.escrowed(alice, "EDDIES")).isZero();
        assertThat(economy.escrowed(bob, "EDDIES")).isEqualTo(1050);
        JsonNode bids = http.get(BASE + "/reef-exchange/lots/" + lotId + "/bids", alice.token()).assertStatus(200).json();
        assertThat(bids.get("total").asInt()).isEqualTo(2);
        assertThat(bids.get("items").get(0).get("status").asText()).isEqualTo("LEADING");
        assertThat(bids.get("items").get(1).get("status").asText()).isEqualTo("REFUNDED");
        assertThat(bids.get("items").get(1).has("refundedAt")).isTrue();
        JsonNode aliceBids = http.get(BASE + "/reef-exchange/characters/" + alice.characterId() + "/bids?status=REFUNDED",
                alice.token()).assertStatus(200).json();
        assertThat(aliceBids.get("total").asInt()).isEqualTo(1);
        http.get(BASE + "/reef-exchange/characters/" + alice.characterId() + "/bids", bob.token())
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        JsonNode ledger = http.get(BASE + "/characters/" + alice.characterId() + "/ledger", alice.token()).json();
        assertThat(ledger.get("items").get(0).get("entryType").asText()).isEqualTo("ESCROW_RELEASE");
        assertThat(ledger.get("items").get(0).get("reason").asText()).isEqualTo("REEF_REFUND");
        economy.assertBooksBalance();
    }

    @Test
    void aBuyoutRefundsTheLeaderAndSettlesAtOnce() {
        Player seller = seller("ghost-deck-mk2", 1);
        UUID lotId = economy.listLot(seller, SEASON, "ghost-deck-mk2", 1000, 20_000L, 72);
        Player leader = bidder(5000);
        Player buyer = bidder(30_000);
        economy.bid(leader, lotId, 2000).assertStatus(201);
        String buyout = BASE + "/reef-exchange/lots/" + lotId + "/buyout";
        http.send("POST", buyout, "{\"buyerCharacterId\":\"" + seller.characterId() + "\"}", seller.token(), key())
                .assertProblem(422, "OWN_LOT");
        JsonNode lot = http.send("POST", buyout, "{\"buyerCharacterId\":\"" + buyer.characterId() + "\"}",
                buyer.token(), key()).assertStatus(200).json();
        assertThat(lot.get("status").asText()).isEqualTo("SOLD");
        assertThat(lot.get("settlement").get("outcome").asText()).isEqualTo("BOUGHT_OUT");
        assertThat(lot.get("settlement").get("sellerProceeds").asLong()).isEqualTo(19_000);
        assertThat(lot.get("settlement").get("feeBurned").asLong()).isEqualTo(1000);
        assertThat(economy.available(leader, "EDDIES")).isEqualTo(5000);
        assertThat(economy.available(buyer, "EDDIES")).isEqualTo(10_000);
        assertThat(economy.escrowed(buyer, "EDDIES")).isZero();
        assertThat(economy.available(seller, "EDDIES")).isEqualTo(19_000);
        JsonNode items = http.get(BASE + "/characters/" + buyer.characterId() + "/inventory", buyer.token()).json();
        assertThat(items.get("items").get(0).get("itemId").asText()).isEqualTo("ghost-deck-mk2");
        http.send("POST", buyout, "{\"buyerCharacterId\":\"" + leader.characterId() + "\"}", leader.token(), key())
                .assertProblem(409, "LOT_CLOSED");
        economy.bid(leader, lotId, 3000).assertProblem(409, "LOT_CLOSED");

        UUID noBuyout = economy.listLot(seller("synth-polymer", 1), SEASON, "synth-polymer", 1000, null, 24);
        http.send("POST", BASE + "/reef-exchange/lots/" + noBuyout + "/buyout",
                "{\"buyerCharacterId\":\"" + buyer.characterId() + "\"}", buyer.token(), key())
                .assertProblem(422, "NO_BUYOUT");
        economy.assertBooksBalance();
    }

    @Test
    void theSellerWithdrawsALotOnlyWithoutBids() {
        Player seller = seller("synth-polymer", 2);
        UUID free = economy.listLot(seller, SEASON, "synth-polymer", 1000, null, 24);
        UUID taken = economy.listLot(seller, SEASON, "synth-polymer", 1000, null, 24);
        economy.bid(bidder(2000), taken, 1000).assertStatus(201);
        String cancel = "{\"sellerCharacterId\":\"" + seller.characterId() + "\"}";
        Player other = economy.newPlayer();
        http.send("POST", BASE + "/reef-exchange/lots/" + free + "/cancellation",
                "{\"sellerCharacterId\":\"" + other.characterId() + "\"}", other.token(), key())
                .assertProblem(403, "NOT_SELLER");
        JsonNode lot = http.send("POST", BASE + "/reef-exchange/lots/" + free + "/cancellation", cancel, seller.token(),
                key()).assertStatus(200).json();
        assertThat(lot.get("status").asText()).isEqualTo("CANCELLED");
        http.send("POST", BASE + "/reef-exchange/lots/" + free + "/cancellation", cancel, seller.token(), key())
                .assertProblem(409, "LOT_CLOSED");
        http.send("POST", BASE + "/reef-exchange/lots/" + taken + "/cancellation", cancel, seller.token(), key())
                .assertProblem(409, "LOT_HAS_BIDS");
        http.get(BASE + "/reef-exchange/lots/" + UUID.randomUUID(), seller.token()).assertProblem(404, "LOT_NOT_FOUND");
    }

    @Test
    void aBidInTheLastFiveMinutesExtendsTheCloseAndTheWinnerIsSettledAtIt() {
        Player seller = seller("mantis-blades-mk2", 1);
        Player unsoldSeller = seller("trauma-medkit", 1);
        UUID lotId = economy.listLot(seller, SEASON, "mantis-blades-mk2", 10_000, null, 24);
        UUID unsold = economy.listLot(unsoldSeller, SEASON, "trauma-medkit", 100, null, 24);
        Player early = bidder(50_000);
        Player sniper = bidder(50_000);
        economy.bid(early, lotId, 10_000).assertStatus(201);
        Instant closesAt = Instant.parse(economy.lot(lotId, early.token()).get("closesAt").asText());

        economy.clock.advance(Duration.between(economy.clock.instant(), closesAt).minusMinutes(2));
        sniper = economy.refreshed(sniper);
        early = economy.refreshed(early);
        JsonNode receipt = economy.bid(sniper, lotId, 10_500).assertStatus(201).json();
        assertThat(receipt.get("bid").get("extendedClose").asBoolean()).isTrue();
        assertThat(Instant.parse(receipt.get("lot").get("closesAt").asText())).isEqualTo(closesAt.plusSeconds(300));
        assertThat(receipt.get("lot").get("extensionCount").asInt()).isEqualTo(1);
        assertThat(Instant.parse(receipt.get("lot").get("originalClosesAt").asText())).isEqualTo(closesAt);

        economy.clock.advance(Duration.ofMinutes(4)); // past the original close, before the extended one
        JsonNode again = economy.bid(early, lotId, 11_025).assertStatus(201).json();
        assertThat(Instant.parse(again.get("lot").get("closesAt").asText())).isEqualTo(closesAt.plusSeconds(600));
        assertThat(again.get("lot").get("extensionCount").asInt()).isEqualTo(2);

        economy.clock.advance(Duration.ofMinutes(9)); // past closesAt + 10 minutes
        Player seller2 = economy.refreshed(seller);
        economy.await(() -> economy.lot(lotId, seller2.token()).get("status").asText().equals("SOLD"));
        JsonNode settled = economy.lot(lotId, seller2.token());
        assertThat(settled.get("settlement").get("winnerCharacterId").asText()).isEqualTo(early.characterId().toString());
        assertThat(settled.get("settlement").get("finalPrice").asLong()).isEqualTo(11_025);
        assertThat(settled.get("settlement").get("feeBurned").asLong()).isEqualTo(551);
        assertThat(economy.available(seller2, "EDDIES")).isEqualTo(11_025 - 551);
        assertThat(economy.escrowed(early, "EDDIES")).isZero();
        assertThat(economy.available(early, "EDDIES")).isEqualTo(50_000 - 11_025);
        assertThat(economy.available(sniper, "EDDIES")).isEqualTo(50_000);
        JsonNode bids = http.get(BASE + "/reef-exchange/lots/" + lotId + "/bids", seller2.token()).json();
        assertThat(bids.get("items").get(0).get("status").asText()).isEqualTo("WON");

        Player unsoldSeller2 = economy.refreshed(unsoldSeller);
        economy.await(() -> economy.lot(unsold, unsoldSeller2.token()).get("status").asText().equals("UNSOLD"));
        JsonNode stack = http.get(BASE + "/characters/" + unsoldSeller.characterId() + "/inventory",
                unsoldSeller2.token()).json().get("items").get(0);
        assertThat(stack.get("available").asInt()).isEqualTo(1);
        assertThat(stack.get("escrowed").asInt()).isZero();
        economy.assertBooksBalance();
    }

    @Test
    void lotsAreListedByFilterAndOrder() {
        Player seller = seller("synth-polymer", 3);
        UUID cheap = economy.listLot(seller, SEASON, "synth-polymer", 200, null, 72);
        UUID dear = economy.listLot(seller, SEASON, "synth-polymer", 900, null, 24);
        UUID middle = economy.listLot(seller, SEASON, "synth-polymer", 500, null, 48);
        economy.bid(bidder(1000), cheap, 600).assertStatus(201); // current 600 now ranks it above the 500 lot
        String lots = BASE + "/reef-exchange/seasons/" + SEASON + "/lots?sellerCharacterId=" + seller.characterId();
        assertThat(ids(http.get(lots, seller.token()).assertStatus(200).json()))
                .containsExactly(dear.toString(), middle.toString(), cheap.toString());
        assertThat(ids(http.get(lots + "&sort=PRICE_ASC", seller.token()).json()))
                .containsExactly(middle.toString(), cheap.toString(), dear.toString());
        assertThat(ids(http.get(lots + "&sort=PRICE_DESC&limit=1", seller.token()).json()))
                .containsExactly(dear.toString());
        assertThat(http.get(lots + "&sort=NEWEST&page=2&limit=2", seller.token()).json().get("total").asInt())
                .isEqualTo(3);
        assertThat(http.get(lots + "&status=SOLD", seller.token()).json().get("total").asInt()).isZero();
        assertThat(http.get(lots + "&itemId=kraken-prime-core", seller.token()).json().get("total").asInt()).isZero();
        http.get(BASE + "/reef-exchange/seasons/no-such-season/lots", seller.token())
                .assertProblem(404, "SEASON_NOT_FOUND");
    }

    private static java.util.List<String> ids(JsonNode page) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(lot -> ids.add(lot.get("lotId").asText()));
        return ids;
    }
}
