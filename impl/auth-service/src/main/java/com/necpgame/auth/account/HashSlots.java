package com.necpgame.auth.account;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * request (not even a 503) could run. Each of those threads takes the next waiting hash itself the moment it is
 * done: the turn is not handed back through the finished request's virtual thread, which under login load waits
 * for a core before it can give the slot to the next one, a slot idle all that time.
 */
public final class HashSlots {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Duration maxWait;
    private final ThreadPoolExecutor hashers;

    public HashSlots(int slots, Duration maxWait) {
        if (slots < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("Invalid hash slots: " + slots + ", wait " + maxWait);
        }
        this.maxWait = maxWait;
        // One thread per slot, the waiting hashes in arrival order in front of them.
        this.hashers = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("argon2-", 0).daemon().factory());
    }

    /** One slot per core, a wait of 2 seconds: what a login may spend queued before the client had better retry. */
    public static HashSlots perCore() {
        return new HashSlots(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(2));
    }

    <T> T run(Supplier<T> hash) {
        Turn<T> turn = new Turn<>(hash);
        hashers.execute(turn);
        try {
            try {
                return turn.result.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (turn.giveUp()) { // still waiting for a slot: it never runs
                    hashers.remove(turn);
                    throw ProblemException.unavailable("Every password check is busy; retry in "
                            + RETRY_AFTER.toSeconds() + " second.", RETRY_AFTER);
                }
                return turn.result.get(); // its turn came just now: the hash is already running
            }
        } catch (InterruptedException e) {
            turn.giveUp();
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted while checking the password.", RETRY_AFTER);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException failure -> throw failure;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** A queued hash: run by a slot's thread, or given up by its request, whichever comes first. */
    private static final class Turn<T> implements Runnable {
        private final Supplier<T> hash;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Turn(Supplier<T> hash) {
            this.hash = hash;
        }

        @Override
        public void run() {
            if (!taken.compareAndSet(false, true)) {
                return; // its request gave up waiting
            }
            try {
                result.complete(hash.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }

        /** True when the hash had not started and now never will. */
        boolean giveUp() {
            return taken.compareAndSet(false, true);
        }
    }
}
