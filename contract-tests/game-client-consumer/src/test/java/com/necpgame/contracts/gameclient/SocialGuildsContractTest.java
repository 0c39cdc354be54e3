package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.social.client.ApiException;
import com.necpgame.social.client.api.GuildMembersApi;
import com.necpgame.social.client.api.GuildsApi;
import com.necpgame.social.client.model.Guild;
import com.necpgame.social.client.model.GuildCreateRequest;
import com.necpgame.social.client.model.GuildMember;
import com.necpgame.social.client.model.GuildMemberPage;
import com.necpgame.social.client.model.GuildPage;
import com.necpgame.social.client.model.GuildRank;
import com.necpgame.social.client.model.GuildRankChange;
import com.necpgame.social.client.model.GuildUpdateRequest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.necpgame.contracts.gameclient.SocialPacts.CHARACTER_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.GUILDS;
import static com.necpgame.contracts.gameclient.SocialPacts.GUILD_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.GUILD_NAME;
import static com.necpgame.contracts.gameclient.SocialPacts.GUILD_PATH;
import static com.necpgame.contracts.gameclient.SocialPacts.GUILD_TAG;
import static com.necpgame.contracts.gameclient.SocialPacts.IN_NO_GUILD;
import static com.necpgame.contracts.gameclient.SocialPacts.LEADS_A_GUILD;
import static com.necpgame.contracts.gameclient.SocialPacts.MAY_JOIN;
import static com.necpgame.contracts.gameclient.SocialPacts.OTHER_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.RANKS;
import static com.necpgame.contracts.gameclient.SocialPacts.UUID_PATTERN;
import static com.necpgame.contracts.gameclient.SocialPacts.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client runs guilds at social-service: the player's character founds a guild (409 ALREADY_IN_GUILD
 * while it is in one), lists, opens, edits and disbands guilds, lists members, joins, leaves, kicks, promotes and
 * reads a character's membership. Every call goes through the generated social client with the player's access
 * token and acting character (X-Character-Id), both the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = SocialPacts.PROVIDER)
class SocialGuildsContractTest {

    private static final String MEMBER_PATH = GUILD_PATH + "/members/${otherId}";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact create(PactDslWithProvider builder) {
        return builder
                .given(IN_NO_GUILD)
                .uponReceiving("a game client founds a guild with the player's character")
                .method("POST")
                .path(GUILDS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("name", "Chrome Saints")
                        .stringValue("tag", "CHRS")
                        .stringValue("description", "Solos of Heywood.")
                        .booleanValue("recruiting", true))
                .willRespondWith()
                .status(201)
                .matchHeader("Location", "/api/v1/social/guilds/" + UUID_PATTERN, "/api/v1/social/guilds/" + GUILD_ID)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .uuid("guildId", java.util.UUID.fromString(GUILD_ID))
                        .stringValue("name", "Chrome Saints")
                        .stringValue("tag", "CHRS")
                        .stringValue("description", "Solos of Heywood.")
                        .valueFromProviderState("leaderCharacterId", "${characterId}", CHARACTER_ID)
                        .numberValue("memberCount", 1)
                        .numberValue("maxMembers", 50)
                        .booleanValue("recruiting", true)
                        .stringMatcher("createdAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void theFounderLeadsTheNewGuild(MockServer social) throws ApiException {
        Guild guild = guilds(social).createGuild(id(CHARACTER_ID), new GuildCreateRequest().name("Chrome Saints")
                .tag("CHRS").description("Solos of Heywood.").recruiting(true));

        assertThat(guild.getGuildId()).isNotNull();
        assertThat(guild.getLeaderCharacterId()).isEqualTo(id(CHARACTER_ID));
        assertThat(guild.getMemberCount()).isEqualTo(1);
        assertThat(guild.getTag()).isEqualTo("CHRS");
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact createWhileInAGuild(PactDslWithProvider builder) {
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client founds a guild with a character already in one")
                .method("POST")
                .path(GUILDS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("name", "Second Thoughts")
                        .stringValue("tag", "SCND")
                        .booleanValue("recruiting", true))
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(409, "ALREADY_IN_GUILD"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createWhileInAGuild")
    void aCharacterFoundsNoSecondGuild(MockServer social) {
        GuildsApi api = guilds(social);

        assertThatThrownBy(() -> api.createGuild(id(CHARACTER_ID),
                new GuildCreateRequest().name("Second Thoughts").tag("SCND")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("ALREADY_IN_GUILD");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact list(PactDslWithProvider builder) {
        PactDslJsonBody page = SocialPacts.page(new PactDslJsonBody());
        page.minArrayLike("items", 1, 1)
                .stringMatcher("guildId", UUID_PATTERN, GUILD_ID)
                .stringType("name", GUILD_NAME)
                .stringMatcher("tag", "[A-Z0-9]{2,10}", GUILD_TAG)
                .stringMatcher("leaderCharacterId", UUID_PATTERN, CHARACTER_ID)
                .integerType("memberCount", 2)
                .integerType("maxMembers", 50)
                .booleanValue("recruiting", true)
                .stringMatcher("createdAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME)
                .closeObject()
                .closeArray();
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client lists the recruiting guilds")
                .method("GET")
                .path(GUILDS)
                .query("recruiting=true")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "list")
    void theListHoldsRecruitingGuilds(MockServer social) throws ApiException {
        GuildPage page = guilds(social).listGuilds(null, null, null, true);

        assertThat(page.getItems()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.getRecruiting()).isTrue();
            assertThat(g.getGuildId()).isNotNull();
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact get(PactDslWithProvider builder) {
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client opens a guild")
                .method("GET")
                .pathFromProviderState(GUILD_PATH, path(GUILD_PATH))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(SocialPacts.guild(new PactDslJsonBody()
                        .valueFromProviderState("name", "${name}", GUILD_NAME)
                        .valueFromProviderState("tag", "${tag}", GUILD_TAG)
                        .booleanValue("recruiting", true)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "get")
    void theGuildHasItsLeaderAndMembers(MockServer social) throws ApiException {
        Guild guild = guilds(social).getGuild(id(GUILD_ID));

        assertThat(guild.getGuildId()).isEqualTo(id(GUILD_ID));
        assertThat(guild.getName()).isEqualTo(GUILD_NAME);
        assertThat(guild.getLeaderCharacterId()).isEqualTo(id(CHARACTER_ID));
        assertThat(guild.getMemberCount()).isEqualTo(2);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact update(PactDslWithProvider builder) {
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client's guild leader edits the description and stops recruiting")
                .method("PATCH")
                .pathFromProviderState(GUILD_PATH, path(GUILD_PATH))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("description", "Netrunners and fixers of Watson and Japantown.")
                        .booleanValue("recruiting", false))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(SocialPacts.guild(new PactDslJsonBody()
                        .valueFromProviderState("name", "${name}", GUILD_NAME)
                        .valueFromProviderState("tag", "${tag}", GUILD_TAG)
                        .stringValue("description", "Netrunners and fixers of Watson and Japantown.")
                        .booleanValue("recruiting", false)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "update")
    void theEditedGuildAnswersItsNewDescription(MockServer social) throws ApiException {
        Guild guild = guilds(social).updateGuild(id(GUILD_ID), id(CHARACTER_ID), new GuildUpdateRequest()
                .description("Netrunners and fixers of Watson and Japantown.").recruiting(false));

        assertThat(guild.getDescription()).isEqualTo("Netrunners and fixers of Watson and Japantown.");
        assertThat(guild.getRecruiting()).isFalse();
        assertThat(guild.getName()).isEqualTo(GUILD_NAME);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact disband(PactDslWithProvider builder) {
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client's guild leader disbands the guild")
                .method("DELETE")
                .pathFromProviderState(GUILD_PATH, path(GUILD_PATH))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .willRespondWith()
                .status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "disband")
    void theLeaderDisbandsTheGuild(MockServer social) throws ApiException {
        guilds(social).disbandGuild(id(GUILD_ID), id(CHARACTER_ID));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact members(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 2);
        page.minArrayLike("items", 2, 2)
                .valueFromProviderState("guildId", "${guildId}", GUILD_ID)
                .stringMatcher("characterId", UUID_PATTERN, CHARACTER_ID)
                .stringMatcher("rank", RANKS, "LEADER")
                .stringMatcher("joinedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME)
                .stringMatcher("rankChangedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME)
                .closeObject()
                .closeArray();
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client lists a guild's members")
                .method("GET")
                .pathFromProviderState(GUILD_PATH + "/members", path(GUILD_PATH + "/members"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "members")
    void theMembersAreTheLeaderAndTheRecruit(MockServer social) throws ApiException {
        GuildMemberPage page = members(social).listGuildMembers(id(GUILD_ID), null, null, null);

        assertThat(page.getTotal()).isEqualTo(2L);
        assertThat(page.getItems()).hasSize(2)
                .allSatisfy(m -> assertThat(m.getGuildId()).isEqualTo(id(GUILD_ID)));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact join(PactDslWithProvider builder) {
        return builder
                .given(MAY_JOIN)
                .uponReceiving("a game client's character joins a recruiting guild")
                .method("POST")
                .pathFromProviderState(GUILD_PATH + "/members", path(GUILD_PATH + "/members"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("guildId", "${guildId}", GUILD_ID)
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .stringValue("rank", "RECRUIT")
                        .stringMatcher("joinedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME)
                        .stringMatcher("rankChangedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "join")
    void aJoinerStartsAsRecruit(MockServer social) throws ApiException {
        GuildMember member = members(social).joinGuild(id(GUILD_ID), id(CHARACTER_ID));

        assertThat(member.getGuildId()).isEqualTo(id(GUILD_ID));
        assertThat(member.getCharacterId()).isEqualTo(id(CHARACTER_ID));
        assertThat(member.getRank()).isEqualTo(GuildRank.RECRUIT);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact leave(PactDslWithProvider builder) {
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client's recruit leaves the guild")
                .method("POST")
                .pathFromProviderState(GUILD_PATH + "/leave", path(GUILD_PATH + "/leave"))
                .headerFromProviderState("Authorization", "Bearer ${otherAccessToken}",
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${otherId}", OTHER_ID)
                .willRespondWith()
                .status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "leave")
    void theRecruitLeaves(MockServer social) throws ApiException {
        members(social).leaveGuild(id(GUILD_ID), id(OTHER_ID));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact leaderLeaves(PactDslWithProvider builder) {
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client's guild leader leaves while a recruit remains")
                .method("POST")
                .pathFromProviderState(GUILD_PATH + "/leave", path(GUILD_PATH + "/leave"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(422, "LEADER_MUST_TRANSFER"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "leaderLeaves")
    void theLeaderHandsOverBeforeLeaving(MockServer social) {
        GuildMembersApi api = members(social);

        assertThatThrownBy(() -> api.leaveGuild(id(GUILD_ID), id(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("LEADER_MUST_TRANSFER");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact kick(PactDslWithProvider builder) {
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client's guild leader kicks the recruit")
                .method("DELETE")
                .pathFromProviderState(MEMBER_PATH, path(MEMBER_PATH))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .willRespondWith()
                .status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "kick")
    void theLeaderKicksTheRecruit(MockServer social) throws ApiException {
        members(social).kickGuildMember(id(GUILD_ID), id(OTHER_ID), id(CHARACTER_ID));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact promote(PactDslWithProvider builder) {
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client's guild leader promotes the recruit to VETERAN")
                .method("PUT")
                .pathFromProviderState(MEMBER_PATH + "/rank", path(MEMBER_PATH + "/rank"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .headerFromProviderState("X-Character-Id", "${characterId}", CHARACTER_ID)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("rank", "VETERAN"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("guildId", "${guildId}", GUILD_ID)
                        .valueFromProviderState("characterId", "${otherId}", OTHER_ID)
                        .stringValue("rank", "VETERAN")
                        .stringMatcher("joinedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME)
                        .stringMatcher("rankChangedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "promote")
    void thePromotedMemberHasTheNewRank(MockServer social) throws ApiException {
        GuildMember member = members(social).changeGuildMemberRank(id(GUILD_ID), id(OTHER_ID), id(CHARACTER_ID),
                new GuildRankChange().rank(GuildRank.VETERAN));

        assertThat(member.getCharacterId()).isEqualTo(id(OTHER_ID));
        assertThat(member.getRank()).isEqualTo(GuildRank.VETERAN);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact membership(PactDslWithProvider builder) {
        String membershipPath = "/api/v1/social/characters/${otherId}/guild-membership";
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client reads the guild membership of a character")
                .method("GET")
                .pathFromProviderState(membershipPath, path(membershipPath))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(SocialPacts.member(new PactDslJsonBody()
                        .valueFromProviderState("guildId", "${guildId}", GUILD_ID)
                        .valueFromProviderState("characterId", "${otherId}", OTHER_ID)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "membership")
    void theMembershipNamesTheGuild(MockServer social) throws ApiException {
        GuildMember member = members(social).getCharacterGuildMembership(id(OTHER_ID));

        assertThat(member.getGuildId()).isEqualTo(id(GUILD_ID));
        assertThat(member.getCharacterId()).isEqualTo(id(OTHER_ID));
        assertThat(member.getRank()).isNotNull();
    }

    private static GuildsApi guilds(MockServer social) {
        return new GuildsApi(GameClients.social(social));
    }

    private static GuildMembersApi members(MockServer social) {
        return new GuildMembersApi(GameClients.social(social));
    }

    private static UUID id(String uuid) {
        return java.util.UUID.fromString(uuid);
    }
}
