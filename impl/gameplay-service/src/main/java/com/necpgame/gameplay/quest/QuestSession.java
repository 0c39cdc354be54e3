package com.necpgame.gameplay.quest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A character's run through a quest. Changes return a new session; {@code updatedAt} always moves forward by at
 * least a microsecond (character-service keeps the newest push, compared in microseconds).
 */
public record QuestSession(UUID id, String questId, UUID characterId, UUID accountId, String serverId,
                           QuestStatus status, String branchId, String nodeId, Map<String, Boolean> objectives,
                           List<String> choicesMade, int progress, List<Quest.Reward> rewards, Instant startedAt,
                           Instant updatedAt, Instant endedAt) {
    public QuestSession {
        objectives = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(objectives));
        choicesMade = List.copyOf(choicesMade);
        rewards = rewards == null ? List.of() : List.copyOf(rewards);
    }

    /** A new ACTIVE session at the quest's first node, no objective done. */
    public static QuestSession start(UUID id, Quest quest, UUID characterId, UUID accountId, String serverId,
                                     Instant now) {
        Map<String, Boolean> objectives = new LinkedHashMap<>();
        quest.objectives().forEach(o -> objectives.put(o.objectiveId(), false));
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return new QuestSession(id, quest.questId(), characterId, accountId, serverId, QuestStatus.ACTIVE, null,
                quest.startNode(), objectives, List.of(), 0, List.of(), at, at, null);
    }

    public boolean active() {
        return status == QuestStatus.ACTIVE;
    }

    /** Every non-optional objective done. */
    public static int progress(Quest quest, Map<String, Boolean> objectives) {
        long required = quest.objectives().stream().filter(o -> !o.optional()).count();
        if (required == 0) {
            return 100;
        }
        long done = quest.objectives().stream().filter(o -> !o.optional())
                .filter(o -> objectives.getOrDefault(o.objectiveId(), false)).count();
        return (int) (100 * done / required);
    }

    /** The session after {@code outcome}; {@code choiceId} is recorded when a choice caused it. */
    public QuestSession apply(Quest quest, Quest.Outcome outcome, String choiceId, Instant now) {
        Map<String, Boolean> done = new LinkedHashMap<>(objectives);
        outcome.completes().forEach(objective -> done.put(objective, true));
        List<String> made = new ArrayList<>(choicesMade);
        if (choiceId != null) {
            made.add(choiceId);
        }
        Instant at = next(now);
        QuestStatus newStatus = outcome.fails() ? QuestStatus.FAILED : status;
        return new QuestSession(id, questId, characterId, accountId, serverId, newStatus,
                outcome.branchId() != null ? outcome.branchId() : branchId,
                outcome.next() != null ? outcome.next() : nodeId, done, made, progress(quest, done), rewards,
                startedAt, at, outcome.fails() ? at : endedAt);
    }

    /** COMPLETED on {@code branch} with its rewards. */
    public QuestSession complete(String branch, List<Quest.Reward> granted, Instant now) {
        Instant at = next(now);
        return new QuestSession(id, questId, characterId, accountId, serverId, QuestStatus.COMPLETED, branch,
                nodeId, objectives, choicesMade, progress, granted, startedAt, at, at);
    }

    public QuestSession abandon(Instant now) {
        Instant at = next(now);
        return new QuestSession(id, questId, characterId, accountId, serverId, QuestStatus.ABANDONED, branchId,
                nodeId, objectives, choicesMade, progress, rewards, startedAt, at, at);
    }

    private Instant next(Instant now) {
        Instant candidate = now.truncatedTo(ChronoUnit.MICROS);
        Instant minimum = updatedAt.plus(1, ChronoUnit.MICROS);
        return candidate.isBefore(minimum) ? minimum : candidate;
    }

    /** The choices offered now: the node's, minus those already made; none unless ACTIVE. */
    public List<Quest.Choice> availableChoices(Quest quest) {
        if (!active()) {
            return List.of();
        }
        return quest.node(nodeId).choices().stream().filter(c -> !choicesMade.contains(c.choiceId())).toList();
    }

    /** The checks offered now: the node's, minus those already rolled; none unless ACTIVE. */
    public List<Quest.SkillCheck> availableSkillChecks(Quest quest, List<String> rolled) {
        if (!active()) {
            return List.of();
        }
        return quest.node(nodeId).skillChecks().stream().filter(c -> !rolled.contains(c.checkId())).toList();
    }
}
