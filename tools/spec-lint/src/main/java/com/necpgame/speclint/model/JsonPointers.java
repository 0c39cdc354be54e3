package com.necpgame.speclint.model;

/** Builds RFC 6901 JSON pointers, the locations every finding reports. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String append(String base, String token) {
        return base + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String of(String... tokens) {
        String pointer = "";
        for (String token : tokens) {
            pointer = append(pointer, token);
        }
        return pointer;
    }
}
