package com.necpgame.world.throne;

/** What put an active effect in force. */
public enum EffectSource {
    BRANCH, CLIMATE_PROTOCOL
}
