package com.necpgame.contracts.economy;

import au.com.dius.pact.provider.junitsupport.State;
import com.necpgame.contracts.provider.CharacterServiceBeside;
import com.necpgame.contracts.provider.CharacterServiceBeside.LiveCharacter;
import com.necpgame.contracts.provider.Consumers;
import com.necpgame.economy.client.ApiClient;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.AuctionsApi;
import com.necpgame.economy.client.api.OperationsApi;
import com.necpgame.economy.client.api.ReefExchangeApi;
import com.necpgame.economy.client.model.CreateAuctionRequest;
import com.necpgame.economy.client.model.CreateReefLotRequest;
import com.necpgame.economy.client.model.CreateReefSeasonRequest;
import com.necpgame.economy.client.model.Currency;
import com.necpgame.economy.client.model.CurrencyAmount;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.economy.client.model.OperatorGrantRequest;
import com.necpgame.economy.client.model.PlaceBidRequest;
import com.necpgame.economy.client.model.ReefSeasonStatus;
import com.necpgame.platform.testing.TestTokenIssuer;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The provider states of the game client's and the operators' console's pacts on the two auction houses (the
 * generic auction house and Reef Exchange), registered by {@link EconomyProviderContractTest}. Everything is
 * seeded through the service's own API: players create their characters at character-service, the operations
 * console mints their items and EDDIES ({@code grantOperatorFunds}) and schedules the Reef Exchange seasons,
 * sellers list, bidders bid, each with their own access token, which the state hands to the interaction
 * ({@code accessToken}) with the ids only the provider knows.
 *
 * <p>Seasons never overlap, so the lots of every state share one OPEN season; it is scheduled to open a moment
 * from now (a season is always scheduled in the future) and the state waits for it to open. When the operators'
 * console closed it early, the next state schedules the next one.
 */
final class MarketStates {

    static final String AUCTION_ITEM = "mantis-blades-mk2";
    static final String REEF_ITEM = "kraken-prime-core";
    static final long AUCTION_STARTING_BID = 10_000;
    static final long AUCTION_BUYOUT = 60_000;
    static final long REEF_STARTING_BID = 5_000;
    static final long REEF_BUYOUT = 90_000;
    static final long BIDDER_EDDIES = 100_000;

    private static final Duration OPENS_IN = Duration.ofMillis(1500);
    private static final Duration SEASON_LENGTH = Duration.ofDays(4);
    private static final AtomicInteger SEASONS = new AtomicInteger();
    /** The OPEN season every lot is listed in (per running economy-service, by its base URL). */
    private static final Map<String, String> OPEN_SEASON = new HashMap<>();

    private final String baseUrl;
    private final TestTokenIssuer tokens;
    private final CharacterServiceBeside characters;

    MarketStates(String baseUrl, TestTokenIssuer tokens, CharacterServiceBeside characters) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.characters = characters;
    }

    // --- the generic auction house ---------------------------------------------------------------

    @State("a market seller holds one " + AUCTION_ITEM)
    Map<String, Object> auctionSeller() throws Exception {
        Trader seller = trader(new ItemStack().itemId(AUCTION_ITEM).quantity(1), null);
        return Map.of("sellerCharacterId", seller.characterId().toString(), "accessToken", seller.token());
    }

    @State("a market seller has an ACTIVE auction of " + AUCTION_ITEM + " without bids")
    Map<String, Object> auctionWithoutBids() throws Exception {
        Trader seller = trader(new ItemStack().itemId(AUCTION_ITEM).quantity(1), null);
        UUID auctionId = auction(seller);
        return Map.of("auctionId", auctionId.toString(), "sellerCharacterId", seller.characterId().toString(),
                "accessToken", seller.token());
    }

    @State("a market bidder with 100000 EDDIES and an ACTIVE auction of another seller")
    Map<String, Object> auctionAndBidder() throws Exception {
        Trader seller = trader(new ItemStack().itemId(AUCTION_ITEM).quantity(1), null);
        UUID auctionId = auction(seller);
        Trader bidder = trader(null, BIDDER_EDDIES);
        return Map.of("auctionId", auctionId.toString(), "sellerCharacterId", seller.characterId().toString(),
                "bidderCharacterId", bidder.characterId().toString(), "accessToken", bidder.token());
    }

    @State("an ACTIVE auction whose market bidder leads with 10000 EDDIES")
    Map<String, Object> auctionWithABid() throws Exception {
        Trader seller = trader(new ItemStack().itemId(AUCTION_ITEM).quantity(1), null);
        UUID auctionId = auction(seller);
        Trader bidder = trader(null, BIDDER_EDDIES);
        new AuctionsApi(client(bidder.token())).placeAuctionBid(auctionId, key(),
                new PlaceBidRequest().bidderCharacterId(bidder.characterId()).amount(AUCTION_STARTING_BID));
        return Map.of("auctionId", auctionId.toString(), "sellerCharacterId", seller.characterId().toString(),
                "bidderCharacterId", bidder.characterId().toString(), "accessToken", bidder.token());
    }

    // --- Reef Exchange ---------------------------------------------------------------------------

    @State("a Reef Exchange season is OPEN and a market seller holds one " + REEF_ITEM)
    Map<String, Object> reefSeller() throws Exception {
        String seasonId = openSeason();
        Trader seller = trader(new ItemStack().itemId(REEF_ITEM).quantity(1), null);
        return Map.of("seasonId", seasonId, "sellerCharacterId", seller.characterId().toString(),
                "accessToken", seller.token());
    }

    @State("a market seller has an ACTIVE Reef Exchange lot of " + REEF_ITEM + " without bids")
    Map<String, Object> reefLotWithoutBids() throws Exception {
        String seasonId = openSeason();
        Trader seller = trader(new ItemStack().itemId(REEF_ITEM).quantity(1), null);
        UUID lotId = reefLot(seasonId, seller);
        return Map.of("seasonId", seasonId, "lotId", lotId.toString(),
                "sellerCharacterId", seller.characterId().toString(), "accessToken", seller.token());
    }

    @State("a market bidder with 100000 EDDIES and an ACTIVE Reef Exchange lot of another seller")
    Map<String, Object> reefLotAndBidder() throws Exception {
        String seasonId = openSeason();
        Trader seller = trader(new ItemStack().itemId(REEF_ITEM).quantity(1), null);
        UUID lotId = reefLot(seasonId, seller);
        Trader bidder = trader(null, BIDDER_EDDIES);
        return Map.of("seasonId", seasonId, "lotId", lotId.toString(),
                "sellerCharacterId", seller.characterId().toString(),
                "bidderCharacterId", bidder.characterId().toString(), "accessToken", bidder.token());
    }

    @State("an ACTIVE Reef Exchange lot whose market bidder leads with 5000 EDDIES")
    Map<String, Object> reefLotWithABid() throws Exception {
        String seasonId = openSeason();
        Trader seller = trader(new ItemStack().itemId(REEF_ITEM).quantity(1), null);
        UUID lotId = reefLot(seasonId, seller);
        Trader bidder = trader(null, BIDDER_EDDIES);
        new ReefExchangeApi(client(bidder.token())).placeReefBid(lotId, key(),
                new PlaceBidRequest().bidderCharacterId(bidder.characterId()).amount(REEF_STARTING_BID));
        return Map.of("seasonId", seasonId, "lotId", lotId.toString(),
                "sellerCharacterId", seller.characterId().toString(),
                "bidderCharacterId", bidder.characterId().toString(), "accessToken", bidder.token());
    }

    @State("another player's character leads a Reef Exchange lot with 5000 EDDIES")
    Map<String, Object> reefLotLedByAnotherPlayer() throws Exception {
        Map<String, Object> led = new HashMap<>(reefLotWithABid());
        led.put("accessToken", tokens.player(UUID.randomUUID()));
        return led;
    }

    @State("a Reef Exchange season is OPEN")
    Map<String, Object> reefSeasonOpen() throws Exception {
        String seasonId = openSeason();
        return Map.of("seasonId", seasonId, "accessToken", tokens.player(UUID.randomUUID()));
    }

    /**
     * A window for a new season, 30 to 58 days from now: in the future and after every season these states
     * schedule (each lasts 4 days from a moment from now), so it overlaps none.
     */
    @State("no Reef Exchange season is scheduled 30 to 58 days from now")
    Map<String, Object> freeSeasonWindow() {
        Instant opensAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        return Map.of("opensAt", opensAt.toString(), "closesAt", opensAt.plus(Duration.ofDays(28)).toString());
    }

    /** A season 60 to 64 days from now: after every other season these states schedule. */
    @State("a Reef Exchange season is SCHEDULED")
    Map<String, Object> reefSeasonScheduled() throws Exception {
        String seasonId = "reef-contract-scheduled-" + SEASONS.incrementAndGet();
        Instant opensAt = Instant.now().plus(Duration.ofDays(60));
        new ReefExchangeApi(client(tokens.service(Consumers.OPS_CONSOLE))).createReefSeason(
                new CreateReefSeasonRequest().seasonId(seasonId).name("Contract season " + SEASONS.get())
                        .opensAt(OffsetDateTime.ofInstant(opensAt, ZoneOffset.UTC))
                        .closesAt(OffsetDateTime.ofInstant(opensAt.plus(SEASON_LENGTH), ZoneOffset.UTC)));
        return Map.of("seasonId", seasonId);
    }

    // --- set-up through the API -------------------------------------------------------------------

    /** A new player's new character, with the item stack and the EDDIES the operations console minted for it. */
    private Trader trader(ItemStack items, Long eddies) throws Exception {
        LiveCharacter live = characters.liveCharacter();
        if (items != null || eddies != null) {
            OperatorGrantRequest grant = new OperatorGrantRequest().characterId(live.id())
                    .note("Contract test set-up: a trader of the auction houses.");
            if (items != null) {
                grant.itemStacks(List.of(items));
            }
            if (eddies != null) {
                grant.currencies(List.of(new CurrencyAmount().currency(Currency.EDDIES).amount(eddies)));
            }
            new OperationsApi(client(tokens.service(Consumers.OPS_CONSOLE))).grantOperatorFunds(key(), grant);
        }
        return new Trader(live.id(), tokens.player(live.accountId()));
    }

    private UUID auction(Trader seller) throws ApiException {
        return new AuctionsApi(client(seller.token())).createAuction(key(), new CreateAuctionRequest()
                        .sellerCharacterId(seller.characterId())
                        .item(new ItemStack().itemId(AUCTION_ITEM).quantity(1))
                        .startingBid(AUCTION_STARTING_BID).buyoutPrice(AUCTION_BUYOUT)
                        .durationHours(CreateAuctionRequest.DurationHoursEnum.NUMBER_24))
                .getAuctionId();
    }

    private UUID reefLot(String seasonId, Trader seller) throws ApiException {
        return new ReefExchangeApi(client(seller.token())).createReefLot(seasonId, key(), new CreateReefLotRequest()
                        .sellerCharacterId(seller.characterId())
                        .item(new ItemStack().itemId(REEF_ITEM).quantity(1))
                        .startingBid(REEF_STARTING_BID).buyoutPrice(REEF_BUYOUT)
                        .durationHours(CreateReefLotRequest.DurationHoursEnum.NUMBER_48))
                .getLotId();
    }

    /** The OPEN season of this run; a new one (opening a moment from now, waited for) once it is closed. */
    private String openSeason() throws Exception {
        ReefExchangeApi operator = new ReefExchangeApi(client(tokens.service(Consumers.OPS_CONSOLE)));
        ReefExchangeApi reader = new ReefExchangeApi(client(tokens.player(UUID.randomUUID())));
        synchronized (OPEN_SEASON) {
            String current = OPEN_SEASON.get(baseUrl);
            if (current != null && reader.getReefSeason(current).getStatus() == ReefSeasonStatus.OPEN) {
                return current;
            }
            String seasonId = "reef-contract-" + SEASONS.incrementAndGet();
            Instant opensAt = schedule(operator, seasonId);
            Instant deadline = opensAt.plusSeconds(30);
            while (reader.getReefSeason(seasonId).getStatus() != ReefSeasonStatus.OPEN) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Season " + seasonId + " did not open");
                }
                Thread.sleep(100);
            }
            OPEN_SEASON.put(baseUrl, seasonId);
            return seasonId;
        }
    }

    /**
     * Schedules the season to open a moment from now; on a slow machine that moment may have passed when the
     * request arrives (422 INVALID_SEASON_WINDOW), so it tries again, a moment later.
     */
    private static Instant schedule(ReefExchangeApi operator, String seasonId) throws ApiException {
        for (int attempt = 1; ; attempt++) {
            Instant opensAt = Instant.now().plus(OPENS_IN.multipliedBy(attempt));
            try {
                operator.createReefSeason(new CreateReefSeasonRequest().seasonId(seasonId)
                        .name("Contract season " + seasonId)
                        .opensAt(OffsetDateTime.ofInstant(opensAt, ZoneOffset.UTC))
                        .closesAt(OffsetDateTime.ofInstant(opensAt.plus(SEASON_LENGTH), ZoneOffset.UTC)));
                return opensAt;
            } catch (ApiException e) {
                if (e.getCode() != 422 || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private ApiClient client(String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        return client;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private record Trader(UUID characterId, String token) {
    }
}
