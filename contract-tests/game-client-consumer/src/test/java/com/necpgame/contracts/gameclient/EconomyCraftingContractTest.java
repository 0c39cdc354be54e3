package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.CraftingApi;
import com.necpgame.economy.client.model.Craft;
import com.necpgame.economy.client.model.CraftPage;
import com.necpgame.economy.client.model.CraftStatus;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.economy.client.model.Recipe;
import com.necpgame.economy.client.model.RecipePage;
import com.necpgame.economy.client.model.StartCraftRequest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How a game client crafts: it browses the recipes (those that make a trauma-medkit; one recipe), opens one, queues
 * a craft of the trauma medkit (ingredients and cost into escrow, the first craft runs at once), lists and opens
 * the character's crafts, is told 409 CRAFT_NOT_READY when it collects a craft still running, cancels a running
 * craft, and collects a finished one. A finished craft needs its recipe's time on the provider's real clock: the
 * provider's catalogue has a one-second recipe for it, so the collected craft's recipe and output are matched by
 * shape only. Every call goes through the generated economy client with the player's access token; the
 * character's and the craft's ids are the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyCraftingContractTest.PROVIDER)
class EconomyCraftingContractTest {

    static final String PROVIDER = "economy-service";

    private static final String CHARACTER_ID = "1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0";
    private static final String CRAFT_ID = "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c";
    private static final String CRAFTS = "/api/v1/economy/characters/${characterId}/crafts";
    private static final String CRAFT = CRAFTS + "/${craftId}";
    private static final String CATALOGUE = "a logged-in player opens the crafting catalogue";
    private static final String CRAFTING = "a player's character is crafting a trauma medkit";
    private static final String SLUG = "[a-z0-9][a-z0-9-]{1,63}";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact recipes(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        PactDslJsonBody recipe = page.array("items").object();
        medkitRecipe(recipe).closeObject().closeArray();
        return builder
                .given(CATALOGUE)
                .uponReceiving("a game client lists the recipes that make a trauma-medkit")
                .method("GET")
                .path("/api/v1/economy/crafting/recipes")
                .query("outputItemId=trauma-medkit")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "recipes")
    void oneRecipeMakesTraumaMedkits(MockServer economy) throws ApiException {
        RecipePage page = api(economy).listRecipes("trauma-medkit", null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(recipe -> {
            assertThat(recipe.getRecipeId()).isEqualTo("r-trauma-medkit");
            assertThat(recipe.getOutput().getItemId()).isEqualTo("trauma-medkit");
            assertThat(recipe.getOutput().getQuantity()).isEqualTo(2);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact recipe(PactDslWithProvider builder) {
        PactDslJsonBody recipe = new PactDslJsonBody()
                .stringValue("recipeId", "r-mantis-blades-mk2")
                .stringValue("name", "Mantis Blades Mk.II")
                .numberValue("eddiesCost", 2500)
                .numberValue("durationSeconds", 900)
                .object("output", stack("mantis-blades-mk2", 1));
        recipe.array("ingredients")
                .object().stringValue("itemId", "synth-polymer").numberValue("quantity", 6).closeObject()
                .object().stringValue("itemId", "monowire-coil").numberValue("quantity", 2).closeObject()
                .closeArray();
        return builder
                .given(CATALOGUE)
                .uponReceiving("a game client opens the recipe of the Mantis Blades Mk.II")
                .method("GET")
                .path("/api/v1/economy/crafting/recipes/r-mantis-blades-mk2")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(recipe)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "recipe")
    void theRecipeNamesItsIngredientsCostAndTime(MockServer economy) throws ApiException {
        Recipe recipe = api(economy).getRecipe("r-mantis-blades-mk2");

        assertThat(recipe.getName()).isEqualTo("Mantis Blades Mk.II");
        assertThat(recipe.getIngredients()).extracting(ItemStack::getItemId, ItemStack::getQuantity)
                .containsExactlyInAnyOrder(tuple("synth-polymer", 6), tuple("monowire-coil", 2));
        assertThat(recipe.getEddiesCost()).isEqualTo(2500L);
        assertThat(recipe.getDurationSeconds()).isEqualTo(900);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact unknownRecipe(PactDslWithProvider builder) {
        return builder
                .given(CATALOGUE)
                .uponReceiving("a game client opens a recipe that does not exist")
                .method("GET")
                .path("/api/v1/economy/crafting/recipes/r-no-such-recipe")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(404, "RECIPE_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownRecipe")
    void anUnknownRecipeIsNotFound(MockServer economy) {
        CraftingApi api = api(economy);

        assertThatThrownBy(() -> api.getRecipe("r-no-such-recipe"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("RECIPE_NOT_FOUND");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact start(PactDslWithProvider builder) {
        return builder
                .given("a player's character holds 1 synth-polymer and 100 EDDIES, nothing crafting")
                .uponReceiving("a game client queues a craft of a trauma medkit")
                .method("POST")
                .pathFromProviderState(CRAFTS, crafts())
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", "craft-trauma-medkit-1")
                .body(new PactDslJsonBody().stringValue("recipeId", "r-trauma-medkit"))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(running(new PactDslJsonBody().uuid("craftId", UUID.fromString(CRAFT_ID))))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "start")
    void theFirstCraftRunsAtOnce(MockServer economy) throws ApiException {
        Craft craft = api(economy).startCraft(UUID.fromString(CHARACTER_ID), "craft-trauma-medkit-1",
                new StartCraftRequest().recipeId("r-trauma-medkit"));

        assertThat(craft.getCraftId()).isNotNull();
        assertThat(craft.getStatus()).isEqualTo(CraftStatus.IN_PROGRESS);
        assertThat(craft.getQueuePosition()).isEqualTo(1);
        assertThat(craft.getEddiesCost()).isEqualTo(100L);
        assertThat(craft.getOutput().getItemId()).isEqualTo("trauma-medkit");
        assertThat(craft.getReadyAt()).isAfter(craft.getStartedAt());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact list(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        PactDslJsonBody craft = page.array("items").object();
        running(craft.valueFromProviderState("craftId", "${craftId}", CRAFT_ID)).closeObject().closeArray();
        return builder
                .given(CRAFTING)
                .uponReceiving("a game client lists the crafts of the player's character")
                .method("GET")
                .pathFromProviderState(CRAFTS, crafts())
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
    void theQueueHoldsTheRunningCraft(MockServer economy) throws ApiException {
        CraftPage page = api(economy).listCrafts(UUID.fromString(CHARACTER_ID), null, null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(craft -> {
            assertThat(craft.getCraftId()).isEqualTo(UUID.fromString(CRAFT_ID));
            assertThat(craft.getStatus()).isEqualTo(CraftStatus.IN_PROGRESS);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact get(PactDslWithProvider builder) {
        return builder
                .given(CRAFTING)
                .uponReceiving("a game client opens a running craft of the player's character")
                .method("GET")
                .pathFromProviderState(CRAFT, craft(""))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(running(new PactDslJsonBody().valueFromProviderState("craftId", "${craftId}", CRAFT_ID)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "get")
    void theCraftSaysWhenItIsReady(MockServer economy) throws ApiException {
        Craft craft = api(economy).getCraft(UUID.fromString(CHARACTER_ID), UUID.fromString(CRAFT_ID));

        assertThat(craft.getCraftId()).isEqualTo(UUID.fromString(CRAFT_ID));
        assertThat(craft.getRecipeId()).isEqualTo("r-trauma-medkit");
        assertThat(craft.getReadyAt()).isNotNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact collectTooEarly(PactDslWithProvider builder) {
        return builder
                .given(CRAFTING)
                .uponReceiving("a game client collects a craft that is still running")
                .method("POST")
                .pathFromProviderState(CRAFT + "/collection", craft("/collection"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", "collect-too-early-1")
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(409, "CRAFT_NOT_READY"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "collectTooEarly")
    void aRunningCraftCannotBeCollected(MockServer economy) {
        CraftingApi api = api(economy);

        assertThatThrownBy(() -> api.collectCraft(UUID.fromString(CHARACTER_ID), UUID.fromString(CRAFT_ID),
                "collect-too-early-1"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("CRAFT_NOT_READY");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact collect(PactDslWithProvider builder) {
        PactDslJsonBody collected = new PactDslJsonBody()
                .valueFromProviderState("craftId", "${craftId}", CRAFT_ID)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringMatcher("recipeId", SLUG, "r-trauma-medkit")
                .stringValue("status", "COLLECTED")
                .object("output", new PactDslJsonBody()
                        .stringMatcher("itemId", SLUG, "trauma-medkit")
                        .integerType("quantity", 2))
                .integerType("eddiesCost", 100L)
                .stringMatcher("queuedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("startedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("readyAt", GameClients.RFC3339, "2026-11-27T12:01:00Z")
                .stringMatcher("collectedAt", GameClients.RFC3339, "2026-11-27T12:05:00Z");
        return builder
                .given("a player's character has a finished craft to collect")
                .uponReceiving("a game client collects a finished craft")
                .method("POST")
                .pathFromProviderState(CRAFT + "/collection", craft("/collection"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", "collect-craft-1")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(collected)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "collect")
    void aCollectedCraftIsFinal(MockServer economy) throws ApiException {
        Craft craft = api(economy).collectCraft(UUID.fromString(CHARACTER_ID), UUID.fromString(CRAFT_ID),
                "collect-craft-1");

        assertThat(craft.getStatus()).isEqualTo(CraftStatus.COLLECTED);
        assertThat(craft.getCollectedAt()).isNotNull();
        assertThat(craft.getQueuePosition()).isNull();
        assertThat(craft.getOutput().getQuantity()).isPositive();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact cancel(PactDslWithProvider builder) {
        PactDslJsonBody cancelled = craft(new PactDslJsonBody()
                .valueFromProviderState("craftId", "${craftId}", CRAFT_ID), "CANCELLED")
                .stringMatcher("startedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("cancelledAt", GameClients.RFC3339, "2026-11-27T12:00:30Z");
        return builder
                .given(CRAFTING)
                .uponReceiving("a game client cancels a running craft")
                .method("POST")
                .pathFromProviderState(CRAFT + "/cancellation", craft("/cancellation"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headers("Idempotency-Key", "cancel-craft-1")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(cancelled)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cancel")
    void aCancelledCraftIsNeverReady(MockServer economy) throws ApiException {
        Craft craft = api(economy).cancelCraft(UUID.fromString(CHARACTER_ID), UUID.fromString(CRAFT_ID),
                "cancel-craft-1");

        assertThat(craft.getStatus()).isEqualTo(CraftStatus.CANCELLED);
        assertThat(craft.getCancelledAt()).isNotNull();
        assertThat(craft.getReadyAt()).isNull();
    }

    /** r-trauma-medkit as economy's catalogue defines it. */
    private static PactDslJsonBody medkitRecipe(PactDslJsonBody recipe) {
        recipe.stringValue("recipeId", "r-trauma-medkit")
                .stringValue("name", "Trauma Medkit")
                .numberValue("eddiesCost", 100)
                .numberValue("durationSeconds", 60)
                .object("output", stack("trauma-medkit", 2));
        recipe.array("ingredients")
                .object().stringValue("itemId", "synth-polymer").numberValue("quantity", 1).closeObject()
                .closeArray();
        return recipe;
    }

    /** The running craft of a trauma medkit: the first of the queue. */
    private static PactDslJsonBody running(PactDslJsonBody withId) {
        return craft(withId, "IN_PROGRESS")
                .numberValue("queuePosition", 1)
                .stringMatcher("startedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .stringMatcher("readyAt", GameClients.RFC3339, "2026-11-27T12:01:00Z");
    }

    private static PactDslJsonBody craft(PactDslJsonBody withId, String status) {
        return withId
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("recipeId", "r-trauma-medkit")
                .stringValue("status", status)
                .object("output", stack("trauma-medkit", 2))
                .numberValue("eddiesCost", 100)
                .stringMatcher("queuedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z");
    }

    private static PactDslJsonBody stack(String itemId, int quantity) {
        return new PactDslJsonBody().stringValue("itemId", itemId).numberValue("quantity", quantity);
    }

    private static CraftingApi api(MockServer economy) {
        return new CraftingApi(GameClients.economy(economy));
    }

    private static String crafts() {
        return CRAFTS.replace("${characterId}", CHARACTER_ID);
    }

    private static String craft(String rest) {
        return CRAFT.replace("${characterId}", CHARACTER_ID).replace("${craftId}", CRAFT_ID) + rest;
    }
}
