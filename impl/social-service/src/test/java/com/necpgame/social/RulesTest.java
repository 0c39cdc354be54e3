package com.necpgame.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import com.necpgame.platform.problem.ProblemException;
import com.necpgame.social.guild.GuildChange;
import com.necpgame.social.guild.GuildRank;
import com.necpgame.social.guild.GuildRules;
import com.necpgame.social.neon.CycleCalendar;
import com.necpgame.social.neon.CyclePhase;
import com.necpgame.social.neon.DefaultTiers;
import com.necpgame.social.neon.EndorsementRules;
import com.necpgame.social.neon.PopularityTier;
import com.necpgame.social.neon.Standings;
import com.necpgame.social.neon.TierLevel;
import com.necpgame.social.neon.TierTable;
import com.necpgame.social.rating.SocialScore;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules without I/O. */
class RulesTest {
    private static final Instant START = Instant.parse("2026-11-16T00:00:00Z");

    @Test
    void aCycleIsSevenDaysWarmUpTwentyEightActiveSevenCooldownThenClosed() {
        CycleCalendar calendar = CycleCalendar.startingAt(START);
        assertThat(calendar.phaseAt(START.minusSeconds(1))).isEqualTo(CyclePhase.SCHEDULED);
        assertThat(calendar.phaseAt(START)).isEqualTo(CyclePhase.WARM_UP);
        assertThat(calendar.phaseAt(START.plus(Duration.ofDays(7)))).isEqualTo(CyclePhase.ACTIVE);
        assertThat(calendar.phaseAt(START.plus(Duration.ofDays(35)).minusMillis(1))).isEqualTo(CyclePhase.ACTIVE);
        assertThat(calendar.phaseAt(START.plus(Duration.ofDays(35)))).isEqualTo(CyclePhase.COOLDOWN);
        assertThat(calendar.phaseAt(START.plus(Duration.ofDays(42)))).isEqualTo(CyclePhase.CLOSED);
        assertThat(calendar.claimableUntil()).isEqualTo(START.plus(Duration.ofDays(72)));
        assertThat(calendar.claimOpenAt(START.plus(Duration.ofDays(34)))).isFalse();
        assertThat(calendar.claimOpenAt(START.plus(Duration.ofDays(35)))).isTrue();
        assertThat(calendar.claimOpenAt(START.plus(Duration.ofDays(72)).plusSeconds(1))).isFalse();
    }

    @Test
    void closingACycleEndsItNowAndKeepsClaimsOpenThirtyDays() {
        Instant now = START.plus(Duration.ofDays(3));
        CycleCalendar closed = CycleCalendar.startingAt(START).closedAt(now);
        assertThat(closed.phaseAt(now)).isEqualTo(CyclePhase.CLOSED);
        assertThat(closed.claimOpenAt(now)).isTrue();
        assertThat(closed.claimableUntil()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(closed.startsAt()).isEqualTo(START);
    }

    @Test
    void phasesDecideWhatCounts() {
        assertThat(CyclePhase.WARM_UP.open()).isTrue();
        assertThat(CyclePhase.WARM_UP.assignsTiers()).isFalse();
        assertThat(CyclePhase.ACTIVE.assignsTiers()).isTrue();
        assertThat(CyclePhase.ACTIVE.isFinal()).isFalse();
        assertThat(CyclePhase.COOLDOWN.open()).isFalse();
        assertThat(CyclePhase.COOLDOWN.isFinal()).isTrue();
    }

    @Test
    void theDefaultTiersAreTheSpecsAndDiamondsTopOnePercentEarnsTheTitle() {
        Config yaml = Config.just(ConfigSources.classpath("application.yaml"));
        TierTable table = DefaultTiers.from(yaml.get("social.neon.tiers"));
        assertThat(table.levelFor(0)).isEmpty();
        assertThat(table.levelFor(1).map(TierLevel::tier)).hasValue(PopularityTier.BRONZE);
        assertThat(table.levelFor(999).map(TierLevel::tier)).hasValue(PopularityTier.BRONZE);
        assertThat(table.levelFor(1000).map(TierLevel::tier)).hasValue(PopularityTier.SILVER);
        assertThat(table.levelFor(2500).map(TierLevel::tier)).hasValue(PopularityTier.GOLD);
        assertThat(table.levelFor(5000).map(TierLevel::tier)).hasValue(PopularityTier.PLATINUM);
        assertThat(table.levelFor(8000).map(TierLevel::tier)).hasValue(PopularityTier.DIAMOND);
        assertThat(table.maxPoints(PopularityTier.GOLD)).hasValue(4999L);
        assertThat(table.maxPoints(PopularityTier.DIAMOND)).isEmpty();
        TierLevel gold = table.level(PopularityTier.GOLD).orElseThrow();
        assertThat(gold.neonMerit()).isEqualTo(1400);
        assertThat(gold.junCoin()).isEqualTo(50);
        TierLevel diamond = table.level(PopularityTier.DIAMOND).orElseThrow();
        assertThat(table.titleFor(diamond, 1)).hasValue("Mirror Sovereign");
        assertThat(table.titleFor(diamond, 2)).isEmpty();
        assertThat(table.titleFor(gold, 1)).isEmpty();
    }

    @Test
    void topPercentIsTheSmallestWholePercentThePositionFallsIn() {
        assertThat(Standings.topPercent(1, 200)).isEqualTo(1);
        assertThat(Standings.topPercent(2, 200)).isEqualTo(1);
        assertThat(Standings.topPercent(3, 200)).isEqualTo(2);
        assertThat(Standings.topPercent(1, 3)).isEqualTo(34);
        assertThat(Standings.topPercent(3, 3)).isEqualTo(100);
        assertThat(Standings.topPercent(2417, 18240)).isEqualTo(14);
    }

    @Test
    void theSocialScoreWeighsPopularityTwentyPercentRoundedDown() {
        assertThat(SocialScore.of(210000, 31500)).isEqualTo(174300);
        assertThat(SocialScore.of(125, 25)).isEqualTo(105);
        assertThat(SocialScore.of(1, 1)).isEqualTo(1);
        assertThat(SocialScore.of(0, 4)).isZero();
    }

    @Test
    void endorsementsAreTwentyFivePointsTimesTheMultiplierThreeADay() {
        assertThat(EndorsementRules.points(100)).isEqualTo(25);
        assertThat(EndorsementRules.points(150)).isEqualTo(37);
        assertThat(EndorsementRules.points(300)).isEqualTo(75);
        Instant evening = Instant.parse("2026-11-27T23:59:30Z");
        assertThat(EndorsementRules.startOfUtcDay(evening)).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(EndorsementRules.untilMidnight(evening)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void ranksDecideWhoMayDoWhat() {
        GuildChange describe = new GuildChange(Optional.empty(), Optional.empty(), Optional.of("x"), Optional.empty());
        GuildChange rename = new GuildChange(Optional.of("New"), Optional.empty(), Optional.empty(), Optional.empty());
        GuildRules.requireMayEdit(GuildRank.LEADER, rename);
        GuildRules.requireMayEdit(GuildRank.OFFICER, describe);
        assertInsufficient(() -> GuildRules.requireMayEdit(GuildRank.OFFICER, rename));
        assertInsufficient(() -> GuildRules.requireMayEdit(GuildRank.VETERAN, describe));

        GuildRules.requireMayKick(GuildRank.LEADER, GuildRank.OFFICER);
        GuildRules.requireMayKick(GuildRank.OFFICER, GuildRank.VETERAN);
        assertInsufficient(() -> GuildRules.requireMayKick(GuildRank.OFFICER, GuildRank.OFFICER));
        assertInsufficient(() -> GuildRules.requireMayKick(GuildRank.MEMBER, GuildRank.RECRUIT));

        GuildRules.requireMaySetRank(GuildRank.LEADER, GuildRank.RECRUIT, GuildRank.LEADER);
        GuildRules.requireMaySetRank(GuildRank.OFFICER, GuildRank.RECRUIT, GuildRank.VETERAN);
        assertInsufficient(() -> GuildRules.requireMaySetRank(GuildRank.OFFICER, GuildRank.RECRUIT, GuildRank.OFFICER));
        assertInsufficient(() -> GuildRules.requireMaySetRank(GuildRank.OFFICER, GuildRank.OFFICER, GuildRank.MEMBER));
        assertInsufficient(() -> GuildRules.requireMayDisband(GuildRank.OFFICER));

        GuildRules.requireRoom(49);
        assertThatThrownBy(() -> GuildRules.requireRoom(50)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).code()).isEqualTo("GUILD_FULL");
    }

    private static void assertInsufficient(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).code()).isEqualTo("INSUFFICIENT_GUILD_RANK");
    }

}
