package com.necpgame.world.state;

/** What changed a world state key. */
public enum ChangeSource {
    QUEST_CONSEQUENCE, OPERATOR, THRONE_OF_SAND
}
