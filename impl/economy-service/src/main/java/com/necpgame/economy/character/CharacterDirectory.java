package com.necpgame.economy.character;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.necpgame.character.client.ApiClient;
import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.InternalApi;
import com.necpgame.character.client.model.CharacterSnapshot;
import com.necpgame.character.client.model.CharacterStatus;
import com.necpgame.platform.problem.ProblemException;

/**
 * Owner checks through character-service's internal getCharacterSnapshot, cached for at most 30 seconds (unknown
 * characters are not cached). A callee that does not answer makes the caller's request 503.
 */
public final class CharacterDirectory {
    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private final InternalApi characters;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(CharacterRef character, Instant fetchedAt) {
    }

    public CharacterDirectory(ApiClient client, Clock clock) {
        this.characters = new InternalApi(client);
        this.clock = clock;
    }

    /** A live character of {@code accountId}: 404 {@code CHARACTER_NOT_FOUND} if unknown or deleted, else 403. */
    public CharacterRef requireOwned(UUID accountId, UUID characterId) {
        CharacterRef character = requireLive(characterId);
        if (!character.accountId().equals(accountId)) {
            throw ProblemException.forbidden("NOT_CHARACTER_OWNER", "This character belongs to another account.");
        }
        return character;
    }

    /** A live (not deleted) character, whoever owns it. */
    public CharacterRef requireLive(UUID characterId) {
        CharacterRef character = requireExisting(characterId);
        if (character.deleted()) {
            throw notFound();
        }
        return character;
    }

    /** A live or soft-deleted (restorable) character; 404 when unknown or purged. */
    public CharacterRef requireExisting(UUID characterId) {
        Instant now = clock.instant();
        Cached cached = cache.get(characterId);
        if (cached != null && cached.fetchedAt().plus(CACHE_FOR).isAfter(now)) {
            return cached.character();
        }
        CharacterRef fresh = fetch(characterId);
        cache.put(characterId, new Cached(fresh, now));
        return fresh;
    }

    private CharacterRef fetch(UUID characterId) {
        try {
            CharacterSnapshot snapshot = characters.getCharacterSnapshot(characterId);
            return new CharacterRef(snapshot.getCharacterId(), snapshot.getAccountId(),
                    snapshot.getStatus() == CharacterStatus.DELETED);
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                throw notFound();
            }
            throw ProblemException.unavailable("character-service did not answer the owner check ("
                    + (e.getCode() == 0 ? "no answer" : "status " + e.getCode()) + ").");
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("CHARACTER_NOT_FOUND", "No character has this id.");
    }
}
