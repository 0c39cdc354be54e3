package com.necpgame.world.subscription;

/** {@code *} (every key), {@code prefix.*} (every key under {@code prefix.}) or an exact key. */
public record KeyPattern(String text) {

    public boolean matches(String key) {
        if (text.equals("*")) {
            return true;
        }
        return text.endsWith(".*") ? key.startsWith(prefix()) : key.equals(text);
    }

    /** What every matching key starts with ("" for {@code *}; the key itself for an exact pattern). */
    public String prefix() {
        if (text.equals("*")) {
            return "";
        }
        return text.endsWith(".*") ? text.substring(0, text.length() - 1) : text;
    }
}
