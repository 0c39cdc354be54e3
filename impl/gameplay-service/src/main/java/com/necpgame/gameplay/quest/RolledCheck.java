package com.necpgame.gameplay.quest;

import java.time.Instant;
import java.util.UUID;

import com.necpgame.gameplay.character.Attribute;

/** A skill check as it was rolled (once per session). */
public record RolledCheck(UUID questSessionId, String checkId, int roll, String skill, int skillRank,
                          Attribute attribute, int attributeValue, int modifier, int dc, int total, boolean passed,
                          Instant rolledAt) {
    public int attributeModifier() {
        return Attribute.modifier(attributeValue);
    }
}
