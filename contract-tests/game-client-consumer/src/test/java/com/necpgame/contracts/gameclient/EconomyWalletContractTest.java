package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.WalletsApi;
import com.necpgame.economy.client.model.Currency;
import com.necpgame.economy.client.model.CurrencyBalance;
import com.necpgame.economy.client.model.InventoryItem;
import com.necpgame.economy.client.model.InventoryItemPage;
import com.necpgame.economy.client.model.LedgerEntry;
import com.necpgame.economy.client.model.LedgerEntryPage;
import com.necpgame.economy.client.model.LedgerEntryType;
import com.necpgame.economy.client.model.LedgerReason;
import com.necpgame.economy.client.model.Wallet;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How a game client shows a character's money and items: the wallet (all four currencies, also those never held),
 * the ledger of EDDIES (newest first) and the inventory (by item id). The operators' console granted the
 * character 5000 EDDIES, 6 synth-polymer and 2 monowire-coil in the provider state, so every balance is known;
 * another player's wallet is 403 NOT_CHARACTER_OWNER. Every call goes through the generated economy client with
 * the player's access token (the provider state's).
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyWalletContractTest.PROVIDER)
class EconomyWalletContractTest {

    static final String PROVIDER = "economy-service";

    private static final String CHARACTER_ID = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";
    private static final String CHARACTER = "/api/v1/economy/characters/${characterId}";
    private static final String GRANTED = "a player's character was granted 5000 EDDIES, 6 synth-polymer and 2 monowire-coil";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact wallet(PactDslWithProvider builder) {
        PactDslJsonBody wallet = new PactDslJsonBody()
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z");
        PactDslJsonArray balances = wallet.array("balances");
        balance(balances, "EDDIES", 5000);
        balance(balances, "NEON_MERIT", 0);
        balance(balances, "JUN_COIN", 0);
        balance(balances, "LUMINA_SHARD", 0);
        balances.closeArray();
        return builder
                .given(GRANTED)
                .uponReceiving("a game client opens the wallet of the player's character")
                .method("GET")
                .pathFromProviderState(CHARACTER + "/wallet", path("/wallet"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(wallet)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "wallet")
    void theWalletHasEveryCurrencyInOrder(MockServer economy) throws ApiException {
        Wallet wallet = api(economy).getWallet(UUID.fromString(CHARACTER_ID));

        assertThat(wallet.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(wallet.getBalances())
                .extracting(CurrencyBalance::getCurrency, CurrencyBalance::getAvailable, CurrencyBalance::getEscrowed)
                .containsExactly(tuple(Currency.EDDIES, 5000L, 0L), tuple(Currency.NEON_MERIT, 0L, 0L),
                        tuple(Currency.JUN_COIN, 0L, 0L), tuple(Currency.LUMINA_SHARD, 0L, 0L));
        assertThat(wallet.getUpdatedAt()).isNotNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact anotherPlayersWallet(PactDslWithProvider builder) {
        return builder
                .given("a logged-in player and the wallet of another player's character")
                .uponReceiving("a game client opens the wallet of another player's character")
                .method("GET")
                .pathFromProviderState(CHARACTER + "/wallet", path("/wallet"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(403, "NOT_CHARACTER_OWNER"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "anotherPlayersWallet")
    void anotherPlayersWalletIsRefused(MockServer economy) {
        WalletsApi api = api(economy);

        assertThatThrownBy(() -> api.getWallet(UUID.fromString(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("NOT_CHARACTER_OWNER");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact ledger(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.array("items")
                .object()
                    .uuid("entryId", UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"))
                    .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                    .stringValue("currency", "EDDIES")
                    .stringValue("entryType", "MINT")
                    .stringValue("reason", "OPERATOR_GRANT")
                    .uuid("referenceId", UUID.fromString("0e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"))
                    .numberValue("availableDelta", 5000)
                    .numberValue("escrowedDelta", 0)
                    .numberValue("availableAfter", 5000)
                    .numberValue("escrowedAfter", 0)
                    .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .closeObject()
                .closeArray();
        return builder
                .given(GRANTED)
                .uponReceiving("a game client lists the EDDIES ledger of the player's character")
                .method("GET")
                .pathFromProviderState(CHARACTER + "/ledger", path("/ledger"))
                .query("currency=EDDIES")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "ledger")
    void theLedgerExplainsTheBalance(MockServer economy) throws ApiException {
        LedgerEntryPage page = api(economy).listLedgerEntries(UUID.fromString(CHARACTER_ID), Currency.EDDIES, null,
                null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(entry -> {
            assertThat(entry.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
            assertThat(entry.getEntryType()).isEqualTo(LedgerEntryType.MINT);
            assertThat(entry.getReason()).isEqualTo(LedgerReason.OPERATOR_GRANT);
            assertThat(entry.getAvailableDelta()).isEqualTo(5000L);
            assertThat(entry.getAvailableAfter()).isEqualTo(5000L);
            assertThat(entry.getEscrowedAfter()).isZero();
        });
        assertThat(page.getItems()).extracting(LedgerEntry::getCurrency).containsOnly(Currency.EDDIES);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact inventory(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 2);
        page.array("items")
                .object()
                    .stringValue("itemId", "monowire-coil")
                    .numberValue("available", 2)
                    .numberValue("escrowed", 0)
                .closeObject()
                .object()
                    .stringValue("itemId", "synth-polymer")
                    .numberValue("available", 6)
                    .numberValue("escrowed", 0)
                .closeObject()
                .closeArray();
        return builder
                .given(GRANTED)
                .uponReceiving("a game client lists the items of the player's character")
                .method("GET")
                .pathFromProviderState(CHARACTER + "/inventory", path("/inventory"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "inventory")
    void theInventoryListsTheStacksByItemId(MockServer economy) throws ApiException {
        InventoryItemPage page = api(economy).listInventoryItems(UUID.fromString(CHARACTER_ID), null, null);

        assertThat(page.getTotal()).isEqualTo(2L);
        assertThat(page.getItems())
                .extracting(InventoryItem::getItemId, InventoryItem::getAvailable, InventoryItem::getEscrowed)
                .containsExactly(tuple("monowire-coil", 2, 0), tuple("synth-polymer", 6, 0));
    }

    private static void balance(PactDslJsonArray balances, String currency, long available) {
        balances.object()
                .stringValue("currency", currency)
                .numberValue("available", available)
                .numberValue("escrowed", 0)
                .closeObject();
    }

    private static WalletsApi api(MockServer economy) {
        return new WalletsApi(GameClients.economy(economy));
    }

    private static String path(String rest) {
        return CHARACTER.replace("${characterId}", CHARACTER_ID) + rest;
    }
}
