package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.ApiResponse;
import com.necpgame.economy.client.api.ReefExchangeApi;
import com.necpgame.economy.client.model.BidStatus;
import com.necpgame.economy.client.model.BuyoutRequest;
import com.necpgame.economy.client.model.CancelLotRequest;
import com.necpgame.economy.client.model.CreateReefLotRequest;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.economy.client.model.LotStatus;
import com.necpgame.economy.client.model.PlaceBidRequest;
import com.necpgame.economy.client.model.ReefBidPage;
import com.necpgame.economy.client.model.ReefBidReceipt;
import com.necpgame.economy.client.model.ReefLot;
import com.necpgame.economy.client.model.ReefLotPage;
import com.necpgame.economy.client.model.ReefSeason;
import com.necpgame.economy.client.model.ReefSeasonPage;
import com.necpgame.economy.client.model.ReefSeasonStatus;
import com.necpgame.economy.client.model.SettlementOutcome;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.necpgame.contracts.gameclient.EconomyAuctionContractTest.UUID_PATTERN;
import static com.necpgame.contracts.gameclient.EconomyAuctionContractTest.player;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client uses Reef Exchange, economy-service's seasonal auction house: a player lists the OPEN
 * season and opens it, lists a lot of kraken-prime-core in it, lists and opens lots, bids, reads a lot's bid
 * history and their own bids (a bid sent again with the same Idempotency-Key answers the first receipt,
 * {@code Idempotency-Replayed: true}; another player's character's bids are 403 NOT_CHARACTER_OWNER), buys a lot out,
 * withdraws their lot without bids. Every call goes through the
 * generated economy client with the player's access token (the provider state's); the season's, lots' and
 * characters' ids are the provider state's. Prices in EDDIES: starting bid 5000, buyout 90000, for 48 hours.
 * The operators' side (scheduling and closing seasons) is {@link EconomyReefExchangeOperatorContractTest}.
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyAuctionContractTest.PROVIDER)
class EconomyReefExchangeContractTest {

    static final String SEASON_ID = "reef-s3";
    static final String SEASONS = "/api/v1/economy/reef-exchange/seasons";
    static final String SEASON_OPEN = "a Reef Exchange season is OPEN";
    /** economy-provider sends the very request once before the verification (its Retries). */
    static final String SENT_BEFORE = "the same request was sent once before";

    private static final String SEASON_PATH = SEASONS + "/${seasonId}";
    private static final String LOT_PATH = "/api/v1/economy/reef-exchange/lots/${lotId}";
    private static final String LOT_ID = "0e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
    private static final String SELLER_ID = "5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String BIDDER_ID = "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a";
    private static final String ITEM = "kraken-prime-core";
    private static final long STARTING_BID = 5_000;
    private static final long BUYOUT = 90_000;

    private static final String SELLER_HOLDS_ITEM = "a Reef Exchange season is OPEN and a market seller holds one "
            + ITEM;
    private static final String LOT_WITHOUT_BIDS = "a market seller has an ACTIVE Reef Exchange lot of " + ITEM
            + " without bids";
    private static final String BIDDER_AND_LOT =
            "a market bidder with 100000 EDDIES and an ACTIVE Reef Exchange lot of another seller";
    private static final String LOT_WITH_A_BID = "an ACTIVE Reef Exchange lot whose market bidder leads with 5000 EDDIES";

    // --- seasons ---------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact openSeasons(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.minArrayLike("items", 1, season("OPEN"), 1);
        return player(builder
                .given(SEASON_OPEN)
                .uponReceiving("a game client lists the OPEN Reef Exchange seasons")
                .method("GET")
                .path(SEASONS)
                .matchQuery("status", "OPEN", "OPEN"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "openSeasons")
    void exactlyOneSeasonIsOpen(MockServer economy) throws ApiException {
        ReefSeasonPage page = api(economy).listReefSeasons(ReefSeasonStatus.OPEN, null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(s -> {
            assertThat(s.getSeasonId()).isEqualTo(SEASON_ID);
            assertThat(s.getStatus()).isEqualTo(ReefSeasonStatus.OPEN);
            assertThat(s.getClosesAt()).isAfter(s.getOpensAt());
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getSeason(PactDslWithProvider builder) {
        return player(builder
                .given(SEASON_OPEN)
                .uponReceiving("a game client opens the OPEN Reef Exchange season")
                .method("GET")
                .pathFromProviderState(SEASON_PATH, seasonPath()))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(season("OPEN"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getSeason")
    void theSeasonIsOpen(MockServer economy) throws ApiException {
        ReefSeason season = api(economy).getReefSeason(SEASON_ID);

        assertThat(season.getSeasonId()).isEqualTo(SEASON_ID);
        assertThat(season.getStatus()).isEqualTo(ReefSeasonStatus.OPEN);
        assertThat(season.getActiveLotCount()).isNotNegative();
    }

    // --- lots ------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact createLot(PactDslWithProvider builder) {
        return player(builder
                .given(SELLER_HOLDS_ITEM)
                .uponReceiving("a game client lists a kraken-prime-core on Reef Exchange for 48 hours")
                .method("POST")
                .pathFromProviderState(SEASON_PATH + "/lots", seasonPath() + "/lots"))
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "reef-lot-create-0001")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("sellerCharacterId", "${sellerCharacterId}", SELLER_ID)
                        .object("item", item())
                        .numberValue("startingBid", STARTING_BID)
                        .numberValue("buyoutPrice", BUYOUT)
                        .numberValue("durationHours", 48))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(lot(new PactDslJsonBody().uuid("lotId", UUID.fromString(LOT_ID)), "ACTIVE")
                        .numberValue("minimumNextBid", STARTING_BID)
                        .numberValue("bidCount", 0)
                        .numberValue("extensionCount", 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createLot")
    void theNewLotIsActiveInTheSeason(MockServer economy) throws ApiException {
        ReefLot lot = api(economy).createReefLot(SEASON_ID, "reef-lot-create-0001", new CreateReefLotRequest()
                .sellerCharacterId(UUID.fromString(SELLER_ID))
                .item(new ItemStack().itemId(ITEM).quantity(1))
                .startingBid(STARTING_BID).buyoutPrice(BUYOUT)
                .durationHours(CreateReefLotRequest.DurationHoursEnum.NUMBER_48));

        assertThat(lot.getLotId()).isNotNull();
        assertThat(lot.getSeasonId()).isEqualTo(SEASON_ID);
        assertThat(lot.getStatus()).isEqualTo(LotStatus.ACTIVE);
        assertThat(lot.getMinimumNextBid()).isEqualTo(STARTING_BID);
        assertThat(lot.getExtensionCount()).isZero();
        assertThat(lot.getClosesAt()).isAfter(lot.getListedAt());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listLots(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.minArrayLike("items", 1, existing("ACTIVE")
                .numberValue("minimumNextBid", STARTING_BID)
                .numberValue("bidCount", 0)
                .numberValue("extensionCount", 0), 1);
        return player(builder
                .given(LOT_WITHOUT_BIDS)
                .uponReceiving("a game client lists a market seller's lots of the OPEN Reef Exchange season")
                .method("GET")
                .pathFromProviderState(SEASON_PATH + "/lots", seasonPath() + "/lots")
                .queryParameterFromProviderState("sellerCharacterId", "${sellerCharacterId}", SELLER_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listLots")
    void theSellersLotIsListed(MockServer economy) throws ApiException {
        ReefLotPage page = api(economy).listReefLots(SEASON_ID, null, null, UUID.fromString(SELLER_ID), null, null,
                null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(l -> {
            assertThat(l.getLotId()).isEqualTo(UUID.fromString(LOT_ID));
            assertThat(l.getSellerCharacterId()).isEqualTo(UUID.fromString(SELLER_ID));
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getLot(PactDslWithProvider builder) {
        return player(builder
                .given(LOT_WITHOUT_BIDS)
                .uponReceiving("a game client opens an ACTIVE Reef Exchange lot")
                .method("GET")
                .pathFromProviderState(LOT_PATH, lotPath()))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(existing("ACTIVE")
                        .numberValue("minimumNextBid", STARTING_BID)
                        .numberValue("bidCount", 0)
                        .numberValue("extensionCount", 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getLot")
    void theLotAsksItsStartingBid(MockServer economy) throws ApiException {
        ReefLot lot = api(economy).getReefLot(UUID.fromString(LOT_ID));

        assertThat(lot.getLotId()).isEqualTo(UUID.fromString(LOT_ID));
        assertThat(lot.getBuyoutPrice()).isEqualTo(BUYOUT);
        assertThat(lot.getMinimumNextBid()).isEqualTo(STARTING_BID);
        assertThat(lot.getSettlement()).isNull();
    }

    // --- bids ------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact bid(PactDslWithProvider builder) {
        return bid(builder.given(BIDDER_AND_LOT),
                "a game client bids the starting bid on another seller's Reef Exchange lot", "reef-bid-0001")
                .toPact(V4Pact.class);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact bidRetried(PactDslWithProvider builder) {
        return bid(builder.given(BIDDER_AND_LOT).given(SENT_BEFORE),
                "a game client sends its Reef Exchange bid again with the same Idempotency-Key (a retry)",
                "reef-bid-0002")
                .matchHeader("Idempotency-Replayed", "true", "true")
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "bidRetried")
    void aRetriedBidIsTheFirstReceiptNotASecondBid(MockServer economy) throws ApiException {
        ApiResponse<ReefBidReceipt> reply = api(economy).placeReefBidWithHttpInfo(UUID.fromString(LOT_ID),
                "reef-bid-0002",
                new PlaceBidRequest().bidderCharacterId(UUID.fromString(BIDDER_ID)).amount(STARTING_BID));

        assertThat(reply.getStatusCode()).isEqualTo(201);
        assertThat(reply.getHeaders().get("Idempotency-Replayed")).containsExactly("true");
        assertThat(reply.getData().getLot().getBidCount()).isEqualTo(1);
    }

    /** The bidder bids the starting bid; the receipt: the bid leads, the next bid must be 5% more. */
    private static PactDslResponse bid(PactDslWithState given, String description, String idempotencyKey) {
        PactDslJsonBody receipt = new PactDslJsonBody();
        receipt.object("bid", bid("LEADING")
                .uuid("bidId", UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"))
                .booleanValue("extendedClose", false));
        receipt.object("lot", existing("ACTIVE")
                .numberValue("currentBid", STARTING_BID)
                .valueFromProviderState("leadingBidderCharacterId", "${bidderCharacterId}", BIDDER_ID)
                .numberValue("minimumNextBid", 5_250)
                .numberValue("bidCount", 1)
                .numberValue("extensionCount", 0));
        return player(given
                .uponReceiving(description)
                .method("POST")
                .pathFromProviderState(LOT_PATH + "/bids", lotPath() + "/bids"))
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", idempotencyKey)
                .body(new PactDslJsonBody()
                        .valueFromProviderState("bidderCharacterId", "${bidderCharacterId}", BIDDER_ID)
                        .numberValue("amount", STARTING_BID))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(receipt);
    }

    @Test
    @PactTestFor(pactMethod = "bid")
    void theBidLeadsWithoutExtendingTheClose(MockServer economy) throws ApiException {
        ReefBidReceipt receipt = api(economy).placeReefBid(UUID.fromString(LOT_ID), "reef-bid-0001",
                new PlaceBidRequest().bidderCharacterId(UUID.fromString(BIDDER_ID)).amount(STARTING_BID));

        assertThat(receipt.getBid().getStatus()).isEqualTo(BidStatus.LEADING);
        assertThat(receipt.getBid().getExtendedClose()).isFalse();
        assertThat(receipt.getLot().getCurrentBid()).isEqualTo(STARTING_BID);
        assertThat(receipt.getLot().getLeadingBidderCharacterId()).isEqualTo(UUID.fromString(BIDDER_ID));
        assertThat(receipt.getLot().getMinimumNextBid()).isEqualTo(5_250L);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact lotBids(PactDslWithProvider builder) {
        return player(builder
                .given(LOT_WITH_A_BID)
                .uponReceiving("a game client reads the bid history of a Reef Exchange lot")
                .method("GET")
                .pathFromProviderState(LOT_PATH + "/bids", lotPath() + "/bids"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(leadingBidPage())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "lotBids")
    void theLotsHistoryHoldsTheLeadingBid(MockServer economy) throws ApiException {
        assertTheLeadingBid(api(economy).listReefLotBids(UUID.fromString(LOT_ID), null, null));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact myBids(PactDslWithProvider builder) {
        return player(builder
                .given(LOT_WITH_A_BID)
                .uponReceiving("a game client lists the Reef Exchange bids where the player's character leads")
                .method("GET")
                .pathFromProviderState("/api/v1/economy/reef-exchange/characters/${bidderCharacterId}/bids",
                        "/api/v1/economy/reef-exchange/characters/" + BIDDER_ID + "/bids")
                .matchQuery("status", "LEADING", "LEADING"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(leadingBidPage())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "myBids")
    void theCharactersLeadingBidIsListed(MockServer economy) throws ApiException {
        assertTheLeadingBid(api(economy).listMyReefBids(UUID.fromString(BIDDER_ID), BidStatus.LEADING, null, null));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact anotherPlayersBids(PactDslWithProvider builder) {
        return player(builder
                .given("another player's character leads a Reef Exchange lot with 5000 EDDIES")
                .uponReceiving("a game client lists the Reef Exchange bids of another player's character")
                .method("GET")
                .pathFromProviderState("/api/v1/economy/reef-exchange/characters/${bidderCharacterId}/bids",
                        "/api/v1/economy/reef-exchange/characters/" + BIDDER_ID + "/bids"))
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(403, "NOT_CHARACTER_OWNER"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "anotherPlayersBids")
    void anotherPlayersBidsAreRefused(MockServer economy) {
        ReefExchangeApi api = api(economy);

        assertThatThrownBy(() -> api.listMyReefBids(UUID.fromString(BIDDER_ID), null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("NOT_CHARACTER_OWNER");
                });
    }

    // --- buyout and withdrawal -------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact buyout(PactDslWithProvider builder) {
        return player(builder
                .given(BIDDER_AND_LOT)
                .uponReceiving("a game client buys another seller's Reef Exchange lot out")
                .method("POST")
                .pathFromProviderState(LOT_PATH + "/buyout", lotPath() + "/buyout"))
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "reef-buyout-0001")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("buyerCharacterId", "${bidderCharacterId}", BIDDER_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(existing("SOLD")
                        .integerType("minimumNextBid", STARTING_BID)
                        .numberValue("bidCount", 0)
                        .numberValue("extensionCount", 0)
                        .object("settlement", new PactDslJsonBody()
                                .stringValue("outcome", "BOUGHT_OUT")
                                .valueFromProviderState("winnerCharacterId", "${bidderCharacterId}", BIDDER_ID)
                                .numberValue("finalPrice", BUYOUT)
                                .numberValue("sellerProceeds", 85_500)
                                .numberValue("feeBurned", 4_500)
                                .stringMatcher("settledAt", GameClients.RFC3339, "2026-11-27T18:00:00Z")))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "buyout")
    void theBuyerPaysTheBuyoutAndFivePercentIsBurned(MockServer economy) throws ApiException {
        ReefLot sold = api(economy).buyoutReefLot(UUID.fromString(LOT_ID), "reef-buyout-0001",
                new BuyoutRequest().buyerCharacterId(UUID.fromString(BIDDER_ID)));

        assertThat(sold.getStatus()).isEqualTo(LotStatus.SOLD);
        assertThat(sold.getSettlement().getOutcome()).isEqualTo(SettlementOutcome.BOUGHT_OUT);
        assertThat(sold.getSettlement().getWinnerCharacterId()).isEqualTo(UUID.fromString(BIDDER_ID));
        assertThat(sold.getSettlement().getFeeBurned()).isEqualTo(BUYOUT * 5 / 100);
        assertThat(sold.getSettlement().getSellerProceeds()).isEqualTo(BUYOUT - BUYOUT * 5 / 100);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact cancel(PactDslWithProvider builder) {
        return player(builder
                .given(LOT_WITHOUT_BIDS)
                .uponReceiving("a game client withdraws the player's Reef Exchange lot without bids")
                .method("POST")
                .pathFromProviderState(LOT_PATH + "/cancellation", lotPath() + "/cancellation"))
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "reef-lot-cancel-0001")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("sellerCharacterId", "${sellerCharacterId}", SELLER_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(existing("CANCELLED")
                        .integerType("minimumNextBid", STARTING_BID)
                        .numberValue("bidCount", 0)
                        .numberValue("extensionCount", 0)
                        .object("settlement", new PactDslJsonBody()
                                .stringValue("outcome", "CANCELLED")
                                .stringMatcher("settledAt", GameClients.RFC3339, "2026-11-26T10:00:00Z")))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cancel")
    void theWithdrawnLotIsCancelled(MockServer economy) throws ApiException {
        ReefLot cancelled = api(economy).cancelReefLot(UUID.fromString(LOT_ID), "reef-lot-cancel-0001",
                new CancelLotRequest().sellerCharacterId(UUID.fromString(SELLER_ID)));

        assertThat(cancelled.getStatus()).isEqualTo(LotStatus.CANCELLED);
        assertThat(cancelled.getSettlement().getOutcome()).isEqualTo(SettlementOutcome.CANCELLED);
    }

    private static ReefExchangeApi api(MockServer economy) {
        return new ReefExchangeApi(GameClients.economy(economy));
    }

    /** A season of the provider state, as economy-provider schedules it (its name and lot counts vary). */
    static PactDslJsonBody season(String status) {
        return new PactDslJsonBody()
                .valueFromProviderState("seasonId", "${seasonId}", SEASON_ID)
                .stringType("name", "Season 3: Tidal Neon")
                .stringValue("status", status)
                .stringMatcher("opensAt", GameClients.RFC3339, "2026-11-20T00:00:00Z")
                .stringMatcher("closesAt", GameClients.RFC3339, "2026-12-18T00:00:00Z")
                .integerType("activeLotCount", 412)
                .integerType("totalLotCount", 1840);
    }

    private static PactDslJsonBody leadingBidPage() {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.minArrayLike("items", 1, bid("LEADING")
                .stringMatcher("bidId", UUID_PATTERN, "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d")
                .booleanValue("extendedClose", false), 1);
        return page;
    }

    private static void assertTheLeadingBid(ReefBidPage page) {
        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(b -> {
            assertThat(b.getLotId()).isEqualTo(UUID.fromString(LOT_ID));
            assertThat(b.getSeasonId()).isEqualTo(SEASON_ID);
            assertThat(b.getBidderCharacterId()).isEqualTo(UUID.fromString(BIDDER_ID));
            assertThat(b.getAmount()).isEqualTo(STARTING_BID);
            assertThat(b.getStatus()).isEqualTo(BidStatus.LEADING);
        });
    }

    /** The provider state's lot. */
    private static PactDslJsonBody existing(String status) {
        return lot(new PactDslJsonBody().valueFromProviderState("lotId", "${lotId}", LOT_ID), status);
    }

    /** What every lot of the provider states is: the seller's kraken-prime-core at 5000, buyout 90000, 48 h. */
    private static PactDslJsonBody lot(PactDslJsonBody body, String status) {
        return body
                .valueFromProviderState("seasonId", "${seasonId}", SEASON_ID)
                .valueFromProviderState("sellerCharacterId", "${sellerCharacterId}", SELLER_ID)
                .object("item", item())
                .numberValue("startingBid", STARTING_BID)
                .numberValue("buyoutPrice", BUYOUT)
                .numberValue("durationHours", 48)
                .stringValue("status", status)
                .stringMatcher("listedAt", GameClients.RFC3339, "2026-11-26T09:00:00Z")
                .stringMatcher("originalClosesAt", GameClients.RFC3339, "2026-11-28T09:00:00Z")
                .stringMatcher("closesAt", GameClients.RFC3339, "2026-11-28T09:00:00Z");
    }

    private static PactDslJsonBody bid(String status) {
        return new PactDslJsonBody()
                .valueFromProviderState("lotId", "${lotId}", LOT_ID)
                .valueFromProviderState("seasonId", "${seasonId}", SEASON_ID)
                .valueFromProviderState("bidderCharacterId", "${bidderCharacterId}", BIDDER_ID)
                .numberValue("amount", STARTING_BID)
                .stringValue("status", status)
                .stringMatcher("placedAt", GameClients.RFC3339, "2026-11-28T07:30:00Z");
    }

    private static PactDslJsonBody item() {
        return new PactDslJsonBody().stringValue("itemId", ITEM).numberValue("quantity", 1);
    }

    private static String seasonPath() {
        return SEASON_PATH.replace("${seasonId}", SEASON_ID);
    }

    private static String lotPath() {
        return LOT_PATH.replace("${lotId}", LOT_ID);
    }
}
