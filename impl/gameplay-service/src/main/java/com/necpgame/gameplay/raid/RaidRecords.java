package com.necpgame.gameplay.raid;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.necpgame.gameplay.raid.RaidTypes.AlertReason;
import com.necpgame.gameplay.raid.RaidTypes.AlertStatus;
import com.necpgame.gameplay.raid.RaidTypes.Difficulty;
import com.necpgame.gameplay.raid.RaidTypes.Phase;
import com.necpgame.gameplay.raid.RaidTypes.WipeCause;

/** The raid's smaller records: wipes, locks, telemetry, alerts and leaderboard entries. */
public final class RaidRecords {
    private RaidRecords() {
    }

    /** An instance with its roster, oldest seat first. */
    public record InstanceView(RaidInstance instance, List<Pilot> pilots) {
        public InstanceView {
            pilots = List.copyOf(pilots);
        }
    }

    public record Wipe(UUID wipeId, UUID instanceId, int attempt, Phase phase, WipeCause cause, Instant occurredAt,
                       Instant lockedUntil) {
    }

    public record Lock(Difficulty difficulty, UUID instanceId, Instant lockedUntil) {
    }

    public record Lockout(UUID playerId, List<Lock> locks) {
    }

    public record Sample(UUID sampleId, UUID instanceId, UUID playerId, int latencyMs, double drift, double dps,
                         int shield, Instant sampledAt, Instant receivedAt, boolean syncAlert, UUID alertId) {
    }

    public record SyncAlert(UUID alertId, UUID instanceId, UUID playerId, AlertStatus status,
                            Set<AlertReason> reasons, int latencyMs, double drift, Instant raisedAt,
                            Instant resolvedAt) {
    }

    public record GuildClear(long rank, UUID guildId, Difficulty difficulty, long clearTimeMs, UUID instanceId,
                             int pilots, Instant clearedAt) {
    }

    public record PilotClear(long rank, UUID playerId, UUID characterId, UUID guildId, Difficulty difficulty,
                             long clearTimeMs, UUID instanceId, Instant clearedAt) {
    }
}
