package com.necpgame.world.throne;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.world.state.JsonValues;
import io.helidon.config.Config;

/** The configured branch effects and climate protocols ({@code world.throne-of-sand}). */
public final class ThroneOfSandCatalogue {
    /** The effect a branch puts in force while it holds. */
    public record BranchEffect(String effectId, ObjectNode modifiers) {
    }

    private final Map<Branch, BranchEffect> branches;
    private final List<ClimateProtocol> protocols;

    public ThroneOfSandCatalogue(Map<Branch, BranchEffect> branches, List<ClimateProtocol> protocols) {
        this.branches = Map.copyOf(branches);
        this.protocols = protocols.stream().sorted(Comparator.comparing(ClimateProtocol::id)).toList();
    }

    public static ThroneOfSandCatalogue from(Config config) {
        Map<Branch, BranchEffect> branches = new EnumMap<>(Branch.class);
        for (Branch branch : Branch.values()) {
            Config node = config.get("branches").get(branch.name());
            branches.put(branch, new BranchEffect(node.get("effect-id").asString().orElse(branch.slug()),
                    JsonValues.object(node.get("modifiers").asString().orElse("{}"))));
        }
        List<ClimateProtocol> protocols = config.get("climate-protocols").asNodeList().orElse(List.of()).stream()
                .map(node -> new ClimateProtocol(node.name(), node.get("name").asString().orElse(node.name()),
                        node.get("description").asString().orElse(""),
                        node.get("effect-duration").as(Duration.class).get(),
                        node.get("cooldown").as(Duration.class).get(),
                        JsonValues.object(node.get("modifiers").asString().orElse("{}"))))
                .toList();
        return new ThroneOfSandCatalogue(branches, protocols);
    }

    public BranchEffect effectOf(Branch branch) {
        return branches.get(branch);
    }

    public List<ClimateProtocol> protocols() {
        return protocols;
    }

    public Optional<ClimateProtocol> protocol(String id) {
        return protocols.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
