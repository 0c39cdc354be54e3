package com.necpgame.social;

import static com.necpgame.social.TestSocialService.BASE;
import static com.necpgame.social.TestSocialService.uniqueName;
import static com.necpgame.social.TestSocialService.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.platform.testing.Http;
import com.necpgame.social.TestSocialService.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Guilds and their members over real HTTP, with the real character-service checking who owns which character. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuildsTest {
    @AutoClose
    private final TestSocialService social = new TestSocialService();
    private final Http http = social.http;

    @Test
    void theFounderLeadsANewGuildThatRecruitsByDefault() {
        Actor leader = social.newActor();
        String name = "Neon " + uniqueName();
        String tag = uniqueTag();
        Http.Reply reply = social.as(leader, "POST", BASE + "/guilds",
                "{\"name\":\"%s\",\"tag\":\"%s\",\"description\":\"Night shifts only.\"}".formatted(name, tag))
                .assertStatus(201);
        JsonNode guild = reply.json();
        assertThat(reply.header("Location")).hasValue(BASE + "/guilds/" + guild.get("guildId").asText());
        assertThat(guild.get("name").asText()).isEqualTo(name);
        assertThat(guild.get("leaderCharacterId").asText()).isEqualTo(leader.characterId().toString());
        assertThat(guild.get("memberCount").asInt()).isEqualTo(1);
        assertThat(guild.get("maxMembers").asInt()).isEqualTo(50);
        assertThat(guild.get("recruiting").asBoolean()).isTrue();

        JsonNode membership = http.get(BASE + "/characters/" + leader.characterId() + "/guild-membership",
                social.newPlayer().token()).assertStatus(200).json();
        assertThat(membership.get("rank").asText()).isEqualTo("LEADER");
        assertThat(http.get(BASE + "/guilds/" + guild.get("guildId").asText(), social.newPlayer().token())
                .assertStatus(200).json()).isEqualTo(guild);
    }

    @Test
    void nameAndTagAreUniqueWhateverTheCase() {
        String name = "Serpents " + uniqueName();
        String tag = uniqueTag();
        social.newGuild(social.newActor(), name, tag);
        social.as(social.newActor(), "POST", BASE + "/guilds",
                        "{\"name\":\"%s\",\"tag\":\"%s\"}".formatted(name.toUpperCase(), uniqueTag()))
                .assertProblem(409, "GUILD_NAME_TAKEN");
        social.as(social.newActor(), "POST", BASE + "/guilds",
                        "{\"name\":\"%s\",\"tag\":\"%s\"}".formatted("Other " + uniqueName(), tag))
                .assertProblem(409, "GUILD_TAG_TAKEN");
    }

    @Test
    void aDisbandedGuildFreesItsNameAndTagAndIsGone() {
        Actor leader = social.newActor();
        Actor member = social.newActor();
        String name = "Gone " + uniqueName();
        String tag = uniqueTag();
        UUID guild = social.newGuild(leader, name, tag);
        social.join(member, guild);

        social.as(member, "DELETE", BASE + "/guilds/" + guild, null).assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        social.as(leader, "DELETE", BASE + "/guilds/" + guild, null).assertStatus(204);

        http.get(BASE + "/guilds/" + guild, leader.token()).assertProblem(404, "GUILD_NOT_FOUND");
        http.get(BASE + "/characters/" + member.characterId() + "/guild-membership", leader.token())
                .assertProblem(404, "NOT_IN_GUILD");
        http.get(BASE + "/ratings/guilds/" + guild, leader.token()).assertProblem(404, "GUILD_NOT_FOUND");
        social.newGuild(social.newActor(), name, tag);
    }

    @Test
    void oneGuildPerCharacter() {
        Actor actor = social.newActor();
        UUID first = social.newGuild(actor);
        UUID other = social.newGuild(social.newActor());
        social.as(actor, "POST", BASE + "/guilds/" + other + "/members", null).assertProblem(409, "ALREADY_IN_GUILD");
        social.as(actor, "POST", BASE + "/guilds/" + first + "/members", null).assertProblem(409, "ALREADY_IN_GUILD");
        social.as(actor, "POST", BASE + "/guilds", "{\"name\":\"%s\",\"tag\":\"%s\"}"
                .formatted("Second " + uniqueName(), uniqueTag())).assertProblem(409, "ALREADY_IN_GUILD");
    }

    @Test
    void joinersStartAsRecruitsAndOnlyRecruitingGuildsTakeThem() {
        Actor leader = social.newActor();
        UUID guild = social.newGuild(leader);
        Actor joiner = social.newActor();
        JsonNode member = social.as(joiner, "POST", BASE + "/guilds/" + guild + "/members", null)
                .assertStatus(201).json();
        assertThat(member.get("rank").asText()).isEqualTo("RECRUIT");
        assertThat(member.get("joinedAt").asText()).isEqualTo(member.get("rankChangedAt").asText());

        social.as(leader, "PATCH", BASE + "/guilds/" + guild, "{\"recruiting\":false}").assertStatus(200);
        social.as(social.newActor(), "POST", BASE + "/guilds/" + guild + "/members", null)
                .assertProblem(422, "GUILD_NOT_RECRUITING");
        JsonNode list = http.get(BASE + "/guilds/" + guild + "/members", leader.token()).assertStatus(200).json();
        assertThat(list.get("items").findValuesAsText("rank")).containsExactly("LEADER", "RECRUIT");
        assertThat(list.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void onlyTheOwnerActsAsACharacter() {
        Actor owner = social.newActor();
        Actor other = social.newActor();
        UUID guild = social.newGuild(social.newActor());
        // other's token, owner's character
        http.send("POST", BASE + "/guilds/" + guild + "/members", null, other.token(), owner.header())
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        http.send("POST", BASE + "/guilds/" + guild + "/members", null, other.token(),
                java.util.Map.of("X-Character-Id", UUID.randomUUID().toString()))
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        // a deleted character acts no more
        social.characterHttp.delete("/api/v1/characters/" + owner.characterId(), owner.token()).assertStatus(200);
        social.clock.advance(java.time.Duration.ofSeconds(31)); // past the snapshot cache
        social.as(owner, "POST", BASE + "/guilds/" + guild + "/members", null).assertProblem(403, "NOT_CHARACTER_OWNER");
    }

    @Test
    void theLeaderEditsEverythingOfficersOnlyDescriptionAndRecruiting() {
        Actor leader = social.newActor();
        Actor officer = social.newActor();
        Actor veteran = social.newActor();
        UUID guild = social.newGuild(leader);
        social.join(officer, guild);
        social.join(veteran, guild);
        rank(leader, guild, officer, "OFFICER").assertStatus(200);
        rank(leader, guild, veteran, "VETERAN").assertStatus(200);

        social.as(officer, "PATCH", BASE + "/guilds/" + guild, "{\"description\":\"New text\",\"recruiting\":false}")
                .assertStatus(200);
        social.as(officer, "PATCH", BASE + "/guilds/" + guild, "{\"name\":\"Officer " + uniqueName() + "\"}")
                .assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        social.as(veteran, "PATCH", BASE + "/guilds/" + guild, "{\"description\":\"x\"}")
                .assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        social.as(social.newActor(), "PATCH", BASE + "/guilds/" + guild, "{\"description\":\"x\"}")
                .assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        String tag = uniqueTag();
        JsonNode renamed = social.as(leader, "PATCH", BASE + "/guilds/" + guild, "{\"tag\":\"" + tag + "\"}")
                .assertStatus(200).json();
        assertThat(renamed.get("tag").asText()).isEqualTo(tag);
        assertThat(renamed.get("description").asText()).isEqualTo("New text");
        assertThat(renamed.get("recruiting").asBoolean()).isFalse();
        social.as(leader, "PATCH", BASE + "/guilds/" + guild, "{}").assertProblem(400, "VALIDATION_FAILED");
    }

    @Test
    void ranksFollowWhoMaySetWhat() {
        Actor leader = social.newActor();
        Actor officer = social.newActor();
        Actor other = social.newActor();
        Actor secondOfficer = social.newActor();
        UUID guild = social.newGuild(leader);
        social.join(officer, guild);
        social.join(other, guild);
        social.join(secondOfficer, guild);
        rank(leader, guild, officer, "OFFICER").assertStatus(200);
        rank(leader, guild, secondOfficer, "OFFICER").assertStatus(200);

        JsonNode veteran = rank(officer, guild, other, "VETERAN").assertStatus(200).json();
        assertThat(veteran.get("rank").asText()).isEqualTo("VETERAN");
        rank(officer, guild, other, "OFFICER").assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        rank(officer, guild, secondOfficer, "MEMBER").assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        rank(officer, guild, leader, "MEMBER").assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        rank(other, guild, officer, "RECRUIT").assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        rank(officer, guild, officer, "VETERAN").assertProblem(422, "CANNOT_CHANGE_OWN_RANK");
        // the same rank again changes nothing
        JsonNode same = rank(officer, guild, other, "VETERAN").assertStatus(200).json();
        assertThat(same.get("rankChangedAt").asText()).isEqualTo(veteran.get("rankChangedAt").asText());
        // a member of no rank in this guild: 404 for the target
        rank(leader, guild, social.newActor(), "MEMBER").assertProblem(404, "NOT_GUILD_MEMBER");
    }

    @Test
    void handingOverLeadershipMakesTheOldLeaderAnOfficer() {
        Actor leader = social.newActor();
        Actor heir = social.newActor();
        UUID guild = social.newGuild(leader);
        social.join(heir, guild);
        rank(leader, guild, heir, "LEADER").assertStatus(200);

        JsonNode members = http.get(BASE + "/guilds/" + guild + "/members", leader.token()).json();
        assertThat(members.get("items").findValuesAsText("characterId"))
                .containsExactly(heir.characterId().toString(), leader.characterId().toString());
        assertThat(members.get("items").findValuesAsText("rank")).containsExactly("LEADER", "OFFICER");
        assertThat(http.get(BASE + "/guilds/" + guild, leader.token()).json().get("leaderCharacterId").asText())
                .isEqualTo(heir.characterId().toString());
        JsonNode officers = http.get(BASE + "/guilds/" + guild + "/members?rank=OFFICER", leader.token()).json();
        assertThat(officers.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theLeaderLeavesOnlyLastWhichDisbandsTheGuild() {
        Actor leader = social.newActor();
        Actor member = social.newActor();
        UUID guild = social.newGuild(leader);
        social.join(member, guild);

        social.as(leader, "POST", BASE + "/guilds/" + guild + "/leave", null)
                .assertProblem(422, "LEADER_MUST_TRANSFER");
        social.as(member, "POST", BASE + "/guilds/" + guild + "/leave", null).assertStatus(204);
        social.as(member, "POST", BASE + "/guilds/" + guild + "/leave", null).assertProblem(404, "NOT_GUILD_MEMBER");
        social.as(leader, "POST", BASE + "/guilds/" + guild + "/leave", null).assertStatus(204);
        http.get(BASE + "/guilds/" + guild, leader.token()).assertProblem(404, "GUILD_NOT_FOUND");
    }

    @Test
    void kicksFollowRanks() {
        Actor leader = social.newActor();
        Actor officer = social.newActor();
        Actor secondOfficer = social.newActor();
        Actor recruit = social.newActor();
        UUID guild = social.newGuild(leader);
        for (Actor actor : List.of(officer, secondOfficer, recruit)) {
            social.join(actor, guild);
        }
        rank(leader, guild, officer, "OFFICER").assertStatus(200);
        rank(leader, guild, secondOfficer, "OFFICER").assertStatus(200);

        kick(officer, guild, secondOfficer).assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        kick(recruit, guild, officer).assertProblem(403, "INSUFFICIENT_GUILD_RANK");
        kick(officer, guild, officer).assertProblem(422, "USE_LEAVE");
        kick(officer, guild, recruit).assertStatus(204);
        kick(officer, guild, recruit).assertProblem(404, "NOT_GUILD_MEMBER");
        kick(leader, guild, secondOfficer).assertStatus(204);
        assertThat(http.get(BASE + "/guilds/" + guild, leader.token()).json().get("memberCount").asInt())
                .isEqualTo(2);
    }

    @Test
    void listIsByNameAndFiltersByPrefixAndRecruiting() {
        String prefix = "Zq" + uniqueName().substring(1, 8);
        UUID b = social.newGuild(social.newActor(), prefix + " Bravo", uniqueTag());
        Actor alphaLeader = social.newActor();
        UUID a = social.newGuild(alphaLeader, prefix + " Alpha", uniqueTag());
        social.as(alphaLeader, "PATCH", BASE + "/guilds/" + a, "{\"recruiting\":false}").assertStatus(200);

        String token = social.newPlayer().token();
        JsonNode all = http.get(BASE + "/guilds?search=" + prefix.toLowerCase(), token).assertStatus(200).json();
        assertThat(all.get("items").findValuesAsText("guildId")).containsExactly(a.toString(), b.toString());
        JsonNode recruiting = http.get(BASE + "/guilds?recruiting=true&search=" + prefix, token).json();
        assertThat(recruiting.get("items").findValuesAsText("guildId")).containsExactly(b.toString());
        JsonNode page2 = http.get(BASE + "/guilds?limit=1&page=2&search=" + prefix, token).json();
        assertThat(page2.get("items").findValuesAsText("guildId")).containsExactly(b.toString());
        assertThat(page2.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void gameplayReadsAMembershipWithAServiceToken() {
        Actor leader = social.newActor();
        UUID guild = social.newGuild(leader);
        String path = BASE + "/internal/characters/" + leader.characterId() + "/guild-membership";
        JsonNode membership = http.get(path, social.tokens.service("gameplay-service")).assertStatus(200).json();
        assertThat(membership.get("guildId").asText()).isEqualTo(guild.toString());
        http.get(path, leader.token()).assertProblem(403, null);
        http.get(path, social.tokens.service("economy-service")).assertProblem(403, "CALLER_NOT_ALLOWED");
        http.get(BASE + "/internal/characters/" + UUID.randomUUID() + "/guild-membership",
                social.tokens.service("gameplay-service")).assertProblem(404, "NOT_IN_GUILD");
    }

    @Test
    void aGuildNeverHasMoreThanFiftyMembersEvenWhenJoinsRace() throws Exception {
        Actor leader = social.newActor();
        UUID guild = social.newGuild(leader);
        for (int i = 0; i < 47; i++) {
            social.join(social.newActor(), guild);
        }
        List<Actor> racers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            racers.add(social.newActor());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers.size())) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Actor racer : racers) {
                Callable<Integer> join = () -> {
                    start.await();
                    return social.as(racer, "POST", BASE + "/guilds/" + guild + "/members", null).status();
                };
                futures.add(pool.submit(join));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 201, 422, 422, 422);
        assertThat(http.get(BASE + "/guilds/" + guild, leader.token()).json().get("memberCount").asInt())
                .isEqualTo(50);
        social.as(social.newActor(), "POST", BASE + "/guilds/" + guild + "/members", null)
                .assertProblem(422, "GUILD_FULL");
    }

    @Test
    void aCharacterJoiningTwoGuildsAtOnceEndsUpInOne() throws Exception {
        Actor actor = social.newActor();
        UUID first = social.newGuild(social.newActor());
        UUID second = social.newGuild(social.newActor());
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (UUID guild : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return social.as(actor, "POST", BASE + "/guilds/" + guild + "/members", null).status();
                }));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    }

    private Http.Reply rank(Actor actor, UUID guild, Actor target, String rank) {
        return social.as(actor, "PUT", BASE + "/guilds/" + guild + "/members/" + target.characterId() + "/rank",
                "{\"rank\":\"" + rank + "\"}");
    }

    private Http.Reply kick(Actor actor, UUID guild, Actor target) {
        return social.as(actor, "DELETE", BASE + "/guilds/" + guild + "/members/" + target.characterId(), null);
    }
}
