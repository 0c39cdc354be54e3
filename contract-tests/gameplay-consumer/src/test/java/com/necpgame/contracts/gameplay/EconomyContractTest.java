package com.necpgame.contracts.gameplay;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.GameplayGrantsApi;
import com.necpgame.economy.client.model.GameplayGrant;
import com.necpgame.economy.client.model.GameplayGrantAmount;
import com.necpgame.economy.client.model.GameplayGrantCurrency;
import com.necpgame.economy.client.model.GameplayGrantRequest;
import com.necpgame.economy.client.model.GameplayGrantSource;
import com.necpgame.economy.client.model.ItemConsumption;
import com.necpgame.economy.client.model.ItemConsumptionRequest;
import com.necpgame.economy.client.model.ItemConsumptionSource;
import com.necpgame.economy.client.model.ItemStack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How gameplay-service uses economy-service: its outbox credits what a completed quest or a raid drop earned
 * ({@code creditGameplayGrant}, Idempotency-Key = the grant id: the quest session or the raid drop), and combat
 * consumes an item before it takes effect ({@code consumeInventoryItem}, synchronous, Idempotency-Key = the
 * combat action's id), which fails with 422 ITEM_NOT_OWNED when the character has none. Every call goes through
 * the generated economy client, exactly as gameplay makes it. The character's id is the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = EconomyContractTest.PROVIDER)
class EconomyContractTest {

    static final String PROVIDER = "economy-service";
    static final String CONSUMER = "gameplay-service";

    private static final String GRANTS = "/api/v1/economy/internal/gameplay-grants";
    private static final String CONSUMPTIONS = "/api/v1/economy/internal/item-consumptions";
    private static final String CHARACTER_ID = "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d";
    /** The quest session of the completed q-neon-ghosts, and a raid drop's lootId: the grants' ids and keys. */
    private static final String QUEST_GRANT_ID = "c4a1e2b3-5d6f-4789-9abc-def012345678";
    private static final String LOOT_GRANT_ID = "8b9c0d1e-2f3a-4b5c-8d6e-7f8091a2b3c4";
    /** Combat actions using a medkit, and the combat session they belong to. */
    private static final String ACTION_ID = "4d5e6f70-8192-43a4-b5c6-d7e8f90a1b23";
    private static final String LACKING_ACTION_ID = "5e6f7081-92a3-44b5-86d7-e8f90a1b2c34";
    private static final String SESSION_ID = "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d";
    private static final String MEDKIT = "trauma-medkit";

    // --- grants --------------------------------------------------------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact questRewardIsCredited(PactDslWithProvider builder) {
        return builder
                .given("a live character exists")
                .uponReceiving("gameplay credits the reward of a completed quest")
                .method("POST")
                .path(GRANTS)
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", QUEST_GRANT_ID)
                .body(grant(QUEST_GRANT_ID, "QUEST_COMPLETION", "q-neon-ghosts", "EDDIES", 800)
                        .minArrayLike("itemStacks", 1, 1)
                            .stringValue("itemId", "ghost-deck-mk2")
                            .integerType("quantity", 1)
                        .closeObject()
                        .closeArray())
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(grant(QUEST_GRANT_ID, "QUEST_COMPLETION", "q-neon-ghosts", "EDDIES", 800)
                        .uuid("gameplayGrantId", UUID.fromString("e3f4a5b6-c7d8-4e9f-8a0b-1c2d3e4f5a6b"))
                        .stringMatcher("grantedAt", Patterns.RFC3339, "2026-11-27T12:45:02Z")
                        .minArrayLike("itemStacks", 1, 1)
                            .stringValue("itemId", "ghost-deck-mk2")
                            .integerType("quantity", 1)
                        .closeObject()
                        .closeArray())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "questRewardIsCredited")
    void theQuestRewardIsMintedAndItsItemsAdded(MockServer economy) throws ApiException {
        GameplayGrant grant = api(economy).creditGameplayGrant(QUEST_GRANT_ID, new GameplayGrantRequest()
                .grantId(UUID.fromString(QUEST_GRANT_ID)).characterId(UUID.fromString(CHARACTER_ID))
                .source(GameplayGrantSource.QUEST_COMPLETION).sourceRef("q-neon-ghosts")
                .currencies(List.of(amount(GameplayGrantCurrency.EDDIES, 800)))
                .itemStacks(List.of(new ItemStack().itemId("ghost-deck-mk2").quantity(1))));

        assertThat(grant.getGrantId()).isEqualTo(UUID.fromString(QUEST_GRANT_ID));
        assertThat(grant.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(grant.getCurrencies()).extracting(GameplayGrantAmount::getCurrency, GameplayGrantAmount::getAmount)
                .containsExactly(tuple(GameplayGrantCurrency.EDDIES, 800L));
        assertThat(grant.getItemStacks()).extracting(ItemStack::getItemId).containsExactly("ghost-deck-mk2");
    }

    @Pact(consumer = CONSUMER)
    V4Pact raidLootIsCredited(PactDslWithProvider builder) {
        return builder
                .given("a live character exists")
                .uponReceiving("gameplay credits the Lumina Shards of a Quantum Reef Siege drop")
                .method("POST")
                .path(GRANTS)
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", LOOT_GRANT_ID)
                // gameplay always sends both lists; a currency drop has no items.
                .body(grant(LOOT_GRANT_ID, "RAID_LOOT", "quantum-reef-siege", "LUMINA_SHARD", 40)
                        .array("itemStacks").closeArray())
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(grant(LOOT_GRANT_ID, "RAID_LOOT", "quantum-reef-siege", "LUMINA_SHARD", 40)
                        .uuid("gameplayGrantId", UUID.fromString("f4a5b6c7-d8e9-4f0a-9b1c-2d3e4f5a6b7c"))
                        .stringMatcher("grantedAt", Patterns.RFC3339, "2026-11-27T13:10:40Z")
                        .array("itemStacks").closeArray())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "raidLootIsCredited")
    void theRaidDropMintsLuminaShards(MockServer economy) throws ApiException {
        GameplayGrant grant = api(economy).creditGameplayGrant(LOOT_GRANT_ID, new GameplayGrantRequest()
                .grantId(UUID.fromString(LOOT_GRANT_ID)).characterId(UUID.fromString(CHARACTER_ID))
                .source(GameplayGrantSource.RAID_LOOT).sourceRef("quantum-reef-siege")
                .currencies(List.of(amount(GameplayGrantCurrency.LUMINA_SHARD, 40)))
                .itemStacks(List.of()));

        assertThat(grant.getSource()).isEqualTo(GameplayGrantSource.RAID_LOOT);
        assertThat(grant.getCurrencies()).extracting(GameplayGrantAmount::getCurrency, GameplayGrantAmount::getAmount)
                .containsExactly(tuple(GameplayGrantCurrency.LUMINA_SHARD, 40L));
        assertThat(grant.getItemStacks()).isEmpty();
    }

    // --- combat items --------------------------------------------------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact itemIsConsumed(PactDslWithProvider builder) {
        return builder
                .given("a live character holds 4 " + MEDKIT)
                .uponReceiving("gameplay consumes a combat item the character holds")
                .method("POST")
                .path(CONSUMPTIONS)
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", ACTION_ID)
                .body(consumption(ACTION_ID))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(consumption(ACTION_ID)
                        .uuid("itemConsumptionId", UUID.fromString("f4a5b6c7-d8e9-4f0a-9b1c-2d3e4f5a6b7c"))
                        .integerType("availableAfter", 3)
                        .stringMatcher("consumedAt", Patterns.RFC3339, "2026-11-27T12:00:12Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "itemIsConsumed")
    void oneMedkitIsGoneAndThreeAreLeft(MockServer economy) throws ApiException {
        ItemConsumption consumed = api(economy).consumeInventoryItem(ACTION_ID, consumptionRequest(ACTION_ID));

        assertThat(consumed.getConsumptionId()).isEqualTo(UUID.fromString(ACTION_ID));
        assertThat(consumed.getItemId()).isEqualTo(MEDKIT);
        assertThat(consumed.getQuantity()).isEqualTo(1);
        assertThat(consumed.getAvailableAfter()).isEqualTo(3);
    }

    @Pact(consumer = CONSUMER)
    V4Pact itemTheCharacterLacks(PactDslWithProvider builder) {
        return builder
                .given("a live character holds no " + MEDKIT)
                .uponReceiving("gameplay consumes a combat item the character does not hold")
                .method("POST")
                .path(CONSUMPTIONS)
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .headers("Idempotency-Key", LACKING_ACTION_ID)
                .body(consumption(LACKING_ACTION_ID))
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(Problems.problem(422).stringValue("code", "ITEM_NOT_OWNED"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "itemTheCharacterLacks")
    void anItemTheCharacterLacksIsRefusedAsNotOwned(MockServer economy) {
        GameplayGrantsApi api = api(economy);

        assertThatThrownBy(() -> api.consumeInventoryItem(LACKING_ACTION_ID, consumptionRequest(LACKING_ACTION_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    // what gameplay's EconomyInventory switches on
                    assertThat(e.getResponseBody()).contains("\"ITEM_NOT_OWNED\"");
                });
    }

    private static GameplayGrantsApi api(MockServer economy) {
        return new GameplayGrantsApi(GameplayClients.economy(economy));
    }

    private static GameplayGrantAmount amount(GameplayGrantCurrency currency, long amount) {
        return new GameplayGrantAmount().currency(currency).amount(amount);
    }

    /** A grant's common part (request and answer): ids, source and one currency amount. */
    private static PactDslJsonBody grant(String grantId, String source, String sourceRef, String currency,
                                         long amount) {
        return (PactDslJsonBody) new PactDslJsonBody()
                .stringValue("grantId", grantId)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("source", source)
                .stringValue("sourceRef", sourceRef)
                .array("currencies")
                    .object()
                        .stringValue("currency", currency)
                        .numberValue("amount", amount)
                    .closeObject()
                .closeArray();
    }

    /** One medkit used in a combat action (request and answer's common part). */
    private static PactDslJsonBody consumption(String actionId) {
        return new PactDslJsonBody()
                .stringValue("consumptionId", actionId)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("itemId", MEDKIT)
                .numberValue("quantity", 1)
                .stringValue("source", "COMBAT_ITEM_USE")
                .stringValue("sourceRef", SESSION_ID);
    }

    private static ItemConsumptionRequest consumptionRequest(String actionId) {
        return new ItemConsumptionRequest().consumptionId(UUID.fromString(actionId))
                .characterId(UUID.fromString(CHARACTER_ID)).itemId(MEDKIT).quantity(1)
                .source(ItemConsumptionSource.COMBAT_ITEM_USE).sourceRef(UUID.fromString(SESSION_ID));
    }
}
