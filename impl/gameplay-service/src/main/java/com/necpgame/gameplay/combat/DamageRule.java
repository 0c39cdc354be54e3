package com.necpgame.gameplay.combat;

import com.necpgame.gameplay.character.Attribute;

/** {@code max(1, base + floor((attribute - 10) / 2) - armor)}: deterministic, no crits, no misses. */
public record DamageRule(int base, Attribute attribute, int attributeValue, int armor) {
    public int attributeModifier() {
        return Attribute.modifier(attributeValue);
    }

    public int amount() {
        return Math.max(1, base + attributeModifier() - armor);
    }

    /** Healing: power plus the modifier (at least 0), never above what is missing to max hp. */
    public static int healing(int power, int attributeValue, int hp, int maxHp) {
        int raw = Math.max(0, power + Attribute.modifier(attributeValue));
        return Math.min(raw, maxHp - hp);
    }
}
