package com.necpgame.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.necpgame.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class HashSlotsTest {

    @Test
    void aHashBeyondTheSlotsWaitsItsTurnThenGets503WithRetryAfter() throws Exception {
        HashSlots slots = new HashSlots(1, Duration.ofMillis(100));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = holdTheOnlySlot(slots, finish);

        assertThatThrownBy(() -> slots.run(() -> "second"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(503);
                    assertThat(problem.code()).isEqualTo("UNAVAILABLE");
                    assertThat(problem.retryAfter()).contains(Duration.ofSeconds(1));
                });

        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(slots.run(() -> "after")).isEqualTo("after"); // the slot was given back
    }

    @Test
    void aHashWhoseRequestGaveUpIsNeverRun() throws Exception {
        HashSlots slots = new HashSlots(1, Duration.ofMillis(50));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = holdTheOnlySlot(slots, finish);
        AtomicInteger hashed = new AtomicInteger();

        assertThatThrownBy(() -> slots.run(hashed::incrementAndGet)).isInstanceOf(ProblemException.class);
        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(slots.run(() -> "after")).isEqualTo("after"); // runs after anything still queued would have
        assertThat(hashed).hasValue(0);
    }

    @Test
    void aWaitingHashRunsOnceASlotFreesUp() throws Exception {
        HashSlots slots = new HashSlots(1, Duration.ofSeconds(5));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = holdTheOnlySlot(slots, finish);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> slots.run(() -> "second"));
        assertThat(second).isNotDone();
        finish.countDown();
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
    }

    @Test
    void aSlotIsGivenBackWhenTheHashFails() {
        HashSlots slots = new HashSlots(1, Duration.ofMillis(10));
        assertThatThrownBy(() -> slots.run(() -> {
            throw new IllegalStateException("broken");
        })).hasMessage("broken");
        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    /** A hash that takes the slot and keeps it until {@code finish}; returns once it runs. */
    private static CompletableFuture<String> holdTheOnlySlot(HashSlots slots, CountDownLatch finish)
            throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            running.countDown();
            await(finish);
            return "first";
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
