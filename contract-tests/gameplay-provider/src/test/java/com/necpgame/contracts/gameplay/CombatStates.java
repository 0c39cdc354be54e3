package com.necpgame.contracts.gameplay;

/** The provider states of the game client's combat interactions (sessions, actions, the combat log). */
class CombatStates {
}
