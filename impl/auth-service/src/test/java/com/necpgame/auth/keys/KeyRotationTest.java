package com.necpgame.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class KeyRotationTest {
    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration PERIOD = Duration.ofDays(30);

    @Test
    void aFirstKeyIsAlwaysDue() {
        assertThat(KeyRotation.newKeyDue(Optional.empty(), CREATED, PERIOD)).isTrue();
    }

    @Test
    void aNewKeyIsDueOnceTheCurrentOneIsAsOldAsThePeriod() {
        assertThat(KeyRotation.newKeyDue(Optional.of(CREATED), CREATED.plus(PERIOD).minusSeconds(1), PERIOD)).isFalse();
        assertThat(KeyRotation.newKeyDue(Optional.of(CREATED), CREATED.plus(PERIOD), PERIOD)).isTrue();
    }

    @Test
    void periodsShorterThanAnHourAreRefused() {
        assertThatThrownBy(() -> KeyRotation.validPeriod(Duration.ofMinutes(59)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(KeyRotation.validPeriod(Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
    }
}
