package com.necpgame.gameplay.quest;

import com.necpgame.gameplay.character.Attribute;

/** {@code d20 + skill rank + floor((attribute - 10) / 2) + modifier >= DC}; no automatic success or failure. */
public record SkillCheckRule(int roll, int skillRank, int attributeValue, int modifier, int dc) {
    public SkillCheckRule {
        if (roll < 1 || roll > 20) {
            throw new IllegalArgumentException("a d20 roll is 1 to 20: " + roll);
        }
    }

    public int attributeModifier() {
        return Attribute.modifier(attributeValue);
    }

    public int total() {
        return roll + skillRank + attributeModifier() + modifier;
    }

    public boolean passed() {
        return total() >= dc;
    }
}
