package com.necpgame.contracts.gameplay;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.social.client.ApiException;
import com.necpgame.social.client.api.InternalApi;
import com.necpgame.social.client.model.GuildMember;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How gameplay-service uses social-service: before a character pilots a Quantum Reef Siege instance created for
 * a guild, gameplay reads its guild membership ({@code getGuildMembershipForService}) and compares the guild; a
 * character in no guild is 404 NOT_IN_GUILD. Every call goes through the generated social client, exactly as
 * gameplay makes it. The ids are the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = SocialContractTest.PROVIDER)
class SocialContractTest {

    static final String PROVIDER = "social-service";
    static final String CONSUMER = "gameplay-service";

    private static final String PATH = "/api/v1/social/internal/characters/${characterId}/guild-membership";
    private static final String CHARACTER_ID = "7b1e4d2a-9c3f-4a5b-8d6e-0f1a2b3c4d5e";
    private static final String GUILD_ID = "3c9e1f7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c";
    private static final String RANKS = "LEADER|OFFICER|VETERAN|MEMBER|RECRUIT";

    @Pact(consumer = CONSUMER)
    V4Pact membershipOfAMember(PactDslWithProvider builder) {
        return builder
                .given("a character is a member of a guild")
                .uponReceiving("gameplay reads the guild membership of a raid pilot")
                .method("GET")
                .pathFromProviderState(PATH, path())
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("guildId", "${guildId}", GUILD_ID)
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .stringMatcher("rank", RANKS, "RECRUIT")
                        .stringMatcher("joinedAt", Patterns.RFC3339, "2026-11-27T12:10:00Z")
                        .stringMatcher("rankChangedAt", Patterns.RFC3339, "2026-11-27T12:10:00Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "membershipOfAMember")
    void theMembershipNamesTheGuild(MockServer social) throws ApiException {
        GuildMember membership = new InternalApi(GameplayClients.social(social))
                .getGuildMembershipForService(UUID.fromString(CHARACTER_ID));

        assertThat(membership.getGuildId()).isEqualTo(UUID.fromString(GUILD_ID));
        assertThat(membership.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(membership.getRank()).isNotNull();
    }

    @Pact(consumer = CONSUMER)
    V4Pact membershipOfACharacterInNoGuild(PactDslWithProvider builder) {
        return builder
                .given("a character is in no guild")
                .uponReceiving("gameplay reads the guild membership of a character in no guild")
                .method("GET")
                .pathFromProviderState(PATH, path())
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(Problems.problem(404).stringValue("code", "NOT_IN_GUILD"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "membershipOfACharacterInNoGuild")
    void aCharacterInNoGuildIsNotFound(MockServer social) {
        InternalApi api = new InternalApi(GameplayClients.social(social));

        assertThatThrownBy(() -> api.getGuildMembershipForService(UUID.fromString(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("NOT_IN_GUILD");
                });
    }

    private static String path() {
        return PATH.replace("${characterId}", CHARACTER_ID);
    }
}
