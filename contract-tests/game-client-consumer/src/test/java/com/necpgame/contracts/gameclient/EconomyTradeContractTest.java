package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.TradesApi;
import com.necpgame.economy.client.model.CancelTradeRequest;
import com.necpgame.economy.client.model.ConfirmTradeRequest;
import com.necpgame.economy.client.model.CreateTradeRequest;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.economy.client.model.TradableCurrency;
import com.necpgame.economy.client.model.Trade;
import com.necpgame.economy.client.model.TradeCurrencyAmount;
import com.necpgame.economy.client.model.TradeOffer;
import com.necpgame.economy.client.model.TradePage;
import com.necpgame.economy.client.model.TradeStatus;
import com.necpgame.economy.client.model.UpdateTradeOfferRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How a game client trades between two characters: the player's character opens a session with another
 * player's character (both offers empty), finds it in its list and opens it, offers its mantis-blades-mk2 (into
 * escrow, the version goes up), confirms the offers once the other side confirmed them (the swap: COMPLETED) or
 * cancels the session. Every call goes through the generated economy client with the player's access token; the
 * characters' and the trade's ids are the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyTradeContractTest.PROVIDER)
class EconomyTradeContractTest {

    static final String PROVIDER = "economy-service";

    private static final String CHARACTER_ID = "7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";
    private static final String COUNTERPART_ID = "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a";
    private static final String TRADE_ID = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
    private static final String TRADES = "/api/v1/economy/trades";
    private static final String TRADE = TRADES + "/${tradeId}";
    private static final String OPEN_TRADE =
            "a player's character holding mantis-blades-mk2 opened a trade with another player's character";
    private static final String MANTIS = "mantis-blades-mk2";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact create(PactDslWithProvider builder) {
        return builder
                .given("a player's character and another player's character, neither in a trade")
                .uponReceiving("a game client opens a trade session with another player's character")
                .method("POST")
                .path(TRADES)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("initiatorCharacterId", "${characterId}", CHARACTER_ID)
                        .valueFromProviderState("counterpartCharacterId", "${counterpartCharacterId}",
                                COUNTERPART_ID))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(trade("OPEN", 0, uuid("tradeId", TRADE_ID), party(false, false), party(false, false)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void aNewSessionStartsEmptyAndUnconfirmed(MockServer economy) throws ApiException {
        Trade trade = api(economy).createTrade(new CreateTradeRequest()
                .initiatorCharacterId(UUID.fromString(CHARACTER_ID))
                .counterpartCharacterId(UUID.fromString(COUNTERPART_ID)));

        assertThat(trade.getTradeId()).isNotNull();
        assertThat(trade.getStatus()).isEqualTo(TradeStatus.OPEN);
        assertThat(trade.getOfferVersion()).isZero();
        assertThat(trade.getInitiator().getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(trade.getCounterpart().getCharacterId()).isEqualTo(UUID.fromString(COUNTERPART_ID));
        assertThat(trade.getInitiator().getOffer().getItems()).isEmpty();
        assertThat(trade.getCounterpart().getConfirmed()).isFalse();
        assertThat(trade.getExpiresAt()).isAfter(trade.getCreatedAt());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact list(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        PactDslJsonBody item = page.array("items").object()
                .valueFromProviderState("tradeId", "${tradeId}", TRADE_ID);
        trade("OPEN", 0, item, party(false, false), party(false, false)).closeObject().closeArray();
        return builder
                .given(OPEN_TRADE)
                .uponReceiving("a game client lists the open trades of the player's character")
                .method("GET")
                .path(TRADES)
                .queryParameterFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .matchQuery("status", "OPEN", "OPEN")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "list")
    void theListHoldsTheOpenSession(MockServer economy) throws ApiException {
        TradePage page = api(economy).listTrades(UUID.fromString(CHARACTER_ID), TradeStatus.OPEN, null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(t -> {
            assertThat(t.getTradeId()).isEqualTo(UUID.fromString(TRADE_ID));
            assertThat(t.getStatus()).isEqualTo(TradeStatus.OPEN);
            assertThat(t.getInitiator().getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact get(PactDslWithProvider builder) {
        return builder
                .given(OPEN_TRADE)
                .uponReceiving("a game client opens a trade session of the player's character")
                .method("GET")
                .pathFromProviderState(TRADE, tradePath(""))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(trade("OPEN", 0, fromState("tradeId", TRADE_ID), party(false, false), party(false, false)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "get")
    void theSessionShowsBothSides(MockServer economy) throws ApiException {
        Trade trade = api(economy).getTrade(UUID.fromString(TRADE_ID));

        assertThat(trade.getTradeId()).isEqualTo(UUID.fromString(TRADE_ID));
        assertThat(trade.getStatus()).isEqualTo(TradeStatus.OPEN);
        assertThat(trade.getCounterpart().getCharacterId()).isEqualTo(UUID.fromString(COUNTERPART_ID));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact offer(PactDslWithProvider builder) {
        return builder
                .given(OPEN_TRADE)
                .uponReceiving("a game client offers the player's mantis-blades-mk2 in a trade")
                .method("PUT")
                .pathFromProviderState(TRADE + "/offer", tradePath("/offer"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "offer-mantis-blades-1")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .object("offer", mantisOffer()))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(trade("OPEN", 1, fromState("tradeId", TRADE_ID), party(true, false), party(false, false)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "offer")
    void theOfferIsInTheTradeAndTheVersionWentUp(MockServer economy) throws ApiException {
        Trade trade = api(economy).updateTradeOffer(UUID.fromString(TRADE_ID), "offer-mantis-blades-1",
                new UpdateTradeOfferRequest().characterId(UUID.fromString(CHARACTER_ID))
                        .offer(new TradeOffer().items(List.of(new ItemStack().itemId(MANTIS).quantity(1)))
                                .currencies(List.of())));

        assertThat(trade.getOfferVersion()).isEqualTo(1);
        assertThat(trade.getInitiator().getOffer().getItems()).extracting(ItemStack::getItemId, ItemStack::getQuantity)
                .containsExactly(tuple(MANTIS, 1));
        assertThat(trade.getInitiator().getConfirmed()).isFalse();
        assertThat(trade.getCounterpart().getOffer().getItems()).isEmpty();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact confirm(PactDslWithProvider builder) {
        PactDslJsonBody completed = trade("COMPLETED", 2, fromState("tradeId", TRADE_ID), party(true, true),
                party(eddiesOffer(), true))
                .stringMatcher("completedAt", GameClients.RFC3339, "2026-11-27T12:02:30Z");
        return builder
                .given("the other party offered 45000 EDDIES for the player's mantis-blades-mk2 and confirmed")
                .uponReceiving("a game client confirms a trade the other party confirmed, completing the swap")
                .method("POST")
                .pathFromProviderState(TRADE + "/confirmations", tradePath("/confirmations"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "confirm-mantis-blades-2")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .numberValue("offerVersion", 2))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(completed)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "confirm")
    void theSecondConfirmationSwapsBothOffers(MockServer economy) throws ApiException {
        Trade trade = api(economy).confirmTrade(UUID.fromString(TRADE_ID), "confirm-mantis-blades-2",
                new ConfirmTradeRequest().characterId(UUID.fromString(CHARACTER_ID)).offerVersion(2));

        assertThat(trade.getStatus()).isEqualTo(TradeStatus.COMPLETED);
        assertThat(trade.getCompletedAt()).isNotNull();
        assertThat(trade.getInitiator().getConfirmed()).isTrue();
        assertThat(trade.getCounterpart().getConfirmed()).isTrue();
        assertThat(trade.getCounterpart().getOffer().getCurrencies())
                .extracting(TradeCurrencyAmount::getCurrency, TradeCurrencyAmount::getAmount)
                .containsExactly(tuple(TradableCurrency.EDDIES, 45000L));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact cancel(PactDslWithProvider builder) {
        PactDslJsonBody cancelled = trade("CANCELLED", 0, fromState("tradeId", TRADE_ID), party(false, false),
                party(false, false))
                .stringMatcher("cancelledAt", GameClients.RFC3339, "2026-11-27T12:01:00Z")
                .valueFromProviderState("cancelledByCharacterId", "${characterId}", CHARACTER_ID);
        return builder
                .given(OPEN_TRADE)
                .uponReceiving("a game client cancels an open trade of the player's character")
                .method("POST")
                .pathFromProviderState(TRADE + "/cancellation", tradePath("/cancellation"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "cancel-trade-1")
                .body(new PactDslJsonBody().valueFromProviderState("characterId", "${characterId}", CHARACTER_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(cancelled)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cancel")
    void aCancelledTradeNamesWhoCancelled(MockServer economy) throws ApiException {
        Trade trade = api(economy).cancelTrade(UUID.fromString(TRADE_ID), "cancel-trade-1",
                new CancelTradeRequest().characterId(UUID.fromString(CHARACTER_ID)));

        assertThat(trade.getStatus()).isEqualTo(TradeStatus.CANCELLED);
        assertThat(trade.getCancelledByCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(trade.getCancelledAt()).isNotNull();
    }

    /** A trade: the player's character is the initiator, the other player's the counterpart. */
    private static PactDslJsonBody trade(String status, int offerVersion, PactDslJsonBody withId,
                                         PactDslJsonBody initiator, PactDslJsonBody counterpart) {
        initiator.valueFromProviderState("characterId", "${characterId}", CHARACTER_ID);
        counterpart.valueFromProviderState("characterId", "${counterpartCharacterId}", COUNTERPART_ID);
        return withId
                .stringValue("status", status)
                .numberValue("offerVersion", offerVersion)
                .object("initiator", initiator)
                .object("counterpart", counterpart)
                .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("expiresAt", GameClients.RFC3339, "2026-11-27T12:05:00Z");
    }

    /** One side: its offer (the player's mantis-blades-mk2, the other side's 45000 EDDIES, or nothing). */
    private static PactDslJsonBody party(boolean offersMantis, boolean confirmed) {
        return party(offersMantis ? mantisOffer() : null, confirmed);
    }

    private static PactDslJsonBody party(PactDslJsonBody offer, boolean confirmed) {
        PactDslJsonBody party = new PactDslJsonBody().booleanValue("confirmed", confirmed);
        if (confirmed) {
            party.stringMatcher("confirmedAt", GameClients.RFC3339, "2026-11-27T12:02:10Z");
        }
        return party.object("offer", offer != null ? offer : emptyOffer());
    }

    private static PactDslJsonBody mantisOffer() {
        PactDslJsonBody offer = new PactDslJsonBody();
        offer.array("items")
                .object()
                    .stringValue("itemId", MANTIS)
                    .numberValue("quantity", 1)
                .closeObject()
                .closeArray();
        offer.array("currencies").closeArray();
        return offer;
    }

    private static PactDslJsonBody eddiesOffer() {
        PactDslJsonBody offer = new PactDslJsonBody();
        offer.array("items").closeArray();
        offer.array("currencies")
                .object()
                    .stringValue("currency", "EDDIES")
                    .numberValue("amount", 45000)
                .closeObject()
                .closeArray();
        return offer;
    }

    private static PactDslJsonBody emptyOffer() {
        PactDslJsonBody offer = new PactDslJsonBody();
        offer.array("items").closeArray();
        offer.array("currencies").closeArray();
        return offer;
    }

    private static PactDslJsonBody uuid(String name, String example) {
        return new PactDslJsonBody().uuid(name, UUID.fromString(example));
    }

    private static PactDslJsonBody fromState(String name, String example) {
        return new PactDslJsonBody().valueFromProviderState(name, "${" + name + "}", example);
    }

    private static TradesApi api(MockServer economy) {
        return new TradesApi(GameClients.economy(economy));
    }

    private static String tradePath(String rest) {
        return TRADE.replace("${tradeId}", TRADE_ID) + rest;
    }
}
