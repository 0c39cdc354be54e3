package com.necpgame.world.throne;

/** A world state key and the version a change gave it. */
public record KeyVersion(String key, long version) {
}
