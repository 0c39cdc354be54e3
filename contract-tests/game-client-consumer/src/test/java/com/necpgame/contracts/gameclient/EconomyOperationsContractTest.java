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
import com.necpgame.economy.client.api.OperationsApi;
import com.necpgame.economy.client.model.Currency;
import com.necpgame.economy.client.model.CurrencyAmount;
import com.necpgame.economy.client.model.CurrencyTotals;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.economy.client.model.LedgerInvariant;
import com.necpgame.economy.client.model.OperatorGrant;
import com.necpgame.economy.client.model.OperatorGrantRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How the operators' console (consumer {@code ops-console}, the operations marked x-necp-operator) uses
 * economy-service: it mints a support grant (100000 EDDIES and a kraken-prime-core, recorded with the console as
 * the actor), is told 404 CHARACTER_NOT_FOUND for a character that does not exist, and checks the books (every
 * currency balances, no wallet out of line). The pacts carry an example token; the provider presents a real
 * service token of ops-console. The character's id is the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyOperationsContractTest.PROVIDER)
class EconomyOperationsContractTest {

    static final String PROVIDER = "economy-service";

    private static final String CHARACTER_ID = "0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d";
    private static final String GRANTS = "/api/v1/economy/operations/grants";
    private static final String NOTE = "support ticket 4711";

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact grant(PactDslWithProvider builder) {
        return builder
                .given("a live character exists")
                .uponReceiving("the operators' console grants 100000 EDDIES and a kraken-prime-core to a character")
                .method("POST")
                .path(GRANTS)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "ops-support-ticket-4711")
                .body(grantRequest())
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(grantRequest()
                        .uuid("operatorGrantId", UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"))
                        .stringValue("actor", "ops-console")
                        .stringMatcher("grantedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "grant")
    void theGrantIsMintedInTheConsolesName(MockServer economy) throws ApiException {
        OperatorGrant grant = api(economy).grantOperatorFunds("ops-support-ticket-4711", request(CHARACTER_ID));

        assertThat(grant.getOperatorGrantId()).isNotNull();
        assertThat(grant.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(grant.getCurrencies()).extracting(CurrencyAmount::getCurrency, CurrencyAmount::getAmount)
                .containsExactly(tuple(Currency.EDDIES, 100000L));
        assertThat(grant.getItemStacks()).extracting(ItemStack::getItemId, ItemStack::getQuantity)
                .containsExactly(tuple("kraken-prime-core", 1));
        assertThat(grant.getActor()).isEqualTo("ops-console");
        assertThat(grant.getNote()).isEqualTo(NOTE);
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact grantForNobody(PactDslWithProvider builder) {
        return builder
                .given("the operators' console names a character that does not exist")
                .uponReceiving("the operators' console grants EDDIES to a character that does not exist")
                .method("POST")
                .path(GRANTS)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "ops-support-ticket-4712")
                .body(grantRequest())
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(404, "CHARACTER_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "grantForNobody")
    void nothingIsMintedForAnUnknownCharacter(MockServer economy) {
        OperationsApi api = api(economy);

        assertThatThrownBy(() -> api.grantOperatorFunds("ops-support-ticket-4712", request(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("CHARACTER_NOT_FOUND");
                });
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact books(PactDslWithProvider builder) {
        PactDslJsonBody invariant = new PactDslJsonBody()
                .booleanValue("balanced", true)
                .numberValue("walletsOutOfLine", 0)
                .numberValue("negativeBalances", 0)
                .stringMatcher("checkedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z");
        PactDslJsonArray currencies = invariant.array("currencies");
        for (String currency : List.of("EDDIES", "NEON_MERIT", "JUN_COIN", "LUMINA_SHARD")) {
            currencies.object()
                    .stringValue("currency", currency)
                    .integerType("available", 950000L)
                    .integerType("escrowed", 40000L)
                    .integerType("minted", 1000000L)
                    .integerType("burned", 10000L)
                    .booleanValue("balanced", true)
                    .closeObject();
        }
        currencies.closeArray();
        return builder
                .uponReceiving("the operators' console checks the books of the economy")
                .method("GET")
                .path("/api/v1/economy/operations/invariant")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(invariant)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "books")
    void theBooksBalanceInEveryCurrency(MockServer economy) throws ApiException {
        LedgerInvariant books = api(economy).checkLedgerInvariant();

        assertThat(books.getBalanced()).isTrue();
        assertThat(books.getCurrencies()).extracting(CurrencyTotals::getCurrency, CurrencyTotals::getBalanced)
                .containsExactly(tuple(Currency.EDDIES, true), tuple(Currency.NEON_MERIT, true),
                        tuple(Currency.JUN_COIN, true), tuple(Currency.LUMINA_SHARD, true));
        assertThat(books.getWalletsOutOfLine()).isZero();
        assertThat(books.getNegativeBalances()).isZero();
    }

    private static PactDslJsonBody grantRequest() {
        PactDslJsonBody body = new PactDslJsonBody()
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("note", NOTE);
        body.array("currencies")
                .object().stringValue("currency", "EDDIES").numberValue("amount", 100000).closeObject()
                .closeArray();
        body.array("itemStacks")
                .object().stringValue("itemId", "kraken-prime-core").numberValue("quantity", 1).closeObject()
                .closeArray();
        return body;
    }

    private static OperatorGrantRequest request(String characterId) {
        return new OperatorGrantRequest().characterId(UUID.fromString(characterId))
                .currencies(List.of(new CurrencyAmount().currency(Currency.EDDIES).amount(100000L)))
                .itemStacks(List.of(new ItemStack().itemId("kraken-prime-core").quantity(1)))
                .note(NOTE);
    }

    private static OperationsApi api(MockServer economy) {
        return new OperationsApi(GameClients.economy(economy));
    }
}
