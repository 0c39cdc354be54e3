package com.necpgame.world;

import java.time.Duration;

import com.necpgame.character.client.ApiClient;
import com.necpgame.character.client.api.InternalApi;
import com.necpgame.platform.PlatformContext;
import com.necpgame.platform.ServiceDefinition;
import com.necpgame.world.api.QuestConsequencesResource;
import com.necpgame.world.api.SubscriptionsResource;
import com.necpgame.world.api.ThroneOfSandResource;
import com.necpgame.world.api.WorldStateResource;
import com.necpgame.world.character.CharacterOwnership;
import com.necpgame.world.push.WorldStatePushRelay;
import com.necpgame.world.quest.QuestConsequenceRepository;
import com.necpgame.world.quest.QuestConsequenceService;
import com.necpgame.world.servers.GameServers;
import com.necpgame.world.state.WorldStateRepository;
import com.necpgame.world.state.WorldStates;
import com.necpgame.world.state.WorldStateWriter;
import com.necpgame.world.subscription.SubscriptionRepository;
import com.necpgame.world.subscription.SubscriptionService;
import com.necpgame.world.subscription.WorldStatePushes;
import com.necpgame.world.throne.CampaignRepository;
import com.necpgame.world.throne.ThroneOfSandCatalogue;
import com.necpgame.world.throne.ThroneOfSandCampaigns;
import io.helidon.webserver.http.HttpRouting;

/**
 * world-service on the platform: schema {@code world}, its four resources, the outbox handlers of the world state
 * pushes to economy and social, and character-service's snapshot for ownership checks.
 */
public final class WorldServiceDefinition implements ServiceDefinition {
    static final String BASE_PATH = "/api/v1/world";
    /** A synchronous call waits at most this long; then the caller gets 503 (or the outbox retries). */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "world-service";
    }

    @Override
    public String schema() {
        return "world";
    }

    @Override
    public void routing(HttpRouting.Builder routing, PlatformContext ctx) {
        GameServers servers = GameServers.from(ctx.config().get("world.servers"));
        WorldStateRepository stateRows = new WorldStateRepository();
        SubscriptionRepository subscriptionRows = new SubscriptionRepository();
        WorldStatePushes pushes = new WorldStatePushes(subscriptionRows, ctx.outbox());
        WorldStateWriter writer = new WorldStateWriter(stateRows, pushes, ctx.clock());
        SubscriptionService subscriptions = new SubscriptionService(ctx.db(), subscriptionRows, stateRows, pushes,
                servers, ctx.clock());
        new WorldStatePushRelay(ctx.json(), subscriptions, ctx.services(), CALL_TIMEOUT).register(ctx.outbox());

        ApiClient character = new ApiClient();
        character.updateBaseUri(ctx.services().url("character"));
        character.setRequestInterceptor(ctx.services().tokens().authorization());
        character.setConnectTimeout(CALL_TIMEOUT);
        character.setReadTimeout(CALL_TIMEOUT);
        CharacterOwnership ownership = new CharacterOwnership(new InternalApi(character), ctx.clock());

        QuestConsequenceService consequences = new QuestConsequenceService(ctx.db(), new QuestConsequenceRepository(),
                stateRows, writer, servers, ctx.idempotency(), ownership, ctx.clock());
        ThroneOfSandCampaigns throne = new ThroneOfSandCampaigns(ctx.db(), new CampaignRepository(), stateRows, writer,
                servers, ThroneOfSandCatalogue.from(ctx.config().get("world.throne-of-sand")), ctx.clock());
        ctx.scheduler().every("climate-expiry", ctx.config().get("world.throne-of-sand.climate-expiry-interval")
                .as(Duration.class).orElse(Duration.ofMinutes(1)), throne::expireClimateEffects);

        // The generator roots each tag's routes at the path its operations share, so each stub is registered there.
        routing.register(BASE_PATH + "/servers",
                        new WorldStateResource(new WorldStates(ctx.db(), stateRows, writer, servers), servers))
                .register(BASE_PATH, new QuestConsequencesResource(consequences, ctx.json()))
                .register(BASE_PATH + "/subscriptions", new SubscriptionsResource(subscriptions))
                .register(BASE_PATH + "/events/throne-of-sand/campaigns", new ThroneOfSandResource(throne));
    }
}
