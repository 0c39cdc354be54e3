package com.necpgame.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginLockoutTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private static LoginLockout.State fail(int times, Instant at) {
        LoginLockout.State state = LoginLockout.State.CLEAR;
        for (int i = 0; i < times; i++) {
            state = LoginLockout.afterFailure(state, at);
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        LoginLockout.State state = fail(4, NOW);
        assertThat(state.failures()).isEqualTo(4);
        assertThat(LoginLockout.remainingLock(state, NOW)).isEmpty();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        LoginLockout.State state = fail(5, NOW);
        assertThat(LoginLockout.remainingLock(state, NOW)).contains(Duration.ofMinutes(15));
        assertThat(LoginLockout.remainingLock(state, NOW.plus(Duration.ofMinutes(14)))).contains(Duration.ofMinutes(1));
        assertThat(LoginLockout.remainingLock(state, NOW.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void theEndOfALockStartsACleanCount() {
        LoginLockout.State locked = fail(5, NOW);
        LoginLockout.State afterLock = LoginLockout.afterFailure(locked, NOW.plus(Duration.ofMinutes(16)));
        assertThat(afterLock.failures()).isEqualTo(1);
        assertThat(afterLock.lockedUntil()).isEmpty();
    }

    @Test
    void aSuccessClearsEverything() {
        assertThat(LoginLockout.afterSuccess()).isEqualTo(LoginLockout.State.CLEAR);
    }
}
