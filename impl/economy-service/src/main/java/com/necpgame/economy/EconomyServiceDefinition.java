package com.necpgame.economy;

import com.necpgame.platform.idempotency.StoredJson;
import java.time.Duration;
import java.util.List;

import com.necpgame.character.client.ApiClient;
import com.necpgame.economy.api.AuctionsResource;
import com.necpgame.economy.api.CraftingResource;
import com.necpgame.economy.api.MeritResource;
import com.necpgame.economy.api.GameplayGrantsResource;
import com.necpgame.economy.api.ReefExchangeResource;
import com.necpgame.economy.api.TradesResource;
import com.necpgame.economy.api.OperationsResource;
import com.necpgame.economy.api.RewardsResource;
import com.necpgame.economy.api.WalletsResource;
import com.necpgame.economy.api.WorldStateChangesResource;
import com.necpgame.economy.character.CharacterDirectory;
import com.necpgame.economy.crafting.CraftRepository;
import com.necpgame.economy.crafting.CraftService;
import com.necpgame.economy.crafting.Recipes;
import com.necpgame.economy.grants.GrantRepository;
import com.necpgame.economy.grants.GrantService;
import com.necpgame.economy.ledger.Ledger;
import com.necpgame.economy.ledger.LedgerMetrics;
import com.necpgame.economy.ledger.LedgerRepository;
import com.necpgame.economy.ledger.WalletService;
import com.necpgame.economy.lots.LotRepository;
import com.necpgame.economy.merit.MeritService;
import com.necpgame.economy.lots.LotService;
import com.necpgame.economy.lots.SeasonService;
import com.necpgame.economy.lots.SettlementMetrics;
import com.necpgame.economy.trades.TradeRepository;
import com.necpgame.economy.trades.TradeService;
import com.necpgame.economy.tx.Work;
import com.necpgame.economy.world.WorldStateService;
import com.necpgame.platform.PlatformContext;
import com.necpgame.platform.ServiceDefinition;
import io.helidon.webserver.http.HttpRouting;

/** economy-service on the platform: schema {@code economy}; owner checks through character-service's client. */
public final class EconomyServiceDefinition implements ServiceDefinition {
    static final String BASE_PATH = "/api/v1/economy";

    @Override
    public String name() {
        return "economy-service";
    }

    @Override
    public String schema() {
        return "economy";
    }

    @Override
    public void routing(HttpRouting.Builder routing, PlatformContext ctx) {
        ApiClient characterClient = new ApiClient();
        characterClient.updateBaseUri(ctx.services().url("character"));
        characterClient.setRequestInterceptor(ctx.services().tokens().authorization());
        CharacterDirectory characters = new CharacterDirectory(characterClient, ctx.clock());

        Work work = new Work(ctx.db(), ctx.idempotency());
        LedgerRepository ledgerRows = new LedgerRepository();
        Ledger ledger = new Ledger(ledgerRows, ctx.clock());
        WalletService wallets = new WalletService(ctx.db(), ledgerRows, ctx.clock());
        LedgerMetrics.register(ctx, wallets);
        GrantService grants = new GrantService(work, ledger, new GrantRepository(ctx.json()), characters, ctx.clock());
        WorldStateService world = new WorldStateService(ctx.db(),
                ctx.config().get("economy.world-state.key-prefixes").asList(String.class).orElse(List.of()),
                ctx.clock());
        StoredJson replies = new StoredJson(ctx.json());
        LotRepository lotRows = new LotRepository();
        LotService lots = new LotService(ctx.db(), work, lotRows, ledger, characters, ctx.clock(),
                new SettlementMetrics(ctx));
        SeasonService seasons = new SeasonService(ctx.db(), work, lotRows, ctx.clock());

        // Settlement: every lot past its close, then seasons whose lots are all settled. Idempotent; each lot is
        // settled in its own transaction under its row lock, so overlapping runs and replicas settle it once.
        Duration interval = ctx.config().get("economy.settlement-interval").as(Duration.class)
                .orElse(Duration.ofSeconds(5));
        TradeService trades = new TradeService(ctx.db(), work, new TradeRepository(ctx.json()), ledger, characters,
                ctx.clock());
        CraftService crafts = new CraftService(work, new CraftRepository(ctx.json()),
                Recipes.from(ctx.config().get("economy.recipes")), ledger, characters, ctx.clock());
        MeritService merit = new MeritService(ctx.db(), work, ledger, ledgerRows, characters, ctx.clock());
        ctx.scheduler().every("settle-lots", interval, () -> {
            lots.settleDue();
            seasons.closeSettled();
        });
        ctx.scheduler().every("expire-trades", interval, trades::expireDue);

        // The generator roots each tag's routes at the path its operations share, so each stub is registered there.
        routing.register(BASE_PATH + "/characters/{characterId}", new WalletsResource(wallets, characters))
                .register(BASE_PATH + "/operations", new OperationsResource(grants, wallets, replies))
                .register(BASE_PATH + "/internal/rewards", new RewardsResource(grants, replies))
                .register(BASE_PATH + "/internal", new GameplayGrantsResource(grants, replies))
                .register(BASE_PATH + "/internal/world-state-changes", new WorldStateChangesResource(world, replies))
                .register(BASE_PATH + "/reef-exchange", new ReefExchangeResource(lots, seasons, replies))
                .register(BASE_PATH + "/auctions", new AuctionsResource(lots, replies))
                .register(BASE_PATH + "/trades", new TradesResource(trades, replies))
                .register(BASE_PATH, new CraftingResource(crafts, replies))
                .register(BASE_PATH, new MeritResource(merit, replies));
    }
}
