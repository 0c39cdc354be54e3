package com.necpgame.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callers of tokens verified before, until each token's {@code exp}: a client sends the same bearer token on
 * every request, and checking its RS256 signature again each time was about a third of a simple read's CPU.
 * Only successes are stored, keyed by the whole token string, so a token that differs in any byte (a forged
 * signature, changed claims) is a miss and goes through full verification. Bounded: when full, expired entries go
 * first, then arbitrary ones (a miss only costs one verification). Thread-safe.
 */
final class VerifiedTokenCache {
    private record Entry(Caller caller, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Clock clock;

    VerifiedTokenCache(int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The caller of a token verified before, while the clock is before the token's expiry. */
    Optional<Caller> get(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(token, entry);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    /** Remembers a verified token's caller until {@code expiresAt} (the token's {@code exp}). */
    void put(String token, Caller caller, Instant expiresAt) {
        Instant now = clock.instant();
        if (!now.isBefore(expiresAt)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            makeRoom(now);
        }
        entries.put(token, new Entry(caller, expiresAt));
    }

    int size() {
        return entries.size();
    }

    private void makeRoom(Instant now) {
        entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
        if (entries.size() < maxEntries) {
            return;
        }
        // Still full: drop a tenth (at least one), whichever the map yields first.
        int excess = entries.size() - maxEntries + Math.max(1, maxEntries / 10);
        Iterator<String> keys = entries.keySet().iterator();
        while (excess-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
