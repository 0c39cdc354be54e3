package com.necpgame.social.character;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.necpgame.character.client.ApiClient;
import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.InternalApi;
import com.necpgame.character.client.model.CharacterSnapshot;
import com.necpgame.character.client.model.CharacterStatus;
import com.necpgame.platform.problem.ProblemException;

/**
 * Characters as character-service knows them, through its internal {@code getCharacterSnapshot}; a snapshot is
 * cached for at most 30 seconds. character-service not answering: 503.
 */
public final class CharacterDirectory {
    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final int MAX_CACHED = 10_000;

    private final InternalApi character;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(CharacterRef character, Instant fetchedAt) {
    }

    public CharacterDirectory(ApiClient client, Clock clock) {
        this.character = new InternalApi(client);
        this.clock = clock;
    }

    /** The character, live or deleted but restorable; empty when character-service does not know it. */
    public Optional<CharacterRef> find(UUID characterId) {
        Instant now = clock.instant();
        Cached cached = cache.get(characterId);
        if (cached != null && now.isBefore(cached.fetchedAt().plus(CACHE_FOR))) {
            return Optional.of(cached.character());
        }
        Optional<CharacterRef> fetched = fetch(characterId);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        fetched.ifPresentOrElse(ref -> cache.put(characterId, new Cached(ref, now)), () -> cache.remove(characterId));
        return fetched;
    }

    /** The character a player acts as: a live character of {@code accountId}, else 403 NOT_CHARACTER_OWNER. */
    public CharacterRef requireActing(UUID accountId, UUID characterId) {
        return find(characterId).filter(ref -> ref.accountId().equals(accountId) && !ref.deleted())
                .orElseThrow(CharacterDirectory::notOwner);
    }

    /** A character of {@code accountId}, deleted ones too; 403 NOT_CHARACTER_OWNER for anyone else's. */
    public CharacterRef requireOwned(UUID accountId, UUID characterId) {
        return find(characterId).filter(ref -> ref.accountId().equals(accountId))
                .orElseThrow(CharacterDirectory::notOwner);
    }

    /** Any character character-service knows; 404 CHARACTER_NOT_FOUND otherwise. */
    public CharacterRef requireExisting(UUID characterId) {
        return find(characterId).orElseThrow(
                () -> ProblemException.notFound("CHARACTER_NOT_FOUND", "No character has this id."));
    }

    private Optional<CharacterRef> fetch(UUID characterId) {
        try {
            CharacterSnapshot snapshot = character.getCharacterSnapshot(characterId);
            return Optional.of(new CharacterRef(characterId, snapshot.getAccountId(),
                    snapshot.getStatus() == CharacterStatus.DELETED));
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw ProblemException.unavailable("character-service did not answer the character check"
                    + (e.getCode() == 0 ? "." : " (HTTP " + e.getCode() + ")."));
        }
    }

    private static ProblemException notOwner() {
        return ProblemException.forbidden("NOT_CHARACTER_OWNER",
                "The character is not one of your account's live characters.");
    }
}
