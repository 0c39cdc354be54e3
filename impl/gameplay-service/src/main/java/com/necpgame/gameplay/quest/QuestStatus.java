package com.necpgame.gameplay.quest;

/** Status of a quest session (the values of character-service's quest progress). */
public enum QuestStatus {
    ACTIVE, COMPLETED, FAILED, ABANDONED
}
