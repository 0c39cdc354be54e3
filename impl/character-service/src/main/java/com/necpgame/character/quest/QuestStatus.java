package com.necpgame.character.quest;

/** Status of a character's quest, as gameplay-service reports it. */
public enum QuestStatus { ACTIVE, COMPLETED, FAILED, ABANDONED }
