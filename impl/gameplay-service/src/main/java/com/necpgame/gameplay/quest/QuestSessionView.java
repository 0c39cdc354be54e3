package com.necpgame.gameplay.quest;

import java.util.List;

/** A quest session as a player sees it: with what its current node offers and how far its pushes got. */
public record QuestSessionView(QuestSession session, List<Quest.Choice> availableChoices,
                               List<Quest.SkillCheck> availableSkillChecks, DeliveryStatus progressSync,
                               DeliveryStatus consequencesSync) {
}
