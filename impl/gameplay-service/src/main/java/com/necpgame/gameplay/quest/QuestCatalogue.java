package com.necpgame.gameplay.quest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.necpgame.platform.problem.ProblemException;

/** The quests seeded by the migrations, read once at start (content changes ship as migrations). */
public final class QuestCatalogue {
    private final Map<String, Quest> quests = new LinkedHashMap<>();

    public QuestCatalogue(List<Quest> quests) {
        quests.forEach(quest -> this.quests.put(quest.questId(), quest));
    }

    /** Ordered by minimum level, then id; {@code maxLevel} keeps those a character of that level may start. */
    public List<Quest> list(Optional<Integer> maxLevel) {
        return quests.values().stream().filter(q -> maxLevel.map(level -> q.minLevel() <= level).orElse(true))
                .toList();
    }

    public Quest require(String questId) {
        Quest quest = quests.get(questId);
        if (quest == null) {
            throw ProblemException.notFound("QUEST_NOT_FOUND", "No quest has the id '" + questId + "'.");
        }
        return quest;
    }
}
