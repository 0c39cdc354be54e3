package com.necpgame.gameplay;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.necpgame.gameplay.api.CombatResource;
import com.necpgame.gameplay.api.QuestsResource;
import com.necpgame.gameplay.combat.CombatRepository;
import com.necpgame.gameplay.combat.CombatRules;
import com.necpgame.gameplay.quest.Dice;
import com.necpgame.gameplay.quest.QuestCatalogue;
import com.necpgame.gameplay.quest.QuestRepository;
import com.necpgame.gameplay.quest.QuestService;
import com.necpgame.gameplay.remote.Callees;
import com.necpgame.gameplay.remote.CharacterDirectory;
import com.necpgame.gameplay.remote.EconomyInventory;
import com.necpgame.gameplay.remote.OutboxDeliveries;
import com.necpgame.platform.PlatformContext;
import com.necpgame.platform.ServiceDefinition;
import io.helidon.metrics.api.Gauge;
import io.helidon.webserver.http.HttpRouting;

/**
 * gameplay-service on the platform: schema {@code gameplay}; quests (content from the migrations), with the
 * pushes to character, world and economy through the outbox; the gauge {@code quest_session_concurrency}.
 */
public final class GameplayServiceDefinition implements ServiceDefinition {
    static final String BASE_PATH = "/api/v1/gameplay";
    static final String QUEST_GAUGE = "quest_session_concurrency";

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

        // The generator roots each tag's routes at the path its operations share, so each stub is registered there.
        routing.register(BASE_PATH, new QuestsResource(quests, ctx.json()))
                .register(BASE_PATH + "/combat/sessions", new CombatResource(combat, ctx.json()));
    }

    /** Quest sessions ACTIVE now, counted in the database (so every replica reports the same number). */
    private static void registerQuestGauge(PlatformContext ctx, QuestService quests) {
        // One registry per JVM: a service started again (tests) replaces the gauge of the previous one.
        ctx.metrics().remove(QUEST_GAUGE, List.of());
        ctx.metrics().getOrCreate(Gauge.builder(QUEST_GAUGE, quests, QuestService::activeSessions)
                .description("Quest sessions with status ACTIVE right now, over all characters"));
    }
}
