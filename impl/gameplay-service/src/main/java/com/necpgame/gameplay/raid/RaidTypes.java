package com.necpgame.gameplay.raid;

/** The enumerations of the raid, named as in the spec. */
public final class RaidTypes {
    private RaidTypes() {
    }

    public enum Difficulty { NORMAL, HARD, MYTHIC }

    /** Pilot credential tiers, ordered: a higher tier may join a lower difficulty. */
    public enum Tier {
        T1, T2, T3;

        public boolean atLeast(Tier other) {
            return compareTo(other) >= 0;
        }
    }

    public enum InstanceStatus {
        FORMING, IN_PROGRESS, LOCKED, CLEARED, CLOSED;

        /** FORMING, IN_PROGRESS or LOCKED: the instance still holds its pilots. */
        public boolean open() {
            return this == FORMING || this == IN_PROGRESS || this == LOCKED;
        }
    }

    public enum Phase { SKY_INSERTION, REEF_BREACH, TITAN_LOCK }

    public enum PhaseStatus { PENDING, ACTIVE, CLEARED }

    public enum PilotStatus { CONNECTED, DISCONNECTED, LEFT }

    public enum WipeCause { ALL_PILOTS_DOWN, WINDOW_EXPIRED, CALLED_BY_LEADER }

    public enum LootKind { ITEM, LUMINA_SHARDS }

    public enum LootStatus { ROLLING, ASSIGNED, UNCLAIMED }

    public enum Award { AUTO, PRIORITY, NEED, GREED }

    public enum RollType { NEED, GREED, PASS }

    public enum AlertStatus { OPEN, RESOLVED }

    public enum AlertReason { LATENCY, DRIFT }

    public enum Mission { FLIGHT_CALIBRATION, SYNC_HARMONICS, KRAKEN_SIMULATION }

    public enum CertificationStatus { IN_PROGRESS, COMPLETED, EXPIRED }
}
