package com.necpgame.gameplay.raid;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.necpgame.gameplay.raid.RaidTypes.Difficulty;
import com.necpgame.gameplay.raid.RaidTypes.Phase;
import com.necpgame.gameplay.raid.RaidTypes.Tier;

/**
 * The Quantum Reef Siege as content (phases, difficulties and loot tables from the migrations) and the numbers of
 * its rules, which the spec fixes and {@code getQuantumReefSiege} publishes.
 */
public record RaidContent(List<PhaseDefinition> phases, Map<Difficulty, DifficultyRule> difficulties,
                          Map<Difficulty, Map<Phase, List<ItemDrop>>> lootTables) {
    public static final String RAID_ID = "quantum-reef-siege";
    public static final String NAME = "Quantum Reef Siege";
    public static final int MIN_PLAYERS = 4;
    public static final int MAX_PLAYERS = 8;
    public static final Duration WINDOW = Duration.ofHours(3);
    public static final int MAX_RECONNECTS = 3;
    public static final Duration DISCONNECT_AFTER = Duration.ofSeconds(15);
    public static final Duration WIPE_LOCK = Duration.ofHours(12);
    public static final Duration LOOT_ROLL = Duration.ofSeconds(60);
    public static final int LATENCY_ALERT_MS = 120;
    public static final double DRIFT_ALERT = 0.35;
    public static final int SAMPLES_PER_SECOND = 2;
    public static final Duration SAMPLE_CLOCK_SKEW = Duration.ofSeconds(60);
    public static final Duration TELEMETRY_RETENTION = Duration.ofDays(7);

    /** A phase: its order, the combat encounter fought in it and the kind of session (PVE or RAID_BOSS). */
    public record PhaseDefinition(Phase phase, int order, String name, String description, String encounterId,
                                  String sessionType, String bossName, String bossNpcId) {
    }

    /** The tier a difficulty needs, its Lumina Shards per cleared phase and how much stronger its opponents are. */
    public record DifficultyRule(Difficulty difficulty, Tier requiredTier, long luminaShardsPerPhase,
                                 double npcScale) {
    }

    public record ItemDrop(String itemId, int quantity) {
    }

    public RaidContent {
        phases = List.copyOf(phases);
        difficulties = Map.copyOf(difficulties);
        lootTables = Map.copyOf(lootTables);
    }

    public DifficultyRule rule(Difficulty difficulty) {
        return difficulties.get(difficulty);
    }

    public PhaseDefinition phase(Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
    }

    public PhaseDefinition first() {
        return phases.getFirst();
    }

    /** The phase after {@code phase}, or null after the last (the boss). */
    public PhaseDefinition next(Phase phase) {
        int order = phase(phase).order();
        return phases.stream().filter(p -> p.order() == order + 1).findFirst().orElse(null);
    }

    public List<ItemDrop> drops(Difficulty difficulty, Phase phase) {
        return lootTables.getOrDefault(difficulty, Map.of()).getOrDefault(phase, List.of());
    }
}
