package com.necpgame.gameplay.quest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.necpgame.gameplay.character.Attribute;

/**
 * A quest of the catalogue, as seeded by the migrations: its branches (the one reached decides the consequences;
 * {@code defaultBranchId} when no choice set one), objectives, rewards, and the graph of nodes with the choices
 * and skill checks each offers.
 */
public record Quest(String questId, String title, String summary, int minLevel, List<Branch> branches,
                    String defaultBranchId, List<Objective> objectives, List<Reward> rewards, String startNode,
                    Map<String, Node> nodes) {
    public Quest {
        branches = listOf(branches);
        objectives = listOf(objectives);
        rewards = listOf(rewards);
        nodes = nodes == null ? Map.of() : Map.copyOf(nodes);
    }

    public record Branch(String branchId, String title) {
    }

    public record Objective(String objectiveId, String description, boolean optional) {
    }

    public enum RewardKind { EXPERIENCE, CURRENCY, ITEM }

    public enum Currency { EDDIES, LUMINA_SHARD }

    /** EXPERIENCE {@code amount}, CURRENCY {@code currency} and {@code amount}, ITEM {@code itemId} times {@code amount}. */
    public record Reward(RewardKind kind, long amount, Currency currency, String itemId) {
    }

    public record Node(List<Choice> choices, List<SkillCheck> skillChecks) {
        public Node {
            choices = listOf(choices);
            skillChecks = listOf(skillChecks);
        }
    }

    public record Choice(String choiceId, String text, Outcome outcome) {
    }

    public record SkillCheck(String checkId, String skill, Attribute attribute, int dc, int modifier,
                             String description, Outcome onPass, Outcome onFail) {
    }

    /**
     * What a choice or check result does: move to {@code next} (stay when absent), set the branch, mark objectives
     * done, or fail the quest.
     */
    public record Outcome(String next, String branchId, List<String> completes, boolean fails) {
        public Outcome {
            completes = listOf(completes);
        }
    }

    public Node node(String nodeId) {
        return nodes.getOrDefault(nodeId, new Node(List.of(), List.of()));
    }

    public Optional<SkillCheck> skillCheck(String checkId) {
        return nodes.values().stream().flatMap(n -> n.skillChecks().stream())
                .filter(c -> c.checkId().equals(checkId)).findFirst();
    }

    public long experienceReward() {
        return rewards.stream().filter(r -> r.kind() == RewardKind.EXPERIENCE).mapToLong(Reward::amount).sum();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
