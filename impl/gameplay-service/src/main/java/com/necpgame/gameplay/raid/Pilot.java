package com.necpgame.gameplay.raid;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.necpgame.gameplay.character.Attribute;
import com.necpgame.gameplay.raid.RaidTypes.PilotStatus;
import com.necpgame.gameplay.raid.RaidTypes.Tier;

/**
 * A pilot on an instance's roster: the account ({@code playerId}), the character it flies for, its tier, status,
 * reconnects used in this attempt and its mech. {@code seenAt} is the last sign of life (join, reconnect, the
 * attempt's start or a telemetry sample): 15 seconds after it, during an attempt, the pilot is DISCONNECTED.
 */
public record Pilot(UUID instanceId, UUID playerId, UUID characterId, Tier tier, PilotStatus status,
                    int reconnectsUsed, Mech mech, Map<Attribute, Integer> attributes, Instant joinedAt,
                    Instant seenAt, Instant lastTelemetryAt) {
    public Pilot {
        attributes = Map.copyOf(attributes);
    }

    public boolean connected() {
        return status == PilotStatus.CONNECTED;
    }

    public boolean left() {
        return status == PilotStatus.LEFT;
    }

    public Pilot with(PilotStatus newStatus, Instant now) {
        return new Pilot(instanceId, playerId, characterId, tier, newStatus, reconnectsUsed, mech, attributes,
                joinedAt, now, lastTelemetryAt);
    }

    public Pilot with(Mech newMech) {
        return new Pilot(instanceId, playerId, characterId, tier, status, reconnectsUsed, newMech, attributes,
                joinedAt, seenAt, lastTelemetryAt);
    }

    /** Joined again (or re-synced) with a fresh credential read. */
    public Pilot resynced(UUID character, Tier newTier, Map<Attribute, Integer> newAttributes, Instant now) {
        return new Pilot(instanceId, playerId, character, newTier, PilotStatus.CONNECTED, reconnectsUsed, mech,
                newAttributes, joinedAt, now, lastTelemetryAt);
    }

    public Pilot reconnected(Instant now) {
        return new Pilot(instanceId, playerId, characterId, tier, PilotStatus.CONNECTED, reconnectsUsed + 1, mech,
                attributes, joinedAt, now, lastTelemetryAt);
    }

    public Pilot sampled(int shield, Instant now) {
        return new Pilot(instanceId, playerId, characterId, tier, status, reconnectsUsed, mech.withShield(shield),
                attributes, joinedAt, now, now);
    }

    /** Ready for a new attempt: reconnects reset, a fresh mech, out of sync until it joins again. */
    public Pilot forNewAttempt(Instant now) {
        return new Pilot(instanceId, playerId, characterId, tier, PilotStatus.DISCONNECTED, 0, Mech.fresh(),
                attributes, joinedAt, now, lastTelemetryAt);
    }

    public Pilot startingAttempt(Instant now) {
        return new Pilot(instanceId, playerId, characterId, tier, status, 0, mech, attributes, joinedAt, now,
                lastTelemetryAt);
    }
}
