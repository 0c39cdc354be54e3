package com.necpgame.contracts.economy;

import au.com.dius.pact.provider.junitsupport.State;
import com.necpgame.contracts.provider.CharacterServiceBeside.LiveCharacter;
import com.necpgame.economy.client.ApiClient;
import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.CraftingApi;
import com.necpgame.economy.client.api.MeritApi;
import com.necpgame.economy.client.api.OperationsApi;
import com.necpgame.economy.client.api.TradesApi;
import com.necpgame.economy.client.model.ConfirmTradeRequest;
import com.necpgame.economy.client.model.ConvertMeritRequest;
import com.necpgame.economy.client.model.Craft;
import com.necpgame.economy.client.model.CraftStatus;
import com.necpgame.economy.client.model.CreateTradeRequest;
import com.necpgame.economy.client.model.Currency;
import com.necpgame.economy.client.model.CurrencyAmount;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.economy.client.model.OperatorGrantRequest;
import com.necpgame.economy.client.model.StartCraftRequest;
import com.necpgame.economy.client.model.TradableCurrency;
import com.necpgame.economy.client.model.Trade;
import com.necpgame.economy.client.model.TradeCurrencyAmount;
import com.necpgame.economy.client.model.TradeOffer;
import com.necpgame.economy.client.model.UpdateTradeOfferRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The provider states of the game client's wallets, trades, crafting and Merit, and of the operators' console's
 * grants and books (registered by {@link EconomyProviderContractTest#accountStates}). Every state seeds through the
 * service's own API: a player creates the character at character-service, the operations console mints what it
 * holds ({@code grantOperatorFunds}), and the players trade, craft and convert with their own tokens. Each hands
 * the player's access token ({@code accessToken}) and the ids only the provider knows back to the interaction.
 */
final class AccountStates {

    /**
     * A recipe only the provider's catalogue has: a craft of it is READY after one second, so a provider state can
     * finish a craft for {@code collectCraft} (the real recipes take a minute or more, on the real clock).
     */
    static final String ONE_SECOND_RECIPE = """
            economy:
              recipes:
                r-contract-stim:
                  name: Contract Stim
                  ingredients: {synth-polymer: 1}
                  eddies-cost: 10
                  duration-seconds: 1
                  output: {item-id: contract-stim, quantity: 1}
            """;

    // ---------------------------------------------------------------------------------------- wallets

    @State("a player's character was granted 5000 EDDIES, 6 synth-polymer and 2 monowire-coil")
    Map<String, Object> grantedCharacter() throws Exception {
        LiveCharacter live = EconomyProviderContractTest.characters().liveCharacter();
        grant(live.id(), List.of(eddies(5000)), List.of(stack("synth-polymer", 6), stack("monowire-coil", 2)));
        return player(live);
    }

    @State("a logged-in player and the wallet of another player's character")
    Map<String, Object> anotherPlayersWallet() throws Exception {
        LiveCharacter other = EconomyProviderContractTest.characters().liveCharacter();
        grant(other.id(), List.of(eddies(5000)), List.of());
        return Map.of("characterId", other.id().toString(),
                "accessToken", EconomyProviderContractTest.tokens().player(UUID.randomUUID()));
    }

    // ----------------------------------------------------------------------------------------- trades

    @State("a player's character and another player's character, neither in a trade")
    Map<String, Object> twoCharactersNotTrading() throws Exception {
        LiveCharacter player = EconomyProviderContractTest.characters().liveCharacter();
        LiveCharacter other = EconomyProviderContractTest.characters().liveCharacter();
        Map<String, Object> state = new HashMap<>(player(player));
        state.put("counterpartCharacterId", other.id().toString());
        return state;
    }

    @State("a player's character holding mantis-blades-mk2 opened a trade with another player's character")
    Map<String, Object> openTrade() throws Exception {
        LiveCharacter player = EconomyProviderContractTest.characters().liveCharacter();
        LiveCharacter other = EconomyProviderContractTest.characters().liveCharacter();
        grant(player.id(), List.of(), List.of(stack("mantis-blades-mk2", 1)));
        Trade trade = trades(player).createTrade(new CreateTradeRequest().initiatorCharacterId(player.id())
                .counterpartCharacterId(other.id()));
        return tradeState(player, other, trade);
    }

    @State("the other party offered 45000 EDDIES for the player's mantis-blades-mk2 and confirmed")
    Map<String, Object> tradeConfirmedByTheOtherParty() throws Exception {
        LiveCharacter player = EconomyProviderContractTest.characters().liveCharacter();
        LiveCharacter other = EconomyProviderContractTest.characters().liveCharacter();
        grant(player.id(), List.of(), List.of(stack("mantis-blades-mk2", 1)));
        grant(other.id(), List.of(eddies(45000)), List.of());
        Trade trade = trades(player).createTrade(new CreateTradeRequest().initiatorCharacterId(player.id())
                .counterpartCharacterId(other.id()));
        trades(player).updateTradeOffer(trade.getTradeId(), key(), new UpdateTradeOfferRequest()
                .characterId(player.id())
                .offer(new TradeOffer().items(List.of(stack("mantis-blades-mk2", 1))).currencies(List.of())));
        Trade offered = trades(other).updateTradeOffer(trade.getTradeId(), key(), new UpdateTradeOfferRequest()
                .characterId(other.id())
                .offer(new TradeOffer().items(List.of()).currencies(List.of(new TradeCurrencyAmount()
                        .currency(TradableCurrency.EDDIES).amount(45000L)))));
        trades(other).confirmTrade(trade.getTradeId(), key(), new ConfirmTradeRequest().characterId(other.id())
                .offerVersion(offered.getOfferVersion()));
        return tradeState(player, other, trade);
    }

    // --------------------------------------------------------------------------------------- crafting

    @State("a logged-in player opens the crafting catalogue")
    Map<String, Object> craftingCatalogue() {
        return Map.of("accessToken", EconomyProviderContractTest.tokens().player(UUID.randomUUID()));
    }

    @State("a player's character holds 1 synth-polymer and 100 EDDIES, nothing crafting")
    Map<String, Object> readyToCraft() throws Exception {
        LiveCharacter live = EconomyProviderContractTest.characters().liveCharacter();
        grant(live.id(), List.of(eddies(100)), List.of(stack("synth-polymer", 1)));
        return player(live);
    }

    @State("a player's character is crafting a trauma medkit")
    Map<String, Object> craftInProgress() throws Exception {
        LiveCharacter live = EconomyProviderContractTest.characters().liveCharacter();
        grant(live.id(), List.of(eddies(100)), List.of(stack("synth-polymer", 1)));
        Craft craft = crafting(live).startCraft(live.id(), key(), new StartCraftRequest().recipeId("r-trauma-medkit"));
        Map<String, Object> state = new HashMap<>(player(live));
        state.put("craftId", craft.getCraftId().toString());
        return state;
    }

    @State("a player's character has a finished craft to collect")
    Map<String, Object> craftReady() throws Exception {
        LiveCharacter live = EconomyProviderContractTest.characters().liveCharacter();
        grant(live.id(), List.of(eddies(10)), List.of(stack("synth-polymer", 1)));
        CraftingApi crafting = crafting(live);
        Craft craft = crafting.startCraft(live.id(), key(), new StartCraftRequest().recipeId("r-contract-stim"));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (crafting.getCraft(live.id(), craft.getCraftId()).getStatus() != CraftStatus.READY) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The one-second craft " + craft.getCraftId() + " never got READY");
            }
            Thread.sleep(200);
        }
        Map<String, Object> state = new HashMap<>(player(live));
        state.put("craftId", craft.getCraftId().toString());
        return state;
    }

    // ------------------------------------------------------------------------------------------ merit

    @State("a player's character holds 2000 Neon Merit")
    Map<String, Object> meritToConvert() throws Exception {
        LiveCharacter live = EconomyProviderContractTest.characters().liveCharacter();
        grant(live.id(), List.of(new CurrencyAmount().currency(Currency.NEON_MERIT).amount(2000L)), List.of());
        return player(live);
    }

    @State("a player's character converted 1400 of its 2000 Neon Merit into reputation")
    Map<String, Object> meritConverted() throws Exception {
        LiveCharacter live = EconomyProviderContractTest.characters().liveCharacter();
        grant(live.id(), List.of(new CurrencyAmount().currency(Currency.NEON_MERIT).amount(2000L)), List.of());
        new MeritApi(playerClient(live)).convertMeritToReputation(key(),
                new ConvertMeritRequest().characterId(live.id()).meritAmount(1400L));
        return player(live);
    }

    // ------------------------------------------------------------------------------------- operations

    @State("the operators' console names a character that does not exist")
    Map<String, Object> unknownCharacter() {
        return Map.of("characterId", UUID.randomUUID().toString());
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static Map<String, Object> player(LiveCharacter live) {
        return Map.of("characterId", live.id().toString(), "accountId", live.accountId().toString(),
                "accessToken", EconomyProviderContractTest.tokens().player(live.accountId()));
    }

    private static Map<String, Object> tradeState(LiveCharacter player, LiveCharacter other, Trade trade) {
        Map<String, Object> state = new HashMap<>(player(player));
        state.put("counterpartCharacterId", other.id().toString());
        state.put("tradeId", trade.getTradeId().toString());
        return state;
    }

    private static void grant(UUID characterId, List<CurrencyAmount> currencies, List<ItemStack> items)
            throws ApiException {
        new OperationsApi(EconomyProviderContractTest.client(EconomyProviderContractTest.tokens().service("ops-console")))
                .grantOperatorFunds(key(), new OperatorGrantRequest().characterId(characterId)
                        .currencies(currencies).itemStacks(items).note("Contract test set-up."));
    }

    private static ApiClient playerClient(LiveCharacter live) {
        return EconomyProviderContractTest.client(EconomyProviderContractTest.tokens().player(live.accountId()));
    }

    private static TradesApi trades(LiveCharacter live) {
        return new TradesApi(playerClient(live));
    }

    private static CraftingApi crafting(LiveCharacter live) {
        return new CraftingApi(playerClient(live));
    }

    private static CurrencyAmount eddies(long amount) {
        return new CurrencyAmount().currency(Currency.EDDIES).amount(amount);
    }

    private static ItemStack stack(String itemId, int quantity) {
        return new ItemStack().itemId(itemId).quantity(quantity);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
