package com.necpgame.character.character;

/** A character's class, chosen at creation and fixed. */
public enum CharacterClass { SOLO, NETRUNNER, TECHIE, NOMAD, CORPO }
