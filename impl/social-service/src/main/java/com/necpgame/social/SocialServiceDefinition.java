package com.necpgame.social;

import java.time.Duration;

import com.necpgame.platform.PlatformContext;
import com.necpgame.platform.ServiceDefinition;
import com.necpgame.social.api.GuildMembersResource;
import com.necpgame.social.api.GuildsResource;
import com.necpgame.social.api.InternalResource;
import com.necpgame.social.api.NeonPopularityResetResource;
import com.necpgame.social.api.RatingsResource;
import com.necpgame.social.character.CharacterDirectory;
import com.necpgame.social.economy.RewardGrants;
import com.necpgame.social.guild.GuildRepository;
import com.necpgame.social.guild.GuildService;
import com.necpgame.social.neon.ClaimRepository;
import com.necpgame.social.neon.ClaimService;
import com.necpgame.social.neon.CycleRepository;
import com.necpgame.social.neon.CycleService;
import com.necpgame.social.neon.DefaultTiers;
import com.necpgame.social.neon.GrantOrder;
import com.necpgame.social.neon.PointsRepository;
import com.necpgame.social.neon.PopularityService;
import com.necpgame.social.rating.RatingRepository;
import com.necpgame.social.rating.RatingService;
import com.necpgame.social.world.MultiplierRepository;
import com.necpgame.social.world.WorldStateReceiver;
import io.helidon.webserver.http.HttpRouting;

/**
 * social-service on the platform: schema {@code social}; calls character-service (owner checks) and
 * economy-service (rewards, through the outbox); schedules the next Neon cycle when the latest one ends.
 */
public final class SocialServiceDefinition implements ServiceDefinition {
    static final String BASE_PATH = "/api/v1/social";
    public static final String ROLLOVER_JOB = "neon-cycle-rollover";

    private volatile CycleService cycles;

    @Override
    public String name() {
        return "social-service";
    }

    @Override
    public String schema() {
        return "social";
    }

    @Override
    public void routing(HttpRouting.Builder routing, PlatformContext ctx) {
        CharacterDirectory characters = new CharacterDirectory(characterClient(ctx), ctx.clock());
        GuildRepository guildRows = new GuildRepository();
        RatingRepository ratingRows = new RatingRepository();
        CycleRepository cycleRows = new CycleRepository();
        PointsRepository pointRows = new PointsRepository();
        MultiplierRepository multipliers = new MultiplierRepository();

        GuildService guilds = new GuildService(ctx.db(), guildRows, characters, ctx.clock());
        RatingService ratings = new RatingService(ctx.db(), ratingRows, ctx.clock());
        cycles = new CycleService(ctx.db(), cycleRows,
                DefaultTiers.from(ctx.config().get("social.neon.tiers")), ctx.clock());
        PopularityService popularity = new PopularityService(ctx.db(), cycleRows, pointRows, ratingRows, guildRows,
                multipliers, characters, ctx.clock());
        ClaimService claims = new ClaimService(ctx.db(), cycleRows, pointRows, new ClaimRepository(), characters,
                ctx.idempotency(), ctx.outbox(), ctx.clock());
        WorldStateReceiver worldState = new WorldStateReceiver(ctx.db(), multipliers, ctx.clock());

        ctx.outbox().handle(GrantOrder.KIND, new RewardGrants(economyClient(ctx), claims, ctx.json()));
        ctx.scheduler().every(ROLLOVER_JOB,
                ctx.config().get("social.neon.rollover-interval").as(Duration.class).orElse(Duration.ofMinutes(1)),
                this::rollOver);

        // The generator roots each tag's routes at the path its operations share, so each stub is registered there.
        routing.register(BASE_PATH + "/internal", new InternalResource(guilds, worldState))
                .register(BASE_PATH + "/guilds", new GuildsResource(guilds))
                .register(BASE_PATH + "/ratings", new RatingsResource(ratings))
                .register(BASE_PATH + "/events/neon-popularity-reset",
                        new NeonPopularityResetResource(cycles, popularity, claims))
                .register(BASE_PATH, new GuildMembersResource(guilds));
    }

    /** The scheduler's job (also run by tests): schedules the next cycle once the latest one ended. */
    public void rollOver() {
        cycles.rollOver();
    }

    private static com.necpgame.character.client.ApiClient characterClient(PlatformContext ctx) {
        var client = new com.necpgame.character.client.ApiClient();
        client.updateBaseUri(ctx.services().url("character"));
        client.setRequestInterceptor(ctx.services().tokens().authorization());
        client.setReadTimeout(Duration.ofSeconds(5));
        return client;
    }

    private static com.necpgame.economy.client.ApiClient economyClient(PlatformContext ctx) {
        var client = new com.necpgame.economy.client.ApiClient();
        client.updateBaseUri(ctx.services().url("economy"));
        client.setRequestInterceptor(ctx.services().tokens().authorization());
        client.setReadTimeout(Duration.ofSeconds(5));
        return client;
    }
}
