package com.necpgame.gameplay.combat;

import java.time.Instant;
import java.util.UUID;

import com.necpgame.gameplay.character.Attribute;
import com.necpgame.gameplay.combat.CombatTypes.ActionType;
import com.necpgame.gameplay.combat.CombatTypes.Status;

/** One entry of the combat log and its outcome. */
public record CombatAction(UUID actionId, UUID sessionId, long turn, ActionType type, UUID actorParticipantId,
                           UUID targetParticipantId, String skillId, String itemId, Damage damage, Integer healing,
                           Integer targetHpAfter, Boolean targetDefeated, Status sessionStatus, Instant occurredAt) {

    public record Damage(int base, Attribute attribute, int attributeValue, int attributeModifier, int armor,
                         int amount) {
        static Damage of(DamageRule rule) {
            return new Damage(rule.base(), rule.attribute(), rule.attributeValue(), rule.attributeModifier(),
                    rule.armor(), rule.amount());
        }
    }
}
