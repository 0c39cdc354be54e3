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
import com.necpgame.social.client.api.GuildMembersApi;
import com.necpgame.social.client.api.GuildsApi;
import com.necpgame.social.client.model.Guild;
import com.necpgame.social.client.model.GuildCreateRequest;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verifies every pact that names social-service (gameplay's guild membership reads, world's state pushes) against
 * the real social-service on an embedded PostgreSQL, with the real character-service beside it for the owner
 * checks of the guild operations the states use. Provider states seed through the services' own APIs: players
 * create their characters at character-service, found and join guilds at social-service with their own tokens.
 */
@Provider("social-service")
@PactFolder("../target/pacts")
class SocialProviderContractTest {

    /** Real time in whole milliseconds: PostgreSQL keeps microseconds, so nanoseconds would not read back. */
    private static final Clock CLOCK = Clock.tickMillis(ZoneOffset.UTC);
    private static final AtomicInteger GUILDS = new AtomicInteger();

    private static TestTokenIssuer tokens;
    private static CharacterServiceBeside characters;
    private static RunningService social;

    @BeforeAll
    static void startSocialService() {
        tokens = new TestTokenIssuer(CLOCK);
        characters = new CharacterServiceBeside(tokens, CLOCK);
        SocialServiceDefinition definition = new SocialServiceDefinition();
        // No interaction makes social pay a claim, so economy (grantReward) points nowhere.
        social = ServiceRuntime.start(definition, ServiceConfig.forTests(definition, tokens.configYaml()
                + "  character:\n    url: " + characters.baseUrl() + "\n"
                + "  economy:\n    url: http://localhost:1\n"), CLOCK);
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
        if (Consumers.presentsServiceToken(context.getConsumer().getName())) {
            request.setHeader("Authorization", "Bearer " + tokens.service(context.getConsumer().getName()));
        }
        Retries.verify(context, request);
    }

    /** A founder creates a guild, then a second player's character joins it (as RECRUIT). */
    @State("a character is a member of a guild")
    Map<String, Object> memberOfAGuild() throws Exception {
        LiveCharacter founder = characters.liveCharacter();
        int n = GUILDS.incrementAndGet();
        Guild guild = new GuildsApi(client(founder)).createGuild(founder.id(), new GuildCreateRequest()
                .name("Neon Serpents " + n).tag("NSRP" + n).description("Netrunners and fixers of Watson.")
                .recruiting(true));
        LiveCharacter member = characters.liveCharacter();
        new GuildMembersApi(client(member)).joinGuild(guild.getGuildId(), member.id());
        return Map.of("characterId", member.id().toString(), "guildId", guild.getGuildId().toString());
    }

    @State("a character is in no guild")
    Map<String, Object> inNoGuild() throws Exception {
        return Map.of("characterId", characters.liveCharacter().id().toString());
    }

    /** Made true by {@link Retries#verify} in {@link #verifyInteraction}, once the request exists. */
    @State(Retries.SENT_BEFORE)
    void sentBefore() {
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
