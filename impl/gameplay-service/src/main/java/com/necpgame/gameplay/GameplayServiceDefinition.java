package com.necpgame.gameplay;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.necpgame.gameplay.api.CombatResource;
import com.necpgame.gameplay.api.QuestsResource;
import com.necpgame.gameplay.api.RaidInstancesResource;
import com.necpgame.gameplay.api.RaidLeaderboardResource;
import com.necpgame.gameplay.api.RaidLootResource;
import com.necpgame.gameplay.api.RaidTelemetryResource;
import com.necpgame.gameplay.api.SkyframeAcademyResource;
import com.necpgame.gameplay.combat.CombatRepository;
import com.necpgame.gameplay.combat.CombatRules;
import com.necpgame.gameplay.quest.Dice;
import com.necpgame.gameplay.quest.QuestCatalogue;
import com.necpgame.gameplay.quest.QuestRepository;
import com.necpgame.gameplay.quest.QuestService;
import com.necpgame.gameplay.raid.CertificationRepository;
import com.necpgame.gameplay.raid.LootRepository;
import com.necpgame.gameplay.raid.RaidContent;
import com.necpgame.gameplay.raid.RaidLeaderboards;
import com.necpgame.gameplay.raid.RaidLoot;
import com.necpgame.gameplay.raid.RaidRepository;
import com.necpgame.gameplay.raid.RaidService;
import com.necpgame.gameplay.raid.RaidTelemetry;
import com.necpgame.gameplay.raid.RaidTypes;
import com.necpgame.gameplay.raid.SkyframeAcademy;
import com.necpgame.gameplay.raid.TelemetryRepository;
import com.necpgame.gameplay.remote.AuthPilots;
import com.necpgame.gameplay.remote.Callees;
import com.necpgame.gameplay.remote.CharacterDirectory;
import com.necpgame.gameplay.remote.EconomyInventory;
import com.necpgame.gameplay.remote.OutboxDeliveries;
import com.necpgame.gameplay.remote.SocialGuilds;
import com.necpgame.platform.PlatformContext;
import com.necpgame.platform.ServiceDefinition;
import com.necpgame.platform.idempotency.StoredJson;
import com.necpgame.platform.metrics.Gauges;
import com.necpgame.platform.metrics.SampledValue;
import io.helidon.webserver.http.HttpRouting;

/**
 * gameplay-service on the platform: schema {@code gameplay}; quests (content from the migrations), with the
 * pushes to character, world and economy through the outbox; the gauge {@code quest_session_concurrency}; combat;
 * the raid Quantum Reef Siege with the Skyframe Academy (time-driven raid transitions settled every
 * {@code gameplay.raid.tick-interval}, by one replica at a time).
 */
public final class GameplayServiceDefinition implements ServiceDefinition {
    static final String BASE_PATH = "/api/v1/gameplay";
    static final String QUEST_GAUGE = "quest_session_concurrency";
    static final String OPEN_ALERTS_GAUGE = "raid_sync_alerts_open";
    static final String RAISED_ALERTS_GAUGE = "raid_sync_alerts_raised";
    /** Gauges counted in the database are sampled at most this often, off the scrape (see SampledValue). */
    static final Duration GAUGE_MAX_AGE = Duration.ofSeconds(2);

    private final Dice dice;

    public GameplayServiceDefinition() {
        this(Dice.secure());
    }

    /** With the dice of skill checks and loot rolls (tests script them). */
    public GameplayServiceDefinition(Dice dice) {
        this.dice = dice;
    }

    @Override
    public String name() {
        return "gameplay-service";
    }

    @Override
    public String schema() {
        return "gameplay";
    }

    @Override
    public void routing(HttpRouting.Builder routing, PlatformContext ctx) {
        Callees callees = new Callees(ctx.services());
        CharacterDirectory characters = new CharacterDirectory(
                new com.necpgame.character.client.api.InternalApi(callees.character()), ctx.clock());
        new OutboxDeliveries(callees, ctx.json()).register(ctx.outbox());

        QuestRepository questRows = new QuestRepository(ctx.json());
        QuestCatalogue catalogue = new QuestCatalogue(questRows.quests(ctx.db().execute()));
        Set<String> servers = new HashSet<>(ctx.config().get("gameplay.servers").asList(String.class).orElse(List.of()));
        QuestService quests = new QuestService(ctx.db(), questRows, catalogue, characters, servers, dice,
                ctx.idempotency(), ctx.outbox(), ctx.clock());
        registerQuestGauge(ctx, quests);
        CombatRepository combatRows = new CombatRepository(ctx.json());
        CombatRules combat = new CombatRules(ctx.db(), combatRows, combatRows.content(ctx.db().execute()),
                characters, new EconomyInventory(new com.necpgame.economy.client.api.GameplayGrantsApi(callees.economy())),
                quests, ctx.idempotency(), ctx.clock());

        RaidRepository raidRows = new RaidRepository(ctx.json());
        RaidContent raidContent = raidRows.content(ctx.db().execute());
        AuthPilots pilots = new AuthPilots(callees);
        RaidLoot loot = new RaidLoot(ctx.db(), new LootRepository(ctx.json()), raidRows, raidContent, dice,
                ctx.idempotency(), ctx.outbox(), ctx.clock());
        RaidService raid = new RaidService(ctx.db(), raidRows, raidContent, combat, loot, characters, pilots,
                new SocialGuilds(callees), ctx.clock());
        RaidTelemetry telemetry = new RaidTelemetry(ctx.db(), new TelemetryRepository(), raidRows, ctx.clock());
        SkyframeAcademy academy = new SkyframeAcademy(ctx.db(), new CertificationRepository(ctx.json()), pilots,
                ctx.outbox(), ctx.clock());
        registerRaidGauges(ctx, telemetry);
        Duration tick = ctx.config().get("gameplay.raid.tick-interval").as(Duration.class).orElse(Duration.ofSeconds(1));
        ctx.scheduler().every("raid-settle", tick, raid::settleDue);
        ctx.scheduler().every("raid-telemetry-purge", Duration.ofHours(1), telemetry::purgeOld);

        // The generator roots each tag's routes at the path its operations share, so each stub is registered there.
        String siege = BASE_PATH + "/raids/quantum-reef-siege";
        StoredJson stored = new StoredJson(ctx.json());
        routing.register(BASE_PATH, new QuestsResource(quests, ctx.json()))
                .register(BASE_PATH + "/combat/sessions", new CombatResource(combat, ctx.json()))
                .register(siege, new RaidInstancesResource(raid))
                .register(siege + "/instances/{instanceId}", new RaidTelemetryResource(raid, telemetry))
                .register(siege + "/instances/{instanceId}/loot", new RaidLootResource(raid, loot, stored))
                .register(siege + "/leaderboard", new RaidLeaderboardResource(new RaidLeaderboards(ctx.db(), raidRows)))
                .register(siege + "/certifications", new SkyframeAcademyResource(academy));
    }

    /** Sync alerts open now and raised so far, counted in the database (every replica reports the same). */
    private static void registerRaidGauges(PlatformContext ctx, RaidTelemetry telemetry) {
        Gauges.replace(ctx.metrics(), OPEN_ALERTS_GAUGE, List.of(),
                "Quantum Reef Siege sync alerts OPEN right now (latency > 120 ms or drift > 0.35)",
                new SampledValue(OPEN_ALERTS_GAUGE, () -> telemetry.alertCount(Optional.of(RaidTypes.AlertStatus.OPEN)),
                        GAUGE_MAX_AGE), SampledValue::get);
        Gauges.replace(ctx.metrics(), RAISED_ALERTS_GAUGE, List.of(),
                "Quantum Reef Siege sync alerts raised so far, over every instance",
                new SampledValue(RAISED_ALERTS_GAUGE, () -> telemetry.alertCount(Optional.empty()), GAUGE_MAX_AGE),
                SampledValue::get);
    }

    /** Quest sessions ACTIVE now, counted in the database (so every replica reports the same number). */
    private static void registerQuestGauge(PlatformContext ctx, QuestService quests) {
        Gauges.replace(ctx.metrics(), QUEST_GAUGE, List.of(),
                "Quest sessions with status ACTIVE right now, over all characters",
                new SampledValue(QUEST_GAUGE, quests::activeSessions, GAUGE_MAX_AGE), SampledValue::get);
    }
}
