package com.necpgame.auth.account;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.necpgame.platform.problem.ProblemException;

/**
 * At most {@code slots} Argon2 hashes at once; the others wait their turn, first come first served, for up to
 * {@code maxWait}, then get 503 {@code UNAVAILABLE} with {@code Retry-After}. A hash holds a core and its memory
 * (19 MiB at the default cost) for its whole run: more of them at once than there are cores only adds memory and
 * garbage collection, and a login storm would otherwise queue without bound, each waiting client holding a
 * request thread while the ones that gave up are still hashed.
 *
 * <p>The hashes run on platform threads of their own, never on the request's virtual thread: a 30 ms computation
 * that never blocks would hold one of the few carrier threads all along, and with every carrier hashing no other
 * request (not even a 503) could run.
 */
public final class HashSlots {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Semaphore slots;
    private final Duration maxWait;
    private final ExecutorService hashers;

    public HashSlots(int slots, Duration maxWait) {
        if (slots < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("Invalid hash slots: " + slots + ", wait " + maxWait);
        }
        this.slots = new Semaphore(slots, true);
        this.maxWait = maxWait;
        // As many threads as slots: a task never queues here, the semaphore has already given it its turn.
        this.hashers = Executors.newFixedThreadPool(slots, Thread.ofPlatform().name("argon2-", 0).daemon().factory());
    }

    /** One slot per core, a wait of 2 seconds: what a login may spend queued before the client had better retry. */
    public static HashSlots perCore() {
        return new HashSlots(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(2));
    }

    <T> T run(Supplier<T> hash) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted while waiting to check the password.", RETRY_AFTER);
        }
        if (!acquired) {
            throw ProblemException.unavailable("Every password check is busy; retry in "
                    + RETRY_AFTER.toSeconds() + " second.", RETRY_AFTER);
        }
        try {
            return hashers.submit(hash::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted while checking the password.", RETRY_AFTER);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException failure -> throw failure;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        } finally {
            slots.release();
        }
    }
}
