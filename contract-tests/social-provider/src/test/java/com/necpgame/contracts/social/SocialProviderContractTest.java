package com.necpgame.contracts.social;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.necpgame.contracts.provider.CharacterServiceBeside;
import com.necpgame.contracts.provider.CharacterServiceBeside.LiveCharacter;
import com.necpgame.contracts.provider.Consumers;
import com.necpgame.contracts.provider.Retries;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.TestTokenIssuer;
import com.necpgame.social.SocialServiceDefinition;
import com.necpgame.social.client.ApiClient;
import com.necpgame.social.client.ApiException;
import com.necpgame.social.client.api.GuildMembersApi;
import com.necpgame.social.client.api.GuildsApi;
import com.necpgame.social.client.api.NeonPopularityResetApi;
import com.necpgame.social.client.model.Guild;
import com.necpgame.social.client.model.GuildCreateRequest;
import com.necpgame.social.client.model.PopularityCycle;
import com.necpgame.social.client.model.PopularityCyclePhase;
import com.necpgame.social.client.model.PopularityCycleScheduleRequest;
import com.necpgame.social.client.model.PopularityEndorsementRequest;
import com.necpgame.social.client.model.PopularityRewardClaim;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verifies every pact that names social-service (gameplay's guild membership reads, world's state pushes, the game
 * client's guilds, ratings and Neon Popularity Reset, the operators' console's cycles) against the real
 * social-service on an embedded PostgreSQL, with the real character-service beside it for the owner checks.
 * Provider states seed through the services' own APIs: players create their characters at character-service,
 * found and join guilds, endorse and claim at social-service with their own tokens; the operators' console
 * schedules, starts and closes the cycles (the real clock runs, so a state that needs a closed cycle closes it).
 */
@Provider("social-service")
@PactFolder("../target/pacts")
class SocialProviderContractTest {

    /** Real time in whole milliseconds: PostgreSQL keeps microseconds, so nanoseconds would not read back. */
    private static final Clock CLOCK = Clock.tickMillis(ZoneOffset.UTC);
    private static final AtomicInteger GUILDS = new AtomicInteger();
    private static final List<PopularityCyclePhase> RUNNING =
            List.of(PopularityCyclePhase.WARM_UP, PopularityCyclePhase.ACTIVE, PopularityCyclePhase.COOLDOWN);

    private static TestTokenIssuer tokens;
    private static CharacterServiceBeside characters;
    private static RunningService social;

    @BeforeAll
    static void startSocialService() {
        tokens = new TestTokenIssuer(CLOCK);
        characters = new CharacterServiceBeside(tokens, CLOCK);
        SocialServiceDefinition definition = new SocialServiceDefinition();
        // economy (grantReward) points nowhere: a claim is recorded PENDING and its push retried by the outbox.
        // The scheduler never rolls a cycle over during the run: the states run the calendar as operators do.
        social = ServiceRuntime.start(definition, ServiceConfig.forTests(definition, tokens.configYaml()
                + "  character:\n    url: " + characters.baseUrl() + "\n"
                + "  economy:\n    url: http://localhost:1\n"
                + "social:\n  neon:\n    rollover-interval: PT24H\n"), CLOCK);
    }

    @AfterAll
    static void stopSocialService() {
        if (social != null) {
            social.stop();
        }
        if (characters != null) {
            characters.close();
        }
        if (tokens != null) {
            tokens.close();
        }
    }

    @BeforeEach
    void targetTheRealService(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", social.port()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, HttpRequest request) throws Exception {
        // The pact carries an example service token; the consumer presents a real one, in its own name, so the
        // operations' x-callers are enforced as in production.
        if (Consumers.presentsServiceToken(context, request)) {
            request.setHeader("Authorization", "Bearer " + tokens.service(context.getConsumer().getName()));
        }
        Retries.verify(context, request);
    }

    /** A founder creates a guild, then a second player's character joins it (as RECRUIT). */
    @State("a character is a member of a guild")
    Map<String, Object> memberOfAGuild() throws Exception {
        Guild guild = found(characters.liveCharacter());
        LiveCharacter member = characters.liveCharacter();
        new GuildMembersApi(client(member)).joinGuild(guild.getGuildId(), member.id());
        return Map.of("characterId", member.id().toString(), "guildId", guild.getGuildId().toString());
    }

    @State("a character is in no guild")
    Map<String, Object> inNoGuild() throws Exception {
        return Map.of("characterId", characters.liveCharacter().id().toString());
    }

    // --- the game client's and the operators' console's states ----------------------------------------------

    @State("a logged-in player's character is in no guild")
    Map<String, Object> playersCharacterInNoGuild() throws Exception {
        LiveCharacter character = characters.liveCharacter();
        return Map.of("accessToken", token(character), "characterId", character.id().toString());
    }

    /** A player's character founds a guild, a second player's character joins it as RECRUIT. */
    @State("a logged-in player leads a guild with a recruit")
    Map<String, Object> leadsAGuildWithARecruit() throws Exception {
        LiveCharacter leader = characters.liveCharacter();
        Guild guild = found(leader);
        LiveCharacter recruit = characters.liveCharacter();
        new GuildMembersApi(client(recruit)).joinGuild(guild.getGuildId(), recruit.id());
        return Map.of("accessToken", token(leader), "characterId", leader.id().toString(),
                "guildId", guild.getGuildId().toString(), "name", guild.getName(), "tag", guild.getTag(),
                "otherId", recruit.id().toString(), "otherAccessToken", token(recruit));
    }

    @State("a logged-in player's character is in no guild and a guild recruits")
    Map<String, Object> mayJoinAGuild() throws Exception {
        Guild guild = found(characters.liveCharacter());
        LiveCharacter joiner = characters.liveCharacter();
        return Map.of("accessToken", token(joiner), "characterId", joiner.id().toString(),
                "guildId", guild.getGuildId().toString());
    }

    @State("a popularity cycle is running")
    Map<String, Object> cycleRuns() throws Exception {
        return Map.of("accessToken", tokens.player(UUID.randomUUID()),
                "cycleId", runningCycle().getCycleId().toString());
    }

    /** A new character endorses another one (25 points, 25 of lifetime rating) in the running cycle. */
    @State("a character has popularity points in the running cycle")
    Map<String, Object> hasPoints() throws Exception {
        UUID cycleId = runningCycle().getCycleId();
        LiveCharacter star = endorsedOnce();
        return Map.of("accessToken", token(star), "characterId", star.id().toString(),
                "cycleId", cycleId.toString());
    }

    @State("a logged-in player's character may endorse another character in the running cycle")
    Map<String, Object> mayEndorse() throws Exception {
        UUID cycleId = runningCycle().getCycleId();
        LiveCharacter fan = characters.liveCharacter();
        LiveCharacter target = characters.liveCharacter();
        return Map.of("accessToken", token(fan), "characterId", fan.id().toString(),
                "otherId", target.id().toString(), "cycleId", cycleId.toString());
    }

    /** One endorsement in the running cycle (BRONZE), then the operators close it: the reward is claimable. */
    @State("a logged-in player's character has a tier in a closed popularity cycle")
    Map<String, Object> hasAReward() throws Exception {
        return closedWithAReward();
    }

    @State("a logged-in player's character claimed its reward of a closed popularity cycle")
    Map<String, Object> claimed() throws Exception {
        Map<String, Object> state = closedWithAReward();
        LiveCharacter star = new LiveCharacter(UUID.fromString((String) state.get("characterId")),
                (UUID) state.remove("accountId"));
        PopularityRewardClaim claim = new NeonPopularityResetApi(client(star)).claimPopularityReward(
                UUID.fromString((String) state.get("cycleId")), star.id(), "provider-state-claim");
        state.put("claimId", claim.getClaimId().toString());
        state.put("otherAccessToken", tokens.player(UUID.randomUUID()));
        return state;
    }

    @State("no popularity cycle is running or scheduled")
    Map<String, Object> noCycle() throws Exception {
        endTheLatestCycle();
        return Map.of("accessToken", tokens.player(UUID.randomUUID()));
    }

    /** A cycle scheduled a day ahead, after the latest one has ended. */
    @State("a popularity cycle is scheduled")
    Map<String, Object> cycleScheduled() throws Exception {
        endTheLatestCycle();
        PopularityCycle cycle = operator().schedulePopularityCycle(new PopularityCycleScheduleRequest()
                .startsAt(CLOCK.instant().plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)));
        return Map.of("cycleId", cycle.getCycleId().toString());
    }

    /** Made true by {@link Retries#verify} in {@link #verifyInteraction}, once the request exists. */
    @State(Retries.SENT_BEFORE)
    void sentBefore() {
    }

    private static Guild found(LiveCharacter founder) throws ApiException {
        int n = GUILDS.incrementAndGet();
        return new GuildsApi(client(founder)).createGuild(founder.id(), new GuildCreateRequest()
                .name("Neon Serpents " + n).tag("NSRP" + n).description("Netrunners and fixers of Watson.")
                .recruiting(true));
    }

    /** A new character endorsed by another new one in the running cycle. */
    private static LiveCharacter endorsedOnce() throws Exception {
        LiveCharacter fan = characters.liveCharacter();
        LiveCharacter star = characters.liveCharacter();
        new NeonPopularityResetApi(client(fan)).endorseCharacter(fan.id(),
                new PopularityEndorsementRequest().targetCharacterId(star.id()));
        return star;
    }

    /** The state of a character with a tier in a cycle just closed (and its account, to claim with). */
    private static Map<String, Object> closedWithAReward() throws Exception {
        UUID cycleId = runningCycle().getCycleId();
        LiveCharacter star = endorsedOnce();
        operator().closePopularityCycle(cycleId);
        Map<String, Object> state = new HashMap<>();
        state.put("accessToken", token(star));
        state.put("characterId", star.id().toString());
        state.put("cycleId", cycleId.toString());
        state.put("accountId", star.accountId());
        return state;
    }

    /** The running cycle: the latest one if it runs, else the scheduled one started or a new one from now. */
    private static PopularityCycle runningCycle() throws ApiException {
        NeonPopularityResetApi operator = operator();
        Optional<PopularityCycle> latest = latestCycle();
        if (latest.isPresent() && RUNNING.contains(latest.get().getPhase())) {
            return latest.get();
        }
        if (latest.isPresent() && latest.get().getPhase() == PopularityCyclePhase.SCHEDULED) {
            return operator.startPopularityCycle(latest.get().getCycleId());
        }
        return operator.schedulePopularityCycle(new PopularityCycleScheduleRequest()); // starts now
    }

    /** Closes the latest cycle if it runs, starts and closes it if it is scheduled: nothing runs, nothing waits. */
    private static void endTheLatestCycle() throws ApiException {
        Optional<PopularityCycle> latest = latestCycle();
        if (latest.isEmpty() || latest.get().getPhase() == PopularityCyclePhase.CLOSED) {
            return;
        }
        UUID cycleId = latest.get().getCycleId();
        if (latest.get().getPhase() == PopularityCyclePhase.SCHEDULED) {
            operator().startPopularityCycle(cycleId);
        }
        operator().closePopularityCycle(cycleId);
    }

    private static Optional<PopularityCycle> latestCycle() throws ApiException {
        return operator().listPopularityCycles(1, 1, null).getItems().stream().findFirst();
    }

    /** The operators' console's client: a service token in its name. */
    private static NeonPopularityResetApi operator() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(social.baseUrl());
        String token = tokens.service(Consumers.OPS_CONSOLE);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new NeonPopularityResetApi(client);
    }

    private static String token(LiveCharacter character) {
        return tokens.player(character.accountId());
    }

    /** social's generated client as the player who owns {@code character} uses it. */
    private static ApiClient client(LiveCharacter character) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(social.baseUrl());
        String token = tokens.player(character.accountId());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
