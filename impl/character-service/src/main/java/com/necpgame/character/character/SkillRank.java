package com.necpgame.character.character;

/** The rank (1 to 20) of one trained skill; untrained skills (rank 0) have none. */
public record SkillRank(String skillId, int rank) {
}
