package com.necpgame.auth.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lockout rule of logins: {@value #MAX_FAILURES} failed logins in a row lock the account for
 * {@link #LOCK_DURATION}; the failure that reaches the limit already answers "locked". A success resets the count,
 * and so does the end of a lock. Pure: the caller loads the state, applies one event and stores the result.
 */
public final class LoginLockout {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LoginLockout() {
    }

    /** An account's login-failure state: failures in a row, and the end of the current lock, if any. */
    public record State(int failures, Optional<Instant> lockedUntil) {
        public static final State CLEAR = new State(0, Optional.empty());
    }

    /** How long the account stays locked from {@code now}; empty when it is not locked. */
    public static Optional<Duration> remainingLock(State state, Instant now) {
        return state.lockedUntil().filter(now::isBefore).map(until -> Duration.between(now, until));
    }

    /** The state after a failed login at {@code now}; locked when this failure reaches the limit. */
    public static State afterFailure(State state, Instant now) {
        boolean lockEnded = state.lockedUntil().isPresent() && !now.isBefore(state.lockedUntil().get());
        int failures = (lockEnded ? 0 : state.failures()) + 1;
        if (failures >= MAX_FAILURES) {
            // The count restarts with the lock; when the lock ends the account has a clean slate.
            return new State(0, Optional.of(now.plus(LOCK_DURATION)));
        }
        return new State(failures, lockEnded ? Optional.empty() : state.lockedUntil());
    }

    /** The state after a successful login. */
    public static State afterSuccess() {
        return State.CLEAR;
    }
}
