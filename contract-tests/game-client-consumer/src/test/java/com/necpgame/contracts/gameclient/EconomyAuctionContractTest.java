package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.AuctionsApi;
import com.necpgame.economy.client.model.Auction;
import com.necpgame.economy.client.model.AuctionBidPage;
import com.necpgame.economy.client.model.AuctionBidReceipt;
import com.necpgame.economy.client.model.AuctionPage;
import com.necpgame.economy.client.model.BidStatus;
import com.necpgame.economy.client.model.BuyoutRequest;
import com.necpgame.economy.client.model.CancelLotRequest;
import com.necpgame.economy.client.model.CreateAuctionRequest;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.economy.client.model.LotStatus;
import com.necpgame.economy.client.model.PlaceBidRequest;
import com.necpgame.economy.client.model.SettlementOutcome;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client uses economy-service's generic auction house: a player puts an item up for auction, lists
 * and opens auctions, bids (and is refused below the starting bid, 422 BID_TOO_LOW), reads the bid history, buys
 * an auction out, withdraws their auction without bids. Every call goes through the generated economy client
 * with the player's access token (the provider state's); the auctions' and characters' ids are the provider
 * state's. Prices in EDDIES: a mantis-blades-mk2 at 10000, buyout 60000, for 24 hours.
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyAuctionContractTest.PROVIDER)
class EconomyAuctionContractTest {

    static final String PROVIDER = "economy-service";
    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final String AUCTIONS = "/api/v1/economy/auctions";
    private static final String AUCTION_PATH = AUCTIONS + "/${auctionId}";
    private static final String AUCTION_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String SELLER_ID = "5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String BIDDER_ID = "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a";
    private static final String ITEM = "mantis-blades-mk2";
    private static final long STARTING_BID = 10_000;
    private static final long BUYOUT = 60_000;

    private static final String SELLER_HOLDS_ITEM = "a market seller holds one " + ITEM;
    private static final String AUCTION_WITHOUT_BIDS = "a market seller has an ACTIVE auction of " + ITEM
            + " without bids";
    private static final String BIDDER_AND_AUCTION =
            "a market bidder with 100000 EDDIES and an ACTIVE auction of another seller";
    private static final String AUCTION_WITH_A_BID = "an ACTIVE auction whose market bidder leads with 10000 EDDIES";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact create(PactDslWithProvider builder) {
        return player(builder
                .given(SELLER_HOLDS_ITEM)
                .uponReceiving("a game client puts a mantis-blades-mk2 up for auction")
                .method("POST")
                .path(AUCTIONS))
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "auction-create-0001")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("sellerCharacterId", "${sellerCharacterId}", SELLER_ID)
                        .object("item", item())
                        .numberValue("startingBid", STARTING_BID)
                        .numberValue("buyoutPrice", BUYOUT)
                        .numberValue("durationHours", 24))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(auction(new PactDslJsonBody().uuid("auctionId", UUID.fromString(AUCTION_ID)), "ACTIVE")
                        .numberValue("minimumNextBid", STARTING_BID)
                        .numberValue("bidCount", 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void theNewAuctionIsActiveAndAsksTheStartingBid(MockServer economy) throws ApiException {
        Auction created = api(economy).createAuction("auction-create-0001", new CreateAuctionRequest()
                .sellerCharacterId(UUID.fromString(SELLER_ID))
                .item(new ItemStack().itemId(ITEM).quantity(1))
                .startingBid(STARTING_BID).buyoutPrice(BUYOUT)
                .durationHours(CreateAuctionRequest.DurationHoursEnum.NUMBER_24));

        assertThat(created.getAuctionId()).isNotNull();
        assertThat(created.getSellerCharacterId()).isEqualTo(UUID.fromString(SELLER_ID));
        assertThat(created.getStatus()).isEqualTo(LotStatus.ACTIVE);
        assertThat(created.getItem().getItemId()).isEqualTo(ITEM);
        assertThat(created.getMinimumNextBid()).isEqualTo(STARTING_BID);
        assertThat(created.getBidCount()).isZero();
        assertThat(created.getClosesAt()).isAfter(created.getCreatedAt());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact list(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.minArrayLike("items", 1, existing("ACTIVE")
                .numberValue("minimumNextBid", STARTING_BID)
                .numberValue("bidCount", 0), 1);
        return player(builder
                .given(AUCTION_WITHOUT_BIDS)
                .uponReceiving("a game client lists the ACTIVE auctions of a market seller")
                .method("GET")
                .path(AUCTIONS)
                .queryParameterFromProviderState("sellerCharacterId", "${sellerCharacterId}", SELLER_ID)
                .matchQuery("status", "ACTIVE", "ACTIVE"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "list")
    void theSellersActiveAuctionIsListed(MockServer economy) throws ApiException {
        AuctionPage page = api(economy).listAuctions(LotStatus.ACTIVE, null, UUID.fromString(SELLER_ID), null, null,
                null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(a -> {
            assertThat(a.getAuctionId()).isEqualTo(UUID.fromString(AUCTION_ID));
            assertThat(a.getSellerCharacterId()).isEqualTo(UUID.fromString(SELLER_ID));
            assertThat(a.getStatus()).isEqualTo(LotStatus.ACTIVE);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact get(PactDslWithProvider builder) {
        return player(builder
                .given(AUCTION_WITHOUT_BIDS)
                .uponReceiving("a game client opens an ACTIVE auction")
                .method("GET")
                .pathFromProviderState(AUCTION_PATH, auctionPath()))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(existing("ACTIVE")
                        .numberValue("minimumNextBid", STARTING_BID)
                        .numberValue("bidCount", 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "get")
    void theAuctionIsOpenForItsStartingBid(MockServer economy) throws ApiException {
        Auction auction = api(economy).getAuction(UUID.fromString(AUCTION_ID));

        assertThat(auction.getAuctionId()).isEqualTo(UUID.fromString(AUCTION_ID));
        assertThat(auction.getStartingBid()).isEqualTo(STARTING_BID);
        assertThat(auction.getBuyoutPrice()).isEqualTo(BUYOUT);
        assertThat(auction.getSettlement()).isNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact bid(PactDslWithProvider builder) {
        PactDslJsonBody receipt = new PactDslJsonBody();
        receipt.object("bid", bid("LEADING").uuid("bidId", UUID.fromString("4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a")));
        receipt.object("auction", existing("ACTIVE")
                .numberValue("currentBid", STARTING_BID)
                .valueFromProviderState("leadingBidderCharacterId", "${bidderCharacterId}", BIDDER_ID)
                .numberValue("minimumNextBid", 10_500)
                .numberValue("bidCount", 1));
        return player(builder
                .given(BIDDER_AND_AUCTION)
                .uponReceiving("a game client bids the starting bid on another seller's auction")
                .method("POST")
                .pathFromProviderState(AUCTION_PATH + "/bids", auctionPath() + "/bids"))
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "auction-bid-0001")
                .body(bidRequest(STARTING_BID))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(receipt)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "bid")
    void theBidLeadsAndRaisesTheNextMinimumByFivePercent(MockServer economy) throws ApiException {
        AuctionBidReceipt receipt = api(economy).placeAuctionBid(UUID.fromString(AUCTION_ID), "auction-bid-0001",
                new PlaceBidRequest().bidderCharacterId(UUID.fromString(BIDDER_ID)).amount(STARTING_BID));

        assertThat(receipt.getBid().getStatus()).isEqualTo(BidStatus.LEADING);
        assertThat(receipt.getBid().getAmount()).isEqualTo(STARTING_BID);
        assertThat(receipt.getAuction().getCurrentBid()).isEqualTo(STARTING_BID);
        assertThat(receipt.getAuction().getLeadingBidderCharacterId()).isEqualTo(UUID.fromString(BIDDER_ID));
        assertThat(receipt.getAuction().getMinimumNextBid()).isEqualTo(10_500L);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact bidTooLow(PactDslWithProvider builder) {
        return player(builder
                .given(BIDDER_AND_AUCTION)
                .uponReceiving("a game client bids below the starting bid of an auction")
                .method("POST")
                .pathFromProviderState(AUCTION_PATH + "/bids", auctionPath() + "/bids"))
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "auction-bid-0002")
                .body(bidRequest(9_000))
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(422, "BID_TOO_LOW"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "bidTooLow")
    void aBidBelowTheStartingBidIsRefused(MockServer economy) {
        AuctionsApi api = api(economy);

        assertThatThrownBy(() -> api.placeAuctionBid(UUID.fromString(AUCTION_ID), "auction-bid-0002",
                new PlaceBidRequest().bidderCharacterId(UUID.fromString(BIDDER_ID)).amount(9_000L)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("BID_TOO_LOW");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact bids(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.minArrayLike("items", 1, bid("LEADING").stringMatcher("bidId", UUID_PATTERN,
                "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a"), 1);
        return player(builder
                .given(AUCTION_WITH_A_BID)
                .uponReceiving("a game client reads the bid history of an auction")
                .method("GET")
                .pathFromProviderState(AUCTION_PATH + "/bids", auctionPath() + "/bids"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "bids")
    void theHistoryHoldsTheLeadingBid(MockServer economy) throws ApiException {
        AuctionBidPage page = api(economy).listAuctionBids(UUID.fromString(AUCTION_ID), null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(b -> {
            assertThat(b.getAuctionId()).isEqualTo(UUID.fromString(AUCTION_ID));
            assertThat(b.getBidderCharacterId()).isEqualTo(UUID.fromString(BIDDER_ID));
            assertThat(b.getAmount()).isEqualTo(STARTING_BID);
            assertThat(b.getStatus()).isEqualTo(BidStatus.LEADING);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact buyout(PactDslWithProvider builder) {
        return player(builder
                .given(BIDDER_AND_AUCTION)
                .uponReceiving("a game client buys another seller's auction out")
                .method("POST")
                .pathFromProviderState(AUCTION_PATH + "/buyout", auctionPath() + "/buyout"))
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "auction-buyout-0001")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("buyerCharacterId", "${bidderCharacterId}", BIDDER_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(existing("SOLD")
                        .integerType("minimumNextBid", STARTING_BID)
                        .numberValue("bidCount", 0)
                        .object("settlement", new PactDslJsonBody()
                                .stringValue("outcome", "BOUGHT_OUT")
                                .valueFromProviderState("winnerCharacterId", "${bidderCharacterId}", BIDDER_ID)
                                .numberValue("finalPrice", BUYOUT)
                                .numberValue("sellerProceeds", 57_000)
                                .numberValue("feeBurned", 3_000)
                                .stringMatcher("settledAt", GameClients.RFC3339, "2026-11-27T14:00:00Z")))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "buyout")
    void theBuyerPaysTheBuyoutAndTheSellerGetsNinetyFivePercent(MockServer economy) throws ApiException {
        Auction sold = api(economy).buyoutAuction(UUID.fromString(AUCTION_ID), "auction-buyout-0001",
                new BuyoutRequest().buyerCharacterId(UUID.fromString(BIDDER_ID)));

        assertThat(sold.getStatus()).isEqualTo(LotStatus.SOLD);
        assertThat(sold.getSettlement().getOutcome()).isEqualTo(SettlementOutcome.BOUGHT_OUT);
        assertThat(sold.getSettlement().getWinnerCharacterId()).isEqualTo(UUID.fromString(BIDDER_ID));
        assertThat(sold.getSettlement().getFinalPrice()).isEqualTo(BUYOUT);
        assertThat(sold.getSettlement().getSellerProceeds() + sold.getSettlement().getFeeBurned()).isEqualTo(BUYOUT);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact cancel(PactDslWithProvider builder) {
        return player(builder
                .given(AUCTION_WITHOUT_BIDS)
                .uponReceiving("a game client withdraws the player's auction without bids")
                .method("POST")
                .pathFromProviderState(AUCTION_PATH + "/cancellation", auctionPath() + "/cancellation"))
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "auction-cancel-0001")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("sellerCharacterId", "${sellerCharacterId}", SELLER_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(existing("CANCELLED")
                        .integerType("minimumNextBid", STARTING_BID)
                        .numberValue("bidCount", 0)
                        .object("settlement", new PactDslJsonBody()
                                .stringValue("outcome", "CANCELLED")
                                .stringMatcher("settledAt", GameClients.RFC3339, "2026-11-27T12:30:00Z")))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cancel")
    void theWithdrawnAuctionIsCancelled(MockServer economy) throws ApiException {
        Auction cancelled = api(economy).cancelAuction(UUID.fromString(AUCTION_ID), "auction-cancel-0001",
                new CancelLotRequest().sellerCharacterId(UUID.fromString(SELLER_ID)));

        assertThat(cancelled.getStatus()).isEqualTo(LotStatus.CANCELLED);
        assertThat(cancelled.getSettlement().getOutcome()).isEqualTo(SettlementOutcome.CANCELLED);
    }

    /** The player's access token, the provider state's. */
    static PactDslRequestWithPath player(PactDslRequestWithPath request) {
        return request.headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN);
    }

    private static AuctionsApi api(MockServer economy) {
        return new AuctionsApi(GameClients.economy(economy));
    }

    /** The provider state's auction. */
    private static PactDslJsonBody existing(String status) {
        return auction(new PactDslJsonBody().valueFromProviderState("auctionId", "${auctionId}", AUCTION_ID), status);
    }

    /** What every auction of the provider states is: the seller's mantis-blades-mk2 at 10000, buyout 60000. */
    private static PactDslJsonBody auction(PactDslJsonBody body, String status) {
        return body
                .valueFromProviderState("sellerCharacterId", "${sellerCharacterId}", SELLER_ID)
                .object("item", item())
                .numberValue("startingBid", STARTING_BID)
                .numberValue("buyoutPrice", BUYOUT)
                .numberValue("durationHours", 24)
                .stringValue("status", status)
                .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("closesAt", GameClients.RFC3339, "2026-11-28T12:00:00Z");
    }

    private static PactDslJsonBody bid(String status) {
        return new PactDslJsonBody()
                .valueFromProviderState("auctionId", "${auctionId}", AUCTION_ID)
                .valueFromProviderState("bidderCharacterId", "${bidderCharacterId}", BIDDER_ID)
                .numberValue("amount", STARTING_BID)
                .stringValue("status", status)
                .stringMatcher("placedAt", GameClients.RFC3339, "2026-11-27T13:00:00Z");
    }

    private static PactDslJsonBody bidRequest(long amount) {
        return new PactDslJsonBody()
                .valueFromProviderState("bidderCharacterId", "${bidderCharacterId}", BIDDER_ID)
                .numberValue("amount", amount);
    }

    private static PactDslJsonBody item() {
        return new PactDslJsonBody().stringValue("itemId", ITEM).numberValue("quantity", 1);
    }

    private static String auctionPath() {
        return AUCTION_PATH.replace("${auctionId}", AUCTION_ID);
    }
}
