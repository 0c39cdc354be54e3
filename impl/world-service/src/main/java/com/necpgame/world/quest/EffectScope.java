package com.necpgame.world.quest;

/** Whether an effect changes the character or the server's world state. */
public enum EffectScope {
    CHARACTER, SERVER
}
