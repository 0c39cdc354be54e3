package com.necpgame.character.character;

/** ACTIVE: live, counts toward the 5 per account. DELETED: soft-deleted, restorable for 30 days. */
public enum CharacterStatus { ACTIVE, DELETED }
