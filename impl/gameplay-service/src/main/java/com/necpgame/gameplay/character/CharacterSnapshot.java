package com.necpgame.gameplay.character;

import java.util.Map;
import java.util.UUID;

/**
 * What gameplay needs of a character, read from character-service's {@code getCharacterSnapshot}: its owner,
 * name, level, attributes and skill ranks.
 */
public record CharacterSnapshot(UUID characterId, UUID accountId, String name, int level,
                                Map<Attribute, Integer> attributes, Map<String, Integer> skills) {
    public CharacterSnapshot {
        attributes = Map.copyOf(attributes);
        skills = Map.copyOf(skills);
    }

    public int attribute(Attribute attribute) {
        return attributes.getOrDefault(attribute, 10);
    }

    /** The rank in a skill, 0 when untrained. */
    public int skillRank(String skillId) {
        return skills.getOrDefault(skillId, 0);
    }
}
