package com.necpgame.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import com.necpgame.character.character.AttributeSpending;
import com.necpgame.character.character.Attributes;
import com.necpgame.character.character.CharacterLimit;
import com.necpgame.character.character.Progression;
import com.necpgame.character.character.RestoreWindow;
import com.necpgame.character.quest.SyncOutcome;
import com.necpgame.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The rules of character-service without HTTP or a database. */
class RulesTest {

    private static void assertProblem(Runnable action, int status, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void levelsFollowFiveHundredTimesLTimesLMinusOne() {
        assertThat(Progression.levelFor(0)).isEqualTo(1);
        assertThat(Progression.levelFor(999)).isEqualTo(1);
        assertThat(Progression.levelFor(1000)).isEqualTo(2);
        assertThat(Progression.levelFor(2999)).isEqualTo(2);
        assertThat(Progression.levelFor(3000)).isEqualTo(3);
        assertThat(Progression.levelFor(45000)).isEqualTo(10);
        assertThat(Progression.levelFor(1_225_000)).isEqualTo(50);
        assertThat(Progression.levelFor(Long.MAX_VALUE / 2)).isEqualTo(50);
        assertThat(Progression.nextLevelExperience(49)).hasValue(1_225_000);
        assertThat(Progression.nextLevelExperience(50)).isEmpty();
        assertThat(Progression.pointsGranted(50)).isEqualTo(49);
    }

    @Test
    void theLimitIsFiveLiveCharacters() {
        CharacterLimit.requireRoomForOneMore(4);
        assertProblem(() -> CharacterLimit.requireRoomForOneMore(5), 403, "CHARACTER_LIMIT_REACHED");
    }

    @Test
    void theRestoreWindowIsThirtyDaysToTheInstant() {
        Instant deleted = Instant.parse("2026-11-01T10:00:00Z");
        assertThat(RestoreWindow.restorableUntil(deleted)).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(RestoreWindow.isPurged(deleted, Instant.parse("2026-12-01T09:59:59.999Z"))).isFalse();
        assertThat(RestoreWindow.isPurged(deleted, Instant.parse("2026-12-01T10:00:00Z"))).isTrue();
    }

    @Test
    void aPointBuySumsToFifty() {
        assertThat(new Attributes(14, 14, 6, 8, 8).startingDistributionProblem()).isEmpty();
        assertThat(new Attributes(14, 14, 14, 8, 8).startingDistributionProblem()).isPresent();
        assertThat(Attributes.DEFAULT.startingDistributionProblem()).isEmpty();
    }

    @Test
    void spendingNeedsPointsAndStopsAtTwenty() {
        Attributes current = new Attributes(18, 10, 10, 10, 10);
        assertThat(AttributeSpending.apply(current, 3, new Attributes(2, 0, 1, 0, 0)))
                .isEqualTo(new Attributes(20, 10, 11, 10, 10));
        assertProblem(() -> AttributeSpending.apply(current, 2, new Attributes(0, 3, 0, 0, 0)), 422,
                "NOT_ENOUGH_ATTRIBUTE_POINTS");
        assertProblem(() -> AttributeSpending.apply(current, 5, new Attributes(3, 0, 0, 0, 0)), 422,
                "ATTRIBUTE_MAXIMUM_EXCEEDED");
        assertProblem(() -> AttributeSpending.apply(current, 5, new Attributes(0, 0, 0, 0, 0)), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void theNewestUpdateWins() {
        Instant stored = Instant.parse("2026-11-27T12:30:00Z");
        assertThat(SyncOutcome.of(Optional.empty(), stored)).isEqualTo(SyncOutcome.APPLIED);
        assertThat(SyncOutcome.of(Optional.of(stored), stored.plusNanos(1000))).isEqualTo(SyncOutcome.APPLIED);
        assertThat(SyncOutcome.of(Optional.of(stored), stored)).isEqualTo(SyncOutcome.REPLAY);
        assertThat(SyncOutcome.of(Optional.of(stored), stored.minusSeconds(1))).isEqualTo(SyncOutcome.STALE);
    }
}
