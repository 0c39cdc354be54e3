package com.necpgame.character.character;

/** A character's origin (life path), chosen at creation and fixed. */
public enum Origin { STREET, NOMAD, CORPO }
