package com.necpgame.gameplay.quest;

/** A rolled check and the session after it. */
public record SkillCheckOutcome(RolledCheck check, QuestSessionView session) {
}
