package com.necpgame.gameplay.combat;

import java.util.Map;
import java.util.UUID;

import com.necpgame.gameplay.character.Attribute;
import com.necpgame.gameplay.combat.CombatTypes.Kind;
import com.necpgame.gameplay.combat.CombatTypes.Side;

/**
 * One fighter with its state; its stats are fixed when the session starts. {@code accountId} (a character's owner)
 * and the attributes and skills stay inside gameplay.
 */
public record Participant(UUID participantId, Kind kind, UUID characterId, UUID accountId, UUID playerId,
                          String npcId, String displayName, Side side, int hp, int maxHp, int armor, int weaponDamage,
                          Attribute weaponAttribute, Map<Attribute, Integer> attributes, Map<String, Integer> skills,
                          boolean fled) {
    public Participant {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        skills = skills == null ? Map.of() : Map.copyOf(skills);
    }

    public boolean defeated() {
        return hp == 0;
    }

    /** Neither defeated nor fled. */
    public boolean standing() {
        return hp > 0 && !fled;
    }

    public int attribute(Attribute attribute) {
        return attributes.getOrDefault(attribute, 10);
    }

    public Participant withHp(int newHp) {
        return new Participant(participantId, kind, characterId, accountId, playerId, npcId, displayName, side,
                Math.max(0, Math.min(maxHp, newHp)), maxHp, armor, weaponDamage, weaponAttribute, attributes, skills,
                fled);
    }

    public Participant fleeing() {
        return new Participant(participantId, kind, characterId, accountId, playerId, npcId, displayName, side, hp,
                maxHp, armor, weaponDamage, weaponAttribute, attributes, skills, true);
    }
}
