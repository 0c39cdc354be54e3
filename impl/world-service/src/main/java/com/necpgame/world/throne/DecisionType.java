package com.necpgame.world.throne;

/** The decisions an operator makes. */
public enum DecisionType {
    CHOOSE_BRANCH, ADVANCE_PROGRESS, ADVANCE_CHAPTER
}
