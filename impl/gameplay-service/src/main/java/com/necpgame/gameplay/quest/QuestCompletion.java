package com.necpgame.gameplay.quest;

import java.time.Instant;
import java.util.List;

/** A completed quest and what it granted. */
public record QuestCompletion(QuestSessionView session, List<Quest.Reward> rewards, Instant completedAt) {
}
