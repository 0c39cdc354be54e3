package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.MeritApi;
import com.necpgame.economy.client.model.ConvertMeritRequest;
import com.necpgame.economy.client.model.MeritConversion;
import com.necpgame.economy.client.model.MeritConversionPage;
import com.necpgame.economy.client.model.MeritReputation;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client turns Neon Merit into reputation: it converts 1400 of the character's 2000 Merit (1:1, towards
 * the lifetime cap of 6000), lists the conversions, reads the standing towards the cap, and is told 422
 * INSUFFICIENT_FUNDS for more Merit than is left. Every call goes through the generated economy client with the
 * player's access token; the character's id is the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyMeritContractTest.PROVIDER)
class EconomyMeritContractTest {

    static final String PROVIDER = "economy-service";

    private static final String CHARACTER_ID = "5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String CONVERSIONS = "/api/v1/economy/merit-conversions";
    private static final String CONVERTED = "a player's character converted 1400 of its 2000 Neon Merit into reputation";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact convert(PactDslWithProvider builder) {
        return builder
                .given("a player's character holds 2000 Neon Merit")
                .uponReceiving("a game client converts 1400 Neon Merit into reputation")
                .method("POST")
                .path(CONVERSIONS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "merit-conversion-1400")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .numberValue("meritAmount", 1400))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(conversion(new PactDslJsonBody()))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "convert")
    void meritBecomesReputationOneToOne(MockServer economy) throws ApiException {
        MeritConversion conversion = api(economy).convertMeritToReputation("merit-conversion-1400",
                new ConvertMeritRequest().characterId(UUID.fromString(CHARACTER_ID)).meritAmount(1400L));

        assertThat(conversion.getConversionId()).isNotNull();
        assertThat(conversion.getMeritSpent()).isEqualTo(1400L);
        assertThat(conversion.getReputationGained()).isEqualTo(1400L);
        assertThat(conversion.getReputationFromMeritTotal()).isEqualTo(1400L);
        assertThat(conversion.getRemainingAllowance()).isEqualTo(4600L);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact list(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        conversion(page.array("items").object()).closeObject().closeArray();
        return builder
                .given(CONVERTED)
                .uponReceiving("a game client lists the Merit conversions of the player's character")
                .method("GET")
                .path(CONVERSIONS)
                .queryParameterFromProviderState("characterId", "${characterId}", CHARACTER_ID)
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
    void theConversionIsListed(MockServer economy) throws ApiException {
        MeritConversionPage page = api(economy).listMeritConversions(UUID.fromString(CHARACTER_ID), null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(c -> {
            assertThat(c.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
            assertThat(c.getMeritSpent()).isEqualTo(1400L);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact standing(PactDslWithProvider builder) {
        return builder
                .given(CONVERTED)
                .uponReceiving("a game client reads the Merit reputation of the player's character")
                .method("GET")
                .pathFromProviderState("/api/v1/economy/characters/${characterId}/merit-reputation",
                        "/api/v1/economy/characters/" + CHARACTER_ID + "/merit-reputation")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .numberValue("meritAvailable", 600)
                        .numberValue("reputationFromMerit", 1400)
                        .numberValue("cap", 6000)
                        .numberValue("remainingAllowance", 4600))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "standing")
    void theStandingShowsWhatIsLeftOfTheCap(MockServer economy) throws ApiException {
        MeritReputation standing = api(economy).getMeritReputation(UUID.fromString(CHARACTER_ID));

        assertThat(standing.getMeritAvailable()).isEqualTo(600L);
        assertThat(standing.getReputationFromMerit()).isEqualTo(1400L);
        assertThat(standing.getCap()).isEqualTo(6000L);
        assertThat(standing.getRemainingAllowance()).isEqualTo(4600L);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact tooMuch(PactDslWithProvider builder) {
        return builder
                .given(CONVERTED)
                .uponReceiving("a game client converts more Neon Merit than the character has left")
                .method("POST")
                .path(CONVERSIONS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "merit-conversion-1000")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .numberValue("meritAmount", 1000))
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(422, "INSUFFICIENT_FUNDS"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "tooMuch")
    void moreMeritThanLeftIsRefused(MockServer economy) {
        MeritApi api = api(economy);

        assertThatThrownBy(() -> api.convertMeritToReputation("merit-conversion-1000",
                new ConvertMeritRequest().characterId(UUID.fromString(CHARACTER_ID)).meritAmount(1000L)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("INSUFFICIENT_FUNDS");
                });
    }

    /** The conversion of 1400 Merit, the character's first. */
    private static PactDslJsonBody conversion(PactDslJsonBody body) {
        return body
                .uuid("conversionId", UUID.fromString("8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e"))
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .numberValue("meritSpent", 1400)
                .numberValue("reputationGained", 1400)
                .numberValue("reputationFromMeritTotal", 1400)
                .numberValue("remainingAllowance", 4600)
                .stringMatcher("convertedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z");
    }

    private static MeritApi api(MockServer economy) {
        return new MeritApi(GameClients.economy(economy));
    }
}
