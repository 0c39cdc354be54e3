package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.social.client.ApiException;
import com.necpgame.social.client.api.RatingsApi;
import com.necpgame.social.client.model.GuildRating;
import com.necpgame.social.client.model.GuildRatingPage;
import com.necpgame.social.client.model.PlayerRating;
import com.necpgame.social.client.model.PlayerRatingPage;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.necpgame.contracts.gameclient.SocialPacts.CHARACTER_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.GUILD_ID;
import static com.necpgame.contracts.gameclient.SocialPacts.GUILD_NAME;
import static com.necpgame.contracts.gameclient.SocialPacts.GUILD_TAG;
import static com.necpgame.contracts.gameclient.SocialPacts.HAS_POINTS;
import static com.necpgame.contracts.gameclient.SocialPacts.LEADS_A_GUILD;
import static com.necpgame.contracts.gameclient.SocialPacts.UUID_PATTERN;
import static com.necpgame.contracts.gameclient.SocialPacts.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a game client reads social-service's rankings: the lifetime ratings of players (a character endorsed in
 * the running cycle has one) and the social scores of guilds (popularity weighs 20%).
 */
@PactConsumerTest
@PactTestFor(providerName = SocialPacts.PROVIDER)
class SocialRatingsContractTest {

    private static final String PLAYERS = "/api/v1/social/ratings/players";
    private static final String GUILDS = "/api/v1/social/ratings/guilds";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact players(PactDslWithProvider builder) {
        PactDslJsonBody page = SocialPacts.page(new PactDslJsonBody());
        page.minArrayLike("items", 1, 1)
                .integerType("position", 1L)
                .stringMatcher("characterId", UUID_PATTERN, CHARACTER_ID)
                .integerType("score", 25L)
                .stringMatcher("updatedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME)
                .closeObject()
                .closeArray();
        return builder
                .given(HAS_POINTS)
                .uponReceiving("a game client lists the player ratings")
                .method("GET")
                .path(PLAYERS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "players")
    void theRankingStartsAtPositionOne(MockServer social) throws ApiException {
        PlayerRatingPage page = api(social).listPlayerRatings(null, null);

        assertThat(page.getItems()).isNotEmpty();
        assertThat(page.getItems().get(0).getPosition()).isEqualTo(1L);
        assertThat(page.getItems().get(0).getScore()).isPositive();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact player(PactDslWithProvider builder) {
        String playerPath = PLAYERS + "/${characterId}";
        return builder
                .given(HAS_POINTS)
                .uponReceiving("a game client reads the rating of an endorsed character")
                .method("GET")
                .pathFromProviderState(playerPath, path(playerPath))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .integerType("position", 1L)
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .integerType("score", 25L)
                        .stringMatcher("updatedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "player")
    void theEndorsedCharacterHasARating(MockServer social) throws ApiException {
        PlayerRating rating = api(social).getPlayerRating(UUID.fromString(CHARACTER_ID));

        assertThat(rating.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(rating.getScore()).isPositive();
        assertThat(rating.getPosition()).isPositive();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact guilds(PactDslWithProvider builder) {
        PactDslJsonBody page = SocialPacts.page(new PactDslJsonBody());
        guildRating(page.minArrayLike("items", 1, 1)
                .stringMatcher("guildId", UUID_PATTERN, GUILD_ID)
                .stringType("name", GUILD_NAME)
                .stringMatcher("tag", "[A-Z0-9]{2,10}", GUILD_TAG))
                .closeObject()
                .closeArray();
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client lists the guild ratings")
                .method("GET")
                .path(GUILDS)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "guilds")
    void popularityWeighsTwentyPercentInEveryGuildsScore(MockServer social) throws ApiException {
        GuildRatingPage page = api(social).listGuildRatings(null, null);

        assertThat(page.getItems()).isNotEmpty()
                .allSatisfy(g -> assertThat(g.getPopularityWeightPercent()).isEqualTo(20));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact guild(PactDslWithProvider builder) {
        String guildPath = GUILDS + "/${guildId}";
        return builder
                .given(LEADS_A_GUILD)
                .uponReceiving("a game client reads the social score of a guild")
                .method("GET")
                .pathFromProviderState(guildPath, path(guildPath))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(guildRating(new PactDslJsonBody()
                        .valueFromProviderState("guildId", "${guildId}", GUILD_ID)
                        .valueFromProviderState("name", "${name}", GUILD_NAME)
                        .valueFromProviderState("tag", "${tag}", GUILD_TAG)))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "guild")
    void theGuildsScoreHasItsParts(MockServer social) throws ApiException {
        GuildRating rating = api(social).getGuildRating(UUID.fromString(GUILD_ID));

        assertThat(rating.getGuildId()).isEqualTo(UUID.fromString(GUILD_ID));
        assertThat(rating.getName()).isEqualTo(GUILD_NAME);
        assertThat(rating.getMemberCount()).isEqualTo(2);
        assertThat(rating.getSocialScore()).isEqualTo(
                (80 * rating.getBaseScore() + 20 * rating.getPopularityScore()) / 100);
    }

    /** A guild's score parts: the example is a guild whose two members have no rating yet. */
    private static PactDslJsonBody guildRating(PactDslJsonBody body) {
        return body
                .integerType("position", 1L)
                .integerType("memberCount", 2)
                .integerType("baseScore", 0L)
                .integerType("popularityScore", 0L)
                .numberValue("popularityWeightPercent", 20)
                .integerType("socialScore", 0L)
                .stringMatcher("updatedAt", GameClients.RFC3339, SocialPacts.EXAMPLE_TIME);
    }

    private static RatingsApi api(MockServer social) {
        return new RatingsApi(GameClients.social(social));
    }
}
