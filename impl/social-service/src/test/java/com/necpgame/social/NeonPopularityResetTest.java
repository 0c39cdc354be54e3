package com.necpgame.social;

import static com.necpgame.social.TestSocialService.NEON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * The Neon Popularity Reset over real HTTP: operators run cycles, players endorse, standings and tiers follow the
 * phases, rewards are claimed once and paid through the outbox to (a stand-in of) economy-service. Each test runs
 * its own cycle: it closes the running one and schedules a new one now. Tier thresholds are small in these tests
 * (SILVER 50, GOLD 75, PLATINUM 150, DIAMOND 200; see TestSocialService).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeonPopularityResetTest {
    @AutoClose
    private final TestSocialService social = new TestSocialService();
    private final Http http = social.http;

    @Test
    void operatorsScheduleStartAndCloseCycles() {
        JsonNode previous = freshCycle();
        Instant now = social.clock.instant();
        String op = social.operatorToken();
        Http.Reply scheduled = http.post(NEON + "/cycles",
                "{\"startsAt\":\"" + now.plus(Duration.ofDays(1)) + "\"}", op).assertStatus(409);
        scheduled.assertProblem(409, "CYCLE_OVERLAP"); // the fresh cycle runs for 42 days

        close(previous.get("cycleId").asText());
        http.post(NEON + "/cycles", "{\"startsAt\":\"" + now.minusSeconds(60) + "\"}", op)
                .assertProblem(422, "CYCLE_START_IN_PAST");
        Http.Reply created = http.post(NEON + "/cycles", "{\"startsAt\":\"" + now.plus(Duration.ofDays(1)) + "\"}", op)
                .assertStatus(201);
        JsonNode cycle = created.json();
        String id = cycle.get("cycleId").asText();
        assertThat(created.header("Location")).hasValue(NEON + "/cycles/" + id);
        assertThat(cycle.get("phase").asText()).isEqualTo("SCHEDULED");
        assertThat(cycle.get("number").asInt()).isEqualTo(previous.get("number").asInt() + 1);
        assertThat(Instant.parse(cycle.get("endsAt").asText()))
                .isEqualTo(Instant.parse(cycle.get("startsAt").asText()).plus(Duration.ofDays(42)));
        http.post(NEON + "/cycles/" + id + "/close", null, op).assertProblem(409, "CYCLE_NOT_STARTED");

        JsonNode started = http.post(NEON + "/cycles/" + id + "/start", null, op).assertStatus(200).json();
        assertThat(started.get("phase").asText()).isEqualTo("WARM_UP");
        assertThat(Instant.parse(started.get("startsAt").asText())).isEqualTo(social.clock.instant());
        assertThat(Instant.parse(started.get("activeStartsAt").asText()))
                .isEqualTo(social.clock.instant().plus(Duration.ofDays(7)));
        http.post(NEON + "/cycles/" + id + "/start", null, op).assertProblem(409, "CYCLE_ALREADY_STARTED");
        assertThat(http.get(NEON + "/current-cycle", social.newPlayer().token()).json().get("cycleId").asText())
                .isEqualTo(id);

        social.clock.advance(Duration.ofHours(1));
        op = social.operatorToken(); // the old one expired
        JsonNode closed = http.post(NEON + "/cycles/" + id + "/close", null, op).assertStatus(200).json();
        assertThat(closed.get("phase").asText()).isEqualTo("CLOSED");
        assertThat(Instant.parse(closed.get("endsAt").asText())).isEqualTo(social.clock.instant());
        assertThat(Instant.parse(closed.get("claimableUntil").asText()))
                .isEqualTo(social.clock.instant().plus(Duration.ofDays(30)));
        http.post(NEON + "/cycles/" + id + "/close", null, op).assertProblem(409, "CYCLE_ALREADY_CLOSED");
        http.get(NEON + "/current-cycle", social.newPlayer().token()).assertProblem(404, "NO_CURRENT_CYCLE");

        JsonNode history = http.get(NEON + "/cycles?phase=CLOSED", social.newPlayer().token()).json();
        assertThat(history.get("items").get(0).get("cycleId").asText()).isEqualTo(id);
        assertThat(history.get("items").findValuesAsText("phase")).containsOnly("CLOSED");
        assertThat(http.get(NEON + "/cycles/" + id, social.newPlayer().token()).json()).isEqualTo(closed);
    }

    @Test
    void aScheduledCycleStartsOnlyAfterThePreviousOneEnded() {
        JsonNode running = freshCycle();
        String op = social.operatorToken();
        JsonNode next = http.post(NEON + "/cycles", "{\"startsAt\":\"" + running.get("endsAt").asText() + "\"}", op)
                .assertStatus(201).json();
        http.post(NEON + "/cycles/" + next.get("cycleId").asText() + "/start", null, op)
                .assertProblem(409, "CYCLE_OVERLAP");
        close(running.get("cycleId").asText());
        http.post(NEON + "/cycles/" + next.get("cycleId").asText() + "/start", null, op).assertStatus(200);
    }

    @Test
    void onlyTheOperationsConsoleRunsCycles() {
        http.post(NEON + "/cycles", "{}", social.newPlayer().token()).assertProblem(403, "OPERATOR_ONLY");
        http.post(NEON + "/cycles", "{}", social.tokens.service("world-service")).assertProblem(403, "OPERATOR_ONLY");
        http.post(NEON + "/cycles/" + UUID.randomUUID() + "/close", null, social.operatorToken())
                .assertProblem(404, "CYCLE_NOT_FOUND");
    }

    @Test
    void eachCyclePublishesItsTiersAndRewards() {
        String id = freshCycle().get("cycleId").asText();
        String token = social.newPlayer().token();
        JsonNode tiers = http.get(NEON + "/cycles/" + id + "/tiers", token).assertStatus(200).json();
        assertThat(tiers.get("items").findValuesAsText("tier"))
                .containsExactly("BRONZE", "SILVER", "GOLD", "PLATINUM", "DIAMOND");
        assertThat(tiers.get("items").get(2).get("minPoints").asLong()).isEqualTo(75);
        assertThat(tiers.get("items").get(2).get("maxPoints").asLong()).isEqualTo(149);
        assertThat(tiers.get("items").get(4).has("maxPoints")).isFalse();
        JsonNode rewards = http.get(NEON + "/cycles/" + id + "/rewards", token).assertStatus(200).json();
        JsonNode gold = rewards.get("items").get(2);
        assertThat(gold.get("neonMerit").asLong()).isEqualTo(1400);
        assertThat(gold.get("junCoin").asLong()).isEqualTo(50);
        JsonNode diamond = rewards.get("items").get(4);
        assertThat(diamond.get("title").asText()).isEqualTo("Mirror Sovereign");
        assertThat(diamond.get("titleTopPercent").asInt()).isEqualTo(1);
        http.get(NEON + "/cycles/" + UUID.randomUUID() + "/tiers", token).assertProblem(404, "CYCLE_NOT_FOUND");
    }

    @Test
    void anEndorsementGivesPointsAndLifetimeRatingAndTiersComeWithTheActivePhase() {
        String cycle = freshCycle().get("cycleId").asText();
        Actor fan = social.newActor();
        Actor star = social.newActor();
        JsonNode endorsement = endorse(fan, star).assertStatus(201).json();
        assertThat(endorsement.get("points").asLong()).isEqualTo(25);
        assertThat(endorsement.get("endorsementsLeftToday").asInt()).isEqualTo(2);
        assertThat(endorsement.get("cycleId").asText()).isEqualTo(cycle);

        String token = social.newPlayer().token();
        JsonNode warmUp = http.get(NEON + "/cycles/" + cycle + "/standings/" + star.characterId(), token)
                .assertStatus(200).json();
        assertThat(warmUp.get("points").asLong()).isEqualTo(25);
        assertThat(warmUp.get("position").asLong()).isEqualTo(1);
        assertThat(warmUp.has("tier")).isFalse();
        assertThat(warmUp.get("final").asBoolean()).isFalse();
        assertThat(http.get(social.BASE + "/ratings/players/" + star.characterId(), token).json().get("score")
                .asLong()).isEqualTo(25);

        endorse(fan, star).assertProblem(409, "ALREADY_ENDORSED");
        endorse(star, star).assertProblem(422, "SELF_ENDORSEMENT");
        endorse(social.sibling(star), star).assertProblem(422, "SELF_ENDORSEMENT");
        social.as(fan, "POST", NEON + "/endorsements", "{\"targetCharacterId\":\"" + UUID.randomUUID() + "\"}")
                .assertProblem(404, "CHARACTER_NOT_FOUND");

        social.clock.advance(Duration.ofDays(7));
        JsonNode active = http.get(NEON + "/cycles/" + cycle + "/standings/" + star.characterId(),
                social.newPlayer().token()).json();
        assertThat(active.get("tier").asText()).isEqualTo("BRONZE");
        assertThat(http.get(NEON + "/current-cycle", social.newPlayer().token()).json().get("phase").asText())
                .isEqualTo("ACTIVE");
        http.get(NEON + "/cycles/" + cycle + "/standings/" + fan.characterId(), social.newPlayer().token())
                .assertProblem(404, "STANDING_NOT_FOUND");
    }

    @Test
    void standingsRankByPointsThenByWhoReachedThemFirstAndFilterByTier() {
        String cycle = freshCycle().get("cycleId").asText();
        social.clock.advance(Duration.ofDays(7)); // ACTIVE: tiers assigned
        Actor gold = social.newActor();
        Actor silverFirst = social.newActor();
        Actor silverSecond = social.newActor();
        give(gold, 3);
        give(silverFirst, 2);
        social.clock.advance(Duration.ofSeconds(1));
        give(silverSecond, 2);

        String token = social.newPlayer().token();
        JsonNode all = http.get(NEON + "/cycles/" + cycle + "/standings", token).assertStatus(200).json();
        assertThat(all.get("items").findValuesAsText("characterId")).containsExactly(gold.characterId() + "",
                silverFirst.characterId() + "", silverSecond.characterId() + "");
        assertThat(all.get("items").findValuesAsText("tier")).containsExactly("GOLD", "SILVER", "SILVER");
        assertThat(all.get("items").get(0).get("topPercent").asInt()).isEqualTo(34);
        JsonNode silver = http.get(NEON + "/cycles/" + cycle + "/standings?tier=SILVER&limit=1&page=2", token).json();
        assertThat(silver.get("total").asInt()).isEqualTo(2);
        assertThat(silver.get("items").findValuesAsText("characterId")).containsExactly(silverSecond.characterId() + "");
        assertThat(silver.get("items").get(0).get("position").asLong()).isEqualTo(3);
    }

    @Test
    void atMostThreeEndorsementsPerUtcDay() {
        freshCycle();
        Actor fan = social.newActor();
        for (int i = 0; i < 3; i++) {
            endorse(fan, social.newActor()).assertStatus(201);
        }
        Http.Reply refused = endorse(fan, social.newActor()).assertProblem(429, null);
        Instant now = social.clock.instant();
        long untilMidnight = Duration.between(now,
                now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant()).toSeconds();
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow()))
                .isBetween(Math.max(1, untilMidnight), untilMidnight + 1);

        social.clock.advance(Duration.ofSeconds(untilMidnight + 1));
        endorse(fan, social.newActor()).assertStatus(201);
    }

    @Test
    void racingEndorsementsNeverExceedTheDailyLimit() throws Exception {
        freshCycle();
        Actor fan = social.newActor();
        List<Actor> targets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            targets.add(social.newActor());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(targets.size())) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Actor target : targets) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return endorse(fan, target).status();
                }));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 201, 201, 429, 429, 429);
    }

    @Test
    void pointsFreezeInCooldownWhenStandingsAreFinal() {
        String cycle = freshCycle().get("cycleId").asText();
        Actor star = social.newActor();
        give(star, 1);
        social.clock.advance(Duration.ofDays(35));
        endorse(social.newActor(), star).assertProblem(422, "CYCLE_NOT_OPEN");
        JsonNode standing = http.get(NEON + "/cycles/" + cycle + "/standings/" + star.characterId(),
                social.newPlayer().token()).json();
        assertThat(standing.get("final").asBoolean()).isTrue();
        assertThat(standing.get("points").asLong()).isEqualTo(25);
    }

    @Test
    void worldStateMultipliesPointsEarnedOnItsServer() {
        freshCycle();
        String world = social.tokens.service("world-service");
        String server = "night-city-" + UUID.randomUUID().toString().substring(0, 8);
        UUID event = UUID.randomUUID();
        String change = """
                {"eventId":"%s","serverId":"%s","key":"social.popularity-multiplier","value":{"percent":200},
                 "version":%d,"changedAt":"%s"}""";
        String now = social.clock.instant().toString();
        JsonNode ack = http.post(social.BASE + "/internal/world-state-changes",
                change.formatted(event, server, 2, now), world).assertStatus(200).json();
        assertThat(ack.get("applied").asBoolean()).isTrue();
        assertThat(ack.get("eventId").asText()).isEqualTo(event.toString());
        // a replay, an older version, and a key social-service does not use change nothing
        assertThat(http.post(social.BASE + "/internal/world-state-changes", change.formatted(event, server, 2, now),
                world).json().get("applied").asBoolean()).isFalse();
        assertThat(http.post(social.BASE + "/internal/world-state-changes",
                change.formatted(UUID.randomUUID(), server, 1, now), world).json().get("applied").asBoolean()).isFalse();
        assertThat(http.post(social.BASE + "/internal/world-state-changes",
                change.formatted(UUID.randomUUID(), server, 3, now).replace("social.popularity-multiplier", "throne.x"),
                world).json().get("applied").asBoolean()).isFalse();
        http.post(social.BASE + "/internal/world-state-changes", change.formatted(UUID.randomUUID(), server, 4, now),
                social.tokens.service("gameplay-service")).assertProblem(403, "CALLER_NOT_ALLOWED");

        Actor star = social.newActor();
        JsonNode boosted = social.as(social.newActor(), "POST", NEON + "/endorsements",
                "{\"targetCharacterId\":\"%s\",\"serverId\":\"%s\"}".formatted(star.characterId(), server))
                .assertStatus(201).json();
        assertThat(boosted.get("points").asLong()).isEqualTo(50);
        JsonNode plain = endorse(social.newActor(), star).assertStatus(201).json();
        assertThat(plain.get("points").asLong()).isEqualTo(25);
    }

    @Test
    void aGuildsSocialScoreCountsTheCurrentCyclesPopularityTwentyPercent() {
        freshCycle();
        Actor leader = social.newActor();
        Actor member = social.newActor();
        java.util.UUID guild = social.newGuild(leader);
        social.join(member, guild);
        give(leader, 4); // 100 points, 100 rating
        freshCycle();
        give(member, 1); // 25 points now, 125 rating in the guild

        JsonNode rating = http.get(social.BASE + "/ratings/guilds/" + guild, social.newPlayer().token())
                .assertStatus(200).json();
        assertThat(rating.get("baseScore").asLong()).isEqualTo(125);
        assertThat(rating.get("popularityScore").asLong()).isEqualTo(25);
        assertThat(rating.get("popularityWeightPercent").asInt()).isEqualTo(20);
        assertThat(rating.get("socialScore").asLong()).isEqualTo((80 * 125 + 20 * 25) / 100);
        assertThat(rating.get("memberCount").asInt()).isEqualTo(2);

        JsonNode ranking = http.get(social.BASE + "/ratings/guilds?limit=100", social.newPlayer().token()).json();
        JsonNode listed = null;
        for (JsonNode item : ranking.get("items")) {
            if (item.get("guildId").asText().equals(guild.toString())) {
                listed = item;
            }
        }
        assertThat(listed).isEqualTo(rating);
        List<Long> scores = ranking.get("items").findValues("socialScore").stream().map(JsonNode::asLong).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonNode player = http.get(social.BASE + "/ratings/players/" + leader.characterId(),
                social.newPlayer().token()).json();
        assertThat(player.get("score").asLong()).isEqualTo(100);
        assertThat(player.get("guildId").asText()).isEqualTo(guild.toString());
        JsonNode players = http.get(social.BASE + "/ratings/players?limit=100", social.newPlayer().token()).json();
        List<Long> playerScores = players.get("items").findValues("score").stream().map(JsonNode::asLong).toList();
        assertThat(playerScores).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotContain(0L);
        http.get(social.BASE + "/ratings/players/" + social.newActor().characterId(), social.newPlayer().token())
                .assertProblem(404, "RATING_NOT_FOUND");
    }

    @Test
    void aRewardIsClaimedOnceAndMintedOnceThroughEconomy() {
        JsonNode cycle = freshCycle();
        String cycleId = cycle.get("cycleId").asText();
        Actor star = social.newActor();
        give(star, 3); // 75 points: GOLD
        claim(star, cycleId, "claim-early").assertProblem(422, "CLAIM_NOT_OPEN");
        close(cycleId);

        Http.Reply first = claim(star, cycleId, "claim-one").assertStatus(201);
        JsonNode claim = first.json();
        assertThat(first.header("Idempotency-Replayed")).hasValue("false");
        assertThat(claim.get("tier").asText()).isEqualTo("GOLD");
        assertThat(claim.get("neonMerit").asLong()).isEqualTo(1400);
        assertThat(claim.get("junCoin").asLong()).isEqualTo(50);
        assertThat(claim.get("status").asText()).isEqualTo("GRANTED");
        assertThat(claim.has("grantedAt")).isTrue();
        assertThat(claim.has("title")).isFalse();

        UUID claimId = UUID.fromString(claim.get("claimId").asText());
        List<StandInEconomy.Received> grants = social.economy.requestsFor(claimId);
        assertThat(grants).hasSize(1);
        StandInEconomy.Received grant = grants.getFirst();
        assertThat(grant.idempotencyKey()).isEqualTo(claimId.toString());
        assertThat(grant.authorization()).startsWith("Bearer ");
        assertThat(grant.body().get("characterId").asText()).isEqualTo(star.characterId().toString());
        assertThat(grant.body().get("source").asText()).isEqualTo("NEON_POPULARITY_RESET");
        assertThat(grant.body().get("sourceRef").asText()).isEqualTo("npr-c" + cycle.get("number").asInt() + "-gold");
        assertThat(grant.body().get("amounts").toString())
                .isEqualTo("[{\"currency\":\"NEON_MERIT\",\"amount\":1400},{\"currency\":\"JUN_COIN\",\"amount\":50}]");

        Http.Reply replay = claim(star, cycleId, "claim-one").assertStatus(201);
        assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
        assertThat(replay.json().get("claimId").asText()).isEqualTo(claimId.toString());
        claim(star, cycleId, "claim-two").assertProblem(409, "ALREADY_CLAIMED");
        assertThat(social.economy.requestsFor(claimId)).hasSize(1);

        JsonNode read = http.get(NEON + "/cycles/" + cycleId + "/claims/" + star.characterId(), social.token(star))
                .assertStatus(200).json();
        assertThat(read).isEqualTo(claim);
        http.get(NEON + "/cycles/" + cycleId + "/claims/" + star.characterId(), social.newPlayer().token())
                .assertProblem(403, "NOT_CHARACTER_OWNER");

        JsonNode history = http.get(NEON + "/characters/" + star.characterId() + "/history",
                social.newPlayer().token()).assertStatus(200).json();
        JsonNode entry = history.get("items").get(0);
        assertThat(entry.get("cycleId").asText()).isEqualTo(cycleId);
        assertThat(entry.get("points").asLong()).isEqualTo(75);
        assertThat(entry.get("tier").asText()).isEqualTo("GOLD");
        assertThat(entry.get("rewardClaimed").asBoolean()).isTrue();

        claim(social.newActor(), cycleId, "claim-nothing").assertProblem(422, "NO_REWARD");
    }

    @Test
    void aClaimWhileEconomyIsDownIsPendingUntilTheRelayDeliversIt() {
        String cycleId = freshCycle().get("cycleId").asText();
        Actor star = social.newActor();
        give(star, 1); // BRONZE: Neon Merit only
        close(cycleId);

        social.economy.down(true);
        JsonNode claim = claim(star, cycleId, "while-down").assertStatus(201).json();
        assertThat(claim.get("status").asText()).isEqualTo("PENDING");
        assertThat(claim.has("grantedAt")).isFalse();
        UUID claimId = UUID.fromString(claim.get("claimId").asText());

        social.economy.down(false);
        social.clock.advance(Duration.ofSeconds(2)); // past the first retry's backoff
        social.service.context().outbox().relayOnce();
        JsonNode granted = http.get(NEON + "/cycles/" + cycleId + "/claims/" + star.characterId(), social.token(star))
                .json();
        assertThat(granted.get("status").asText()).isEqualTo("GRANTED");
        List<StandInEconomy.Received> attempts = social.economy.requestsFor(claimId);
        assertThat(attempts).hasSize(2).extracting(StandInEconomy.Received::idempotencyKey)
                .containsOnly(claimId.toString());
        assertThat(attempts.getLast().body().get("amounts").toString())
                .isEqualTo("[{\"currency\":\"NEON_MERIT\",\"amount\":300}]");
    }

    @Test
    void twoClaimsRacingWithDifferentKeysLetExactlyOneWin() throws Exception {
        String cycleId = freshCycle().get("cycleId").asText();
        Actor star = social.newActor();
        give(star, 2);
        close(cycleId);
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (String key : List.of("claim-race-a", "claim-race-b", "claim-race-c")) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return claim(star, cycleId, key).status();
                }));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(social.economy.received.stream()
                .filter(r -> r.body().path("characterId").asText().equals(star.characterId().toString()))
                .map(StandInEconomy.Received::idempotencyKey).distinct()).hasSize(1);
    }

    @Test
    void rewardsAreClaimableForThirtyDaysAfterTheEnd() {
        String cycleId = freshCycle().get("cycleId").asText();
        Actor late = social.newActor();
        give(late, 1);
        close(cycleId);
        social.clock.advance(Duration.ofDays(30).plusSeconds(1));
        claim(late, cycleId, "too-late").assertProblem(422, "CLAIM_WINDOW_CLOSED");
        // the past cycle stays readable
        assertThat(http.get(NEON + "/cycles/" + cycleId + "/standings", social.newPlayer().token()).json()
                .get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theSchedulerStartsTheNextCycleWhenTheLatestEnds() {
        JsonNode cycle = freshCycle();
        var scheduler = social.service.context().scheduler();
        assertThat(scheduler.runExclusively(SocialServiceDefinition.ROLLOVER_JOB, social.definition::rollOver))
                .isTrue();
        assertThat(current().get("cycleId").asText()).isEqualTo(cycle.get("cycleId").asText());

        social.clock.advance(Duration.ofDays(42));
        scheduler.runExclusively(SocialServiceDefinition.ROLLOVER_JOB, social.definition::rollOver);
        scheduler.runExclusively(SocialServiceDefinition.ROLLOVER_JOB, social.definition::rollOver);
        JsonNode next = current();
        assertThat(next.get("number").asInt()).isEqualTo(cycle.get("number").asInt() + 1);
        assertThat(next.get("startsAt").asText()).isEqualTo(cycle.get("endsAt").asText());
        assertThat(next.get("phase").asText()).isEqualTo("WARM_UP");
        JsonNode all = http.get(NEON + "/cycles?limit=2", social.newPlayer().token()).json();
        assertThat(all.get("items").findValuesAsText("number"))
                .containsExactly(next.get("number").asText(), cycle.get("number").asText());
    }

    @Test
    void aCharacterWithoutPointsHasAnEmptyHistoryAndAnUnknownOneNone() {
        String token = social.newPlayer().token();
        JsonNode empty = http.get(NEON + "/characters/" + social.newActor().characterId() + "/history", token)
                .assertStatus(200).json();
        assertThat(empty.get("total").asInt()).isZero();
        http.get(NEON + "/characters/" + UUID.randomUUID() + "/history", token)
                .assertProblem(404, "CHARACTER_NOT_FOUND");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Closes the running cycle, if any, and schedules a new one starting now (WARM_UP). */
    private JsonNode freshCycle() {
        Http.Reply current = http.get(NEON + "/current-cycle", social.newPlayer().token());
        if (current.status() == 200) {
            close(current.json().get("cycleId").asText());
        }
        return http.post(NEON + "/cycles", "{}", social.operatorToken()).assertStatus(201).json();
    }

    private JsonNode current() {
        return http.get(NEON + "/current-cycle", social.newPlayer().token()).assertStatus(200).json();
    }

    private void close(String cycleId) {
        http.post(NEON + "/cycles/" + cycleId + "/close", null, social.operatorToken()).assertStatus(200);
    }

    private Http.Reply endorse(Actor from, Actor target) {
        return social.as(from, "POST", NEON + "/endorsements",
                "{\"targetCharacterId\":\"" + target.characterId() + "\"}");
    }

    /** {@code count} endorsements of {@code target}, each by a new character. */
    private void give(Actor target, int count) {
        for (int i = 0; i < count; i++) {
            endorse(social.newActor(), target).assertStatus(201);
        }
    }

    private Http.Reply claim(Actor actor, String cycleId, String key) {
        return social.as(actor, "POST", NEON + "/cycles/" + cycleId + "/claims", null,
                Map.of("Idempotency-Key", key));
    }
}
