package com.necpgame.world.character;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.InternalApi;
import com.necpgame.platform.problem.ProblemException;

/**
 * Who owns a character, from character-service's internal {@code getCharacterSnapshot} (a service token), cached
 * for at most 30 seconds. character-service not answering: 503.
 */
public final class CharacterOwnership {
    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private final InternalApi characters;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(UUID accountId, Instant fetchedAt) {
    }

    public CharacterOwnership(InternalApi characters, Clock clock) {
        this.characters = characters;
        this.clock = clock;
    }

    /**
     * 403 {@code NOT_CHARACTER_OWNER} when the character belongs to another account; {@code unknown} when
     * character-service does not know it.
     */
    public void requireOwner(UUID accountId, UUID characterId, Supplier<ProblemException> unknown) {
        UUID owner = ownerOf(characterId).orElseThrow(unknown);
        if (!owner.equals(accountId)) {
            throw ProblemException.forbidden("NOT_CHARACTER_OWNER", "This character belongs to another account.");
        }
    }

    Optional<UUID> ownerOf(UUID characterId) {
        Instant now = clock.instant();
        Cached cached = cache.get(characterId);
        if (cached != null && cached.fetchedAt().plus(CACHE_FOR).isAfter(now)) {
            return Optional.of(cached.accountId());
        }
        try {
            UUID owner = characters.getCharacterSnapshot(characterId).getAccountId();
            cache.put(characterId, new Cached(owner, now));
            return Optional.of(owner);
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw ProblemException.unavailable("character-service did not answer the ownership check (HTTP "
                    + e.getCode() + ").");
        }
    }
}
