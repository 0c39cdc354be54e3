package com.necpgame.gameplay.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.InternalApi;
import com.necpgame.character.client.model.CharacterAttributes;
import com.necpgame.character.client.model.CharacterStatus;
import com.necpgame.character.client.model.SkillRank;
import com.necpgame.gameplay.character.Attribute;
import com.necpgame.gameplay.character.CharacterSnapshot;
import com.necpgame.gameplay.character.Characters;
import com.necpgame.platform.problem.ProblemException;

/**
 * Characters from character-service's {@code getCharacterSnapshot}, each cached for at most 30 seconds (the specs'
 * limit). Deleted and unknown characters are 404 here; a character-service that does not answer is a 503.
 */
public final class CharacterDirectory implements Characters {
    static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private final InternalApi api;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(CharacterSnapshot snapshot, Instant readAt) {
    }

    public CharacterDirectory(InternalApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @Override
    public CharacterSnapshot snapshot(UUID characterId) {
        Instant now = clock.instant();
        Cached cached = cache.get(characterId);
        if (cached != null && now.isBefore(cached.readAt().plus(CACHE_FOR))) {
            return cached.snapshot();
        }
        CharacterSnapshot snapshot = fetch(characterId);
        cache.put(characterId, new Cached(snapshot, now));
        return snapshot;
    }

    private CharacterSnapshot fetch(UUID characterId) {
        com.necpgame.character.client.model.CharacterSnapshot found;
        try {
            found = api.getCharacterSnapshot(characterId);
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                throw notFound();
            }
            throw Remote.unavailable("character-service", e.getCode());
        }
        if (found.getStatus() == CharacterStatus.DELETED) {
            throw notFound();
        }
        CharacterAttributes a = found.getAttributes();
        Map<Attribute, Integer> attributes = new EnumMap<>(Attribute.class);
        attributes.put(Attribute.STR, a.getStrength());
        attributes.put(Attribute.DEX, a.getDexterity());
        attributes.put(Attribute.INT, a.getIntelligence());
        attributes.put(Attribute.TECH, a.getTech());
        attributes.put(Attribute.COOL, a.getCool());
        Map<String, Integer> skills = new HashMap<>();
        for (SkillRank skill : found.getSkills()) {
            skills.put(skill.getSkillId(), skill.getRank());
        }
        return new CharacterSnapshot(found.getCharacterId(), found.getAccountId(), found.getName(), found.getLevel(),
                attributes, skills);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("CHARACTER_NOT_FOUND", "No live character has this id.");
    }
}
