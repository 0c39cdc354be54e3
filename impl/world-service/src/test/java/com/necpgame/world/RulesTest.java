package com.necpgame.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.problem.ProblemException;
import com.necpgame.world.quest.Deltas;
import com.necpgame.world.quest.EffectRules;
import com.necpgame.world.quest.EffectType;
import com.necpgame.world.quest.QuestEffect;
import com.necpgame.world.state.JsonValues;
import com.necpgame.world.subscription.KeyPattern;
import com.necpgame.world.throne.Activation;
import com.necpgame.world.throne.Branch;
import com.necpgame.world.throne.Campaign;
import com.necpgame.world.throne.CampaignStatus;
import com.necpgame.world.throne.ClimateProtocol;
import com.necpgame.world.throne.Decision;
import com.necpgame.world.throne.DecisionType;
import com.necpgame.world.throne.ProtocolState;
import com.necpgame.world.throne.ProtocolStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules without I/O: campaign progression, climate cooldowns, key patterns, standings, effect shapes. */
class RulesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private static void assertProblem(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(status);
            assertThat(p.code()).isEqualTo(code);
        });
    }

    private static Decision decision(DecisionType type, long version, Branch branch, Integer delta) {
        return new Decision(type, version, Optional.ofNullable(branch), Optional.ofNullable(delta), "Because.");
    }

    private static Campaign full(Campaign c) {
        return c.decide(decision(DecisionType.ADVANCE_PROGRESS, c.version(), null, 100), NOW);
    }

    private static Campaign next(Campaign c) {
        return full(c).decide(decision(DecisionType.ADVANCE_CHAPTER, c.version() + 1, null, null), NOW);
    }

    @Test
    void actsAreThreeChaptersEachAndTheBranchLocksWhenActTwoEnds() {
        Campaign c = Campaign.start("night-city-eu-1", NOW);
        assertThat(c.act()).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            c = next(c);
        }
        assertThat(c.chapter()).isEqualTo(4);
        assertThat(c.act()).isEqualTo(2);
        c = next(next(c));
        assertThat(c.chapter()).isEqualTo(6);
        Campaign noBranch = full(c);
        assertProblem(() -> noBranch.decide(decision(DecisionType.ADVANCE_CHAPTER, noBranch.version(), null, null),
                NOW), 422, "BRANCH_REQUIRED");
        c = c.decide(decision(DecisionType.CHOOSE_BRANCH, c.version(), Branch.FREE_PEOPLES, null), NOW);
        assertThat(c.branchLocked()).isFalse();
        c = next(c);
        assertThat(c.chapter()).isEqualTo(7);
        assertThat(c.act()).isEqualTo(3);
        assertThat(c.branchLocked()).isTrue();
        Campaign locked = c;
        assertProblem(() -> locked.decide(decision(DecisionType.CHOOSE_BRANCH, locked.version(),
                Branch.HELIOS_THRONE, null), NOW), 423, "BRANCH_LOCKED");
    }

    @Test
    void leavingChapterNineCompletesTheCampaignForGood() {
        Campaign c = Campaign.start("s1", NOW);
        c = c.decide(decision(DecisionType.CHOOSE_BRANCH, 1, Branch.BALANCE_CHARTER, null), NOW);
        while (c.chapter() < 9) {
            c = next(c);
        }
        c = next(c);
        assertThat(c.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(c.completedAt()).hasValue(NOW);
        Campaign done = c;
        assertProblem(() -> done.requireDecidable(done.version()), 409, "CAMPAIGN_COMPLETED");
        assertProblem(() -> done.activated(NOW), 409, "CAMPAIGN_NOT_ACTIVE");
        Campaign reset = done.reset(NOW.plusSeconds(1));
        assertThat(reset.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(reset.chapter()).isEqualTo(1);
        assertThat(reset.branch()).isEmpty();
        assertThat(reset.run()).isEqualTo(done.run() + 1);
        assertThat(reset.version()).isEqualTo(done.version() + 1);
    }

    @Test
    void progressIsCappedAtOneHundredAndVersionsAreChecked() {
        Campaign c = Campaign.start("s1", NOW);
        c = c.decide(decision(DecisionType.ADVANCE_PROGRESS, 1, null, 70), NOW);
        c = c.decide(decision(DecisionType.ADVANCE_PROGRESS, 2, null, 70), NOW);
        assertThat(c.progress()).isEqualTo(100);
        Campaign capped = c;
        assertProblem(() -> capped.decide(decision(DecisionType.ADVANCE_PROGRESS, 3, null, 1), NOW), 422,
                "NO_CHANGE");
        assertProblem(() -> capped.requireDecidable(2), 409, "STALE_VERSION");
        assertProblem(() -> Campaign.start("s1", NOW).decide(decision(DecisionType.ADVANCE_CHAPTER, 1, null, null),
                NOW), 422, "CHAPTER_INCOMPLETE");
    }

    @Test
    void aDecisionCarriesExactlyTheFieldsOfItsType() {
        decision(DecisionType.CHOOSE_BRANCH, 1, Branch.HELIOS_THRONE, null).requireWellFormed();
        decision(DecisionType.ADVANCE_PROGRESS, 1, null, 5).requireWellFormed();
        decision(DecisionType.ADVANCE_CHAPTER, 1, null, null).requireWellFormed();
        assertProblem(() -> decision(DecisionType.CHOOSE_BRANCH, 1, null, null).requireWellFormed(), 422,
                "INVALID_DECISION");
        assertProblem(() -> decision(DecisionType.ADVANCE_PROGRESS, 1, Branch.HELIOS_THRONE, 5).requireWellFormed(),
                422, "INVALID_DECISION");
        assertProblem(() -> decision(DecisionType.ADVANCE_CHAPTER, 1, null, 5).requireWellFormed(), 422,
                "INVALID_DECISION");
    }

    @Test
    void aProtocolIsActiveThenCoolsDownThenIsReadyAgain() {
        ClimateProtocol shield = new ClimateProtocol("sandstorm-shield", "Shield", "", Duration.ofHours(2),
                Duration.ofHours(6), JsonValues.newObject());
        Activation last = new Activation(UUID.randomUUID(), "s1", 1, shield.id(), NOW, NOW.plus(Duration.ofHours(2)),
                NOW.plus(Duration.ofHours(6)), 2, "ops-console");
        assertThat(ProtocolState.of(shield, Optional.empty(), NOW).status()).isEqualTo(ProtocolStatus.READY);
        assertThat(ProtocolState.of(shield, Optional.of(last), NOW.plusSeconds(60)).status())
                .isEqualTo(ProtocolStatus.ACTIVE);
        ProtocolState cooling = ProtocolState.of(shield, Optional.of(last), NOW.plus(Duration.ofHours(5)));
        assertThat(cooling.status()).isEqualTo(ProtocolStatus.COOLING_DOWN);
        assertThatThrownBy(() -> cooling.requireReady(NOW.plus(Duration.ofHours(5)).plusMillis(1)))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.code()).isEqualTo("CLIMATE_PROTOCOL_COOLDOWN");
                    assertThat(p.retryAfter()).hasValue(Duration.ofSeconds(3600));
                });
        assertThat(ProtocolState.of(shield, Optional.of(last), NOW.plus(Duration.ofHours(6))).status())
                .isEqualTo(ProtocolStatus.READY);
        assertThatThrownBy(() -> new ClimateProtocol("x", "X", "", Duration.ofHours(2), Duration.ofHours(1),
                JsonValues.newObject())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyPatternsAreExactPrefixOrEverything() {
        assertThat(new KeyPattern("*").matches("anything.at-all")).isTrue();
        assertThat(new KeyPattern("throne-of-sand.*").matches("throne-of-sand.branch")).isTrue();
        assertThat(new KeyPattern("throne-of-sand.*").matches("throne-of-sandstorm")).isFalse();
        assertThat(new KeyPattern("watson.curfew").matches("watson.curfew")).isTrue();
        assertThat(new KeyPattern("watson.curfew").matches("watson.curfew.extra")).isFalse();
        assertThat(new KeyPattern("throne-of-sand.*").prefix()).isEqualTo("throne-of-sand.");
    }

    @Test
    void standingsAreClampedToPlusMinusOneThousand() {
        assertThat(Deltas.standing(900, 400)).isEqualTo(1000);
        assertThat(Deltas.standing(-900, -400)).isEqualTo(-1000);
        assertThat(Deltas.standing(120, 150)).isEqualTo(270);
    }

    @Test
    void effectsMustHaveTheShapeOfTheirType() {
        QuestEffect flag = new QuestEffect(EffectType.FLAG, "f-one", Optional.of(true), Optional.empty(),
                Optional.empty());
        QuestEffect world = new QuestEffect(EffectType.WORLD, "a.b", Optional.empty(), Optional.empty(),
                Optional.of(JsonValues.newObject().put("x", 1)));
        EffectRules.validate(List.of(flag, world));
        assertProblem(() -> EffectRules.validate(List.of(new QuestEffect(EffectType.UNLOCK_QUEST, "q-a",
                Optional.of(true), Optional.empty(), Optional.empty()))), 422, "INVALID_EFFECT");
        assertProblem(() -> EffectRules.validate(List.of(new QuestEffect(EffectType.WORLD, "npc.emir",
                Optional.empty(), Optional.empty(), Optional.of(JsonValues.newObject().put("x", 1))))), 422,
                "RESERVED_KEY");
        assertProblem(() -> EffectRules.validate(List.of(flag, flag)), 422, "DUPLICATE_EFFECT");
        assertThat(world.worldStateKey()).hasValue("a.b");
        assertThat(new QuestEffect(EffectType.NPC_STATE, "emir", Optional.empty(), Optional.empty(),
                Optional.empty()).worldStateKey()).hasValue("npc.emir");
    }
}
