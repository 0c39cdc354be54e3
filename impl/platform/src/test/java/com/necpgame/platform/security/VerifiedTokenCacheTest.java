package com.necpgame.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final Caller alice = new Caller("alice", Optional.of("s-1"), Set.of("player"), false);

    @Test
    void keepsACallerUntilTheTokensExpiry() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
        cache.put("token-a", alice, clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get("token-a")).contains(alice);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("token-a")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void neverStoresATokenThatHasAlreadyExpired() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
        cache.put("token-a", alice, clock.instant());
        assertThat(cache.get("token-a")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void anyOtherTokenIsAMiss() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
        cache.put("header.claims.signature", alice, clock.instant().plusSeconds(60));
        assertThat(cache.get("header.claims.signaturX")).isEmpty();
        assertThat(cache.get("header.claims.signature ")).isEmpty();
    }

    @Test
    void staysWithinItsBoundDroppingExpiredEntriesFirst() {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, clock);
        for (int i = 0; i < 50; i++) {
            cache.put("short-" + i, alice, clock.instant().plusSeconds(10));
        }
        for (int i = 0; i < 50; i++) {
            cache.put("long-" + i, alice, clock.instant().plusSeconds(600));
        }
        clock.advance(Duration.ofSeconds(11));

        cache.put("new", alice, clock.instant().plusSeconds(600));

        assertThat(cache.size()).isEqualTo(51);
        assertThat(cache.get("new")).contains(alice);
        for (int i = 0; i < 50; i++) {
            assertThat(cache.get("long-" + i)).contains(alice);
        }
    }

    @Test
    void neverGrowsPastItsBoundWhenNothingHasExpired() {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, clock);
        for (int i = 0; i < 1_000; i++) {
            cache.put("token-" + i, alice, clock.instant().plusSeconds(600));
            assertThat(cache.size()).isLessThanOrEqualTo(100);
        }
        assertThat(cache.get("token-999")).contains(alice);
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
