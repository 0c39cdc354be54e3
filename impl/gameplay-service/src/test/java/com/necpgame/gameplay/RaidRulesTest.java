package com.necpgame.gameplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.necpgame.gameplay.raid.Certification;
import com.necpgame.gameplay.raid.Loot;
import com.necpgame.gameplay.raid.Mech;
import com.necpgame.gameplay.raid.RaidContent;
import com.necpgame.gameplay.raid.RaidInstance;
import com.necpgame.gameplay.raid.RaidTypes.Award;
import com.necpgame.gameplay.raid.RaidTypes.Difficulty;
import com.necpgame.gameplay.raid.RaidTypes.InstanceStatus;
import com.necpgame.gameplay.raid.RaidTypes.LootStatus;
import com.necpgame.gameplay.raid.RaidTypes.Phase;
import com.necpgame.gameplay.raid.RaidTypes.PhaseStatus;
import com.necpgame.gameplay.raid.RaidTypes.RollType;
import com.necpgame.gameplay.raid.RaidTypes.Tier;
import org.junit.jupiter.api.Test;

/** The raid's rules without a database: phase order, loot resolution, certification scores and tiers, mechs. */
class RaidRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final RaidContent CONTENT = new RaidContent(List.of(
            new RaidContent.PhaseDefinition(Phase.SKY_INSERTION, 1, "Sky Insertion", "", "a", "PVE", null, null),
            new RaidContent.PhaseDefinition(Phase.REEF_BREACH, 2, "Reef Breach", "", "b", "PVE", null, null),
            new RaidContent.PhaseDefinition(Phase.TITAN_LOCK, 3, "Titan Lock", "", "c", "RAID_BOSS", "Kraken Prime",
                    "kraken-prime")),
            Map.of(Difficulty.NORMAL, new RaidContent.DifficultyRule(Difficulty.NORMAL, Tier.T1, 20, 1.0)), Map.of());

    @Test
    void phasesClearOnlyInOrderAndTheLastOneClearsTheRaid() {
        RaidInstance started = RaidInstance.create(UUID.randomUUID(), CONTENT, Difficulty.NORMAL, UUID.randomUUID(),
                UUID.randomUUID(), null, NOW).attemptStarted(UUID.randomUUID(), NOW);
        assertThat(started.phases()).extracting(RaidInstance.PhaseProgress::status)
                .containsExactly(PhaseStatus.ACTIVE, PhaseStatus.PENDING, PhaseStatus.PENDING);
        RaidInstance second = started.phaseCleared(CONTENT.next(Phase.SKY_INSERTION).phase(), UUID.randomUUID(),
                NOW.plusSeconds(60));
        assertThat(second.phase()).isEqualTo(Phase.REEF_BREACH);
        RaidInstance third = second.phaseCleared(CONTENT.next(Phase.REEF_BREACH).phase(), UUID.randomUUID(),
                NOW.plusSeconds(120));
        assertThat(CONTENT.next(Phase.TITAN_LOCK)).isNull();
        RaidInstance cleared = third.phaseCleared(null, null, NOW.plusSeconds(180));
        assertThat(cleared.status()).isEqualTo(InstanceStatus.CLEARED);
        assertThat(cleared.clearTimeMs()).isEqualTo(180_000);
        RaidInstance wiped = second.wiped(NOW.plusSeconds(3600));
        assertThat(wiped.status()).isEqualTo(InstanceStatus.LOCKED);
        assertThat(wiped.reopened(CONTENT, NOW.plusSeconds(7200)).phases()).extracting(RaidInstance.PhaseProgress::status)
                .containsOnly(PhaseStatus.PENDING);
    }

    @Test
    void needBeatsGreedTheHighestRollWinsAndTiesGoToTheEarlierRoll() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        Loot item = Loot.item(UUID.randomUUID(), Phase.REEF_BREACH, "reef-plating-mk3", 1, List.of(a, b, c), NOW);
        Loot rolled = item.withRoll(new Loot.Roll(a, RollType.GREED, 99, NOW))
                .withRoll(new Loot.Roll(b, RollType.NEED, 50, NOW.plusSeconds(1)))
                .withRoll(new Loot.Roll(c, RollType.NEED, 50, NOW.plusSeconds(2)));
        Loot resolved = rolled.resolved(NOW.plusSeconds(3));
        assertThat(resolved.winnerPlayerId()).isEqualTo(b);
        assertThat(resolved.awardedBy()).isEqualTo(Award.NEED);
        Loot passed = item.withRoll(new Loot.Roll(a, RollType.PASS, null, NOW)).resolved(NOW);
        assertThat(passed.status()).isEqualTo(LootStatus.UNCLAIMED);
        assertThat(item.resolved(NOW.plusSeconds(60)).status()).isEqualTo(LootStatus.UNCLAIMED);
    }

    @Test
    void certificationScoresAreExactAndTheTiersFollowTheMean() {
        assertThat(Certification.missionScore(0.9, 95)).isEqualTo(92000);
        assertThat(Certification.missionScore(0.29, 0)).isEqualTo(17400);
        assertThat(Certification.missionScore(1.0, 100)).isEqualTo(100000);
        assertThat(Certification.tierFor(85000)).isEqualTo(Tier.T3);
        assertThat(Certification.tierFor(84999)).isEqualTo(Tier.T2);
        assertThat(Certification.tierFor(70000)).isEqualTo(Tier.T2);
        assertThat(Certification.tierFor(69999)).isEqualTo(Tier.T1);
        Certification c = Certification.start(UUID.randomUUID(), NOW);
        for (var mission : com.necpgame.gameplay.raid.RaidTypes.Mission.values()) {
            assertThat(c.nextMission()).isEqualTo(mission);
            c = c.with(new Certification.MissionResult(mission, 0.8, 80, 60, mission.ordinal() == 0 ? 92000 : 80000,
                    NOW.plusSeconds(60)));
        }
        assertThat(c.score()).isEqualTo(84000);
        assertThat(c.passed()).isTrue();
        assertThat(c.tier()).isEqualTo(Tier.T2);
        assertThat(Certification.start(UUID.randomUUID(), NOW).asOf(NOW.plusSeconds(20 * 60 + 1)).status().name())
                .isEqualTo("EXPIRED");
    }

    @Test
    void aMechWithNoHullLeftIsNotOperational() {
        assertThat(Mech.fresh().withHull(-5).operational()).isFalse();
        assertThat(Mech.fresh().withHull(9999).hull()).isEqualTo(Mech.HULL);
        assertThat(Tier.T3.atLeast(Tier.T2)).isTrue();
        assertThat(Tier.T1.atLeast(Tier.T2)).isFalse();
    }
}
