package com.necpgame.gameplay.raid;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.gameplay.character.Attribute;
import com.necpgame.gameplay.raid.RaidContent.DifficultyRule;
import com.necpgame.gameplay.raid.RaidContent.ItemDrop;
import com.necpgame.gameplay.raid.RaidContent.PhaseDefinition;
import com.necpgame.gameplay.raid.RaidInstance.PhaseProgress;
import com.necpgame.gameplay.raid.RaidRecords.GuildClear;
import com.necpgame.gameplay.raid.RaidRecords.Lock;
import com.necpgame.gameplay.raid.RaidRecords.PilotClear;
import com.necpgame.gameplay.raid.RaidRecords.Wipe;
import com.necpgame.gameplay.raid.RaidTypes.Difficulty;
import com.necpgame.gameplay.raid.RaidTypes.InstanceStatus;
import com.necpgame.gameplay.raid.RaidTypes.Phase;
import com.necpgame.gameplay.raid.RaidTypes.PilotStatus;
import com.necpgame.gameplay.raid.RaidTypes.Tier;
import com.necpgame.gameplay.raid.RaidTypes.WipeCause;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on the raid's content, {@code raid_instances}, {@code raid_pilots}, wipes, locks and clears. */
public final class RaidRepository {
    private static final TypeReference<List<PhaseProgress>> PHASES = new TypeReference<>() {
    };
    private static final TypeReference<Map<Attribute, Integer>> ATTRIBUTES = new TypeReference<>() {
    };
    private final JsonColumns json;

    public RaidRepository(ObjectMapper json) {
        this.json = new JsonColumns(json);
    }

    public RaidContent content(DbExecute db) {
        List<PhaseDefinition> phases = db.createNamedQuery("raid-phases").execute().map(row -> new PhaseDefinition(
                Phase.valueOf(Rows.string(row, "phase")), Rows.integer(row, "phase_order"), Rows.string(row, "name"),
                Rows.string(row, "description"), Rows.string(row, "encounter_id"), Rows.string(row, "session_type"),
                Rows.optionalString(row, "boss_name").orElse(null),
                Rows.optionalString(row, "boss_npc_id").orElse(null))).toList();
        Map<Difficulty, DifficultyRule> difficulties = new EnumMap<>(Difficulty.class);
        db.createNamedQuery("raid-difficulties").execute().forEach(row -> {
            Difficulty d = Difficulty.valueOf(Rows.string(row, "difficulty"));
            difficulties.put(d, new DifficultyRule(d, Tier.valueOf(Rows.string(row, "required_tier")),
                    Rows.longValue(row, "lumina_shards_per_phase"), Rows.doubleValue(row, "npc_scale")));
        });
        Map<Difficulty, Map<Phase, List<ItemDrop>>> loot = new EnumMap<>(Difficulty.class);
        db.createNamedQuery("raid-loot-tables").execute().forEach(row -> loot
                .computeIfAbsent(Difficulty.valueOf(Rows.string(row, "difficulty")), d -> new HashMap<>())
                .computeIfAbsent(Phase.valueOf(Rows.string(row, "phase")), p -> new java.util.ArrayList<>())
                .add(new ItemDrop(Rows.string(row, "item_id"), Rows.integer(row, "quantity"))));
        return new RaidContent(phases, difficulties, loot);
    }

    // --- instances ----------------------------------------------------------------------------------------------

    public void insert(DbExecute db, RaidInstance i) {
        db.createNamedInsert("raid-instance-insert").addParam("id", i.id())
                .addParam("difficulty", i.difficulty().name()).addParam("requiredTier", i.requiredTier().name())
                .addParam("status", i.status().name()).addParam("phase", i.phase().name())
                .addParam("phases", json.write(i.phases())).addParam("leader", i.leaderPlayerId())
                .addParam("leaderCharacter", i.leaderCharacterId())
                .addParam("guildId", Rows.param(i.guildId()))
                .addParam("wipes", i.wipes()).addParam("attempt", i.attempt())
                .addParam("attemptStartedAt", Rows.param(i.attemptStartedAt()))
                .addParam("lockedUntil", Rows.param(i.lockedUntil()))
                .addParam("windowEndsAt", Rows.param(i.windowEndsAt()))
                .addParam("clearedAt", Rows.param(i.clearedAt())).addParam("clearTimeMs", i.clearTimeMs())
                .addParam("createdAt", Rows.param(i.createdAt())).execute();
    }

    public void update(DbExecute db, RaidInstance i) {
        db.createNamedUpdate("raid-instance-update").addParam("id", i.id())
                .addParam("status", i.status().name()).addParam("phase", i.phase().name())
                .addParam("phases", json.write(i.phases())).addParam("leader", i.leaderPlayerId())
                .addParam("wipes", i.wipes()).addParam("attempt", i.attempt())
                .addParam("attemptStartedAt", Rows.param(i.attemptStartedAt()))
                .addParam("lockedUntil", Rows.param(i.lockedUntil()))
                .addParam("windowEndsAt", Rows.param(i.windowEndsAt()))
                .addParam("clearedAt", Rows.param(i.clearedAt())).addParam("clearTimeMs", i.clearTimeMs())
                .execute();
    }

    public Optional<RaidInstance> find(DbExecute db, UUID id) {
        return db.createNamedGet("raid-instance-by-id").addParam("id", id).execute().map(this::instance);
    }

    /** The instance, row-locked until the transaction ends. */
    public Optional<RaidInstance> lock(DbExecute db, UUID id) {
        return db.createNamedGet("raid-instance-by-id-for-update").addParam("id", id).execute().map(this::instance);
    }

    public List<RaidInstance> list(DbExecute db, Optional<InstanceStatus> status, Optional<Difficulty> difficulty,
                                   PageRequest page) {
        return db.createNamedQuery("raid-instances").addParam("status", status.map(Enum::name).orElse(null))
                .addParam("difficulty", difficulty.map(Enum::name).orElse(null))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(this::instance).toList();
    }

    public long count(DbExecute db, Optional<InstanceStatus> status, Optional<Difficulty> difficulty) {
        return count(db.createNamedGet("raid-instances-count").addParam("status", status.map(Enum::name).orElse(null))
                .addParam("difficulty", difficulty.map(Enum::name).orElse(null)).execute());
    }

    /** Open instances with a time-driven transition due ({@code RaidService#settle}). */
    public List<UUID> due(DbExecute db, Instant now) {
        return db.createNamedQuery("raid-instances-due").addParam("now", Rows.param(now))
                .addParam("silentSince", Rows.param(now.minus(RaidContent.DISCONNECT_AFTER)))
                .execute().map(row -> Rows.uuid(row, "id")).toList();
    }

    // --- roster -------------------------------------------------------------------------------------------------

    /** Serializes, per pilot, everything that seats it somewhere (one open instance per pilot). */
    public void lockPlayer(DbExecute db, UUID playerId) {
        db.createNamedGet("raid-player-lock").addParam("playerId", playerId.toString()).execute();
    }

    /** Whether the pilot leads, or sits on the roster of, another open instance. */
    public boolean seatedElsewhere(DbExecute db, UUID playerId, UUID instanceId) {
        return count(db.createNamedGet("raid-player-elsewhere").addParam("playerId", playerId)
                .addParam("instanceId", instanceId).execute()) > 0;
    }

    public boolean onRoster(DbExecute db, UUID instanceId, UUID playerId) {
        return count(db.createNamedGet("raid-pilot-on-roster").addParam("instanceId", instanceId)
                .addParam("playerId", playerId).execute()) > 0;
    }

    public List<Pilot> pilots(DbExecute db, UUID instanceId) {
        return db.createNamedQuery("raid-pilots").addParam("instanceId", instanceId).execute().map(this::pilot)
                .toList();
    }

    public void insert(DbExecute db, Pilot p) {
        db.createNamedInsert("raid-pilot-insert").addParam("instanceId", p.instanceId())
                .addParam("playerId", p.playerId()).addParam("characterId", p.characterId())
                .addParam("tier", p.tier().name()).addParam("status", p.status().name())
                .addParam("reconnectsUsed", p.reconnectsUsed()).addParam("mech", json.write(p.mech()))
                .addParam("attributes", json.write(p.attributes())).addParam("joinedAt", Rows.param(p.joinedAt()))
                .addParam("seenAt", Rows.param(p.seenAt()))
                .addParam("lastTelemetryAt", Rows.param(p.lastTelemetryAt())).execute();
    }

    public void update(DbExecute db, Pilot p) {
        db.createNamedUpdate("raid-pilot-update").addParam("instanceId", p.instanceId())
                .addParam("playerId", p.playerId()).addParam("characterId", p.characterId())
                .addParam("tier", p.tier().name()).addParam("status", p.status().name())
                .addParam("reconnectsUsed", p.reconnectsUsed()).addParam("mech", json.write(p.mech()))
                .addParam("attributes", json.write(p.attributes())).addParam("seenAt", Rows.param(p.seenAt()))
                .addParam("lastTelemetryAt", Rows.param(p.lastTelemetryAt())).execute();
    }

    public void delete(DbExecute db, Pilot p) {
        db.createNamedDelete("raid-pilot-delete").addParam("instanceId", p.instanceId())
                .addParam("playerId", p.playerId()).execute();
    }

    // --- wipes and locks ----------------------------------------------------------------------------------------

    public void insert(DbExecute db, Wipe w) {
        db.createNamedInsert("raid-wipe-insert").addParam("id", w.wipeId()).addParam("instanceId", w.instanceId())
                .addParam("attempt", w.attempt()).addParam("phase", w.phase().name())
                .addParam("cause", w.cause().name()).addParam("occurredAt", Rows.param(w.occurredAt()))
                .addParam("lockedUntil", Rows.param(w.lockedUntil())).execute();
    }

    public List<Wipe> wipes(DbExecute db, UUID instanceId, PageRequest page) {
        return db.createNamedQuery("raid-wipes").addParam("instanceId", instanceId).addParam("limit", page.limit())
                .addParam("offset", page.offset()).execute().map(row -> new Wipe(Rows.uuid(row, "id"),
                        Rows.uuid(row, "instance_id"), Rows.integer(row, "attempt"),
                        Phase.valueOf(Rows.string(row, "phase")), WipeCause.valueOf(Rows.string(row, "cause")),
                        Rows.instant(row, "occurred_at"), Rows.instant(row, "locked_until"))).toList();
    }

    public long countWipes(DbExecute db, UUID instanceId) {
        return count(db.createNamedGet("raid-wipes-count").addParam("instanceId", instanceId).execute());
    }

    public void lockOut(DbExecute db, UUID playerId, Difficulty difficulty, UUID instanceId, Instant until) {
        db.createNamedInsert("raid-lock-upsert").addParam("playerId", playerId)
                .addParam("difficulty", difficulty.name()).addParam("instanceId", instanceId)
                .addParam("lockedUntil", Rows.param(until)).execute();
    }

    public Optional<Lock> lockOf(DbExecute db, UUID playerId, Difficulty difficulty, Instant now) {
        return db.createNamedGet("raid-lock-of").addParam("playerId", playerId)
                .addParam("difficulty", difficulty.name()).addParam("now", Rows.param(now)).execute()
                .map(RaidRepository::lock);
    }

    public List<Lock> locksOf(DbExecute db, UUID playerId, Instant now) {
        return db.createNamedQuery("raid-locks-of").addParam("playerId", playerId).addParam("now", Rows.param(now))
                .execute().map(RaidRepository::lock).toList();
    }

    // --- clears -------------------------------------------------------------------------------------------------

    public void insertClear(DbExecute db, RaidInstance cleared, List<Pilot> standing) {
        db.createNamedInsert("raid-clear-insert").addParam("instanceId", cleared.id())
                .addParam("difficulty", cleared.difficulty().name())
                .addParam("guildId", Rows.param(cleared.guildId()))
                .addParam("clearTimeMs", cleared.clearTimeMs()).addParam("pilots", standing.size())
                .addParam("clearedAt", Rows.param(cleared.clearedAt())).execute();
        for (Pilot p : standing) {
            db.createNamedInsert("raid-clear-pilot-insert").addParam("instanceId", cleared.id())
                    .addParam("playerId", p.playerId()).addParam("characterId", p.characterId())
                    .addParam("guildId", Rows.param(cleared.guildId()))
                    .addParam("difficulty", cleared.difficulty().name())
                    .addParam("clearTimeMs", cleared.clearTimeMs())
                    .addParam("clearedAt", Rows.param(cleared.clearedAt())).execute();
        }
    }

    public List<GuildClear> guildBoard(DbExecute db, Difficulty difficulty, PageRequest page) {
        return db.createNamedQuery("raid-board-guilds").addParam("difficulty", difficulty.name())
                .addParam("limit", page.limit()).addParam("offset", page.offset()).execute()
                .map(row -> new GuildClear(Rows.longValue(row, "rank"), Rows.uuid(row, "guild_id"), difficulty,
                        Rows.longValue(row, "clear_time_ms"), Rows.uuid(row, "instance_id"),
                        Rows.integer(row, "pilots"), Rows.instant(row, "cleared_at"))).toList();
    }

    public long countGuildBoard(DbExecute db, Difficulty difficulty) {
        return count(db.createNamedGet("raid-board-guilds-count").addParam("difficulty", difficulty.name()).execute());
    }

    public List<PilotClear> pilotBoard(DbExecute db, Difficulty difficulty, PageRequest page) {
        return db.createNamedQuery("raid-board-pilots").addParam("difficulty", difficulty.name())
                .addParam("limit", page.limit()).addParam("offset", page.offset()).execute()
                .map(row -> new PilotClear(Rows.longValue(row, "rank"), Rows.uuid(row, "player_id"),
                        Rows.uuid(row, "character_id"), Rows.optionalUuid(row, "guild_id").orElse(null), difficulty,
                        Rows.longValue(row, "clear_time_ms"), Rows.uuid(row, "instance_id"),
                        Rows.instant(row, "cleared_at"))).toList();
    }

    public long countPilotBoard(DbExecute db, Difficulty difficulty) {
        return count(db.createNamedGet("raid-board-pilots-count").addParam("difficulty", difficulty.name()).execute());
    }

    // --- rows ---------------------------------------------------------------------------------------------------

    static long count(Optional<DbRow> row) {
        return row.map(r -> Rows.longValue(r, "n")).orElse(0L);
    }

    private RaidInstance instance(DbRow row) {
        return new RaidInstance(Rows.uuid(row, "id"), Difficulty.valueOf(Rows.string(row, "difficulty")),
                Tier.valueOf(Rows.string(row, "required_tier")), InstanceStatus.valueOf(Rows.string(row, "status")),
                Phase.valueOf(Rows.string(row, "phase")), json.read(Rows.string(row, "phases_json"), PHASES),
                Rows.uuid(row, "leader_player_id"), Rows.uuid(row, "leader_character_id"),
                Rows.optionalUuid(row, "guild_id").orElse(null), Rows.integer(row, "wipes"),
                Rows.integer(row, "attempt"), Rows.optionalInstant(row, "attempt_started_at").orElse(null),
                Rows.optionalInstant(row, "locked_until").orElse(null), Rows.instant(row, "window_ends_at"),
                Rows.optionalInstant(row, "cleared_at").orElse(null),
                Rows.optionalString(row, "clear_time_ms").map(Long::valueOf).orElse(null),
                Rows.instant(row, "created_at"));
    }

    private Pilot pilot(DbRow row) {
        return new Pilot(Rows.uuid(row, "instance_id"), Rows.uuid(row, "player_id"), Rows.uuid(row, "character_id"),
                Tier.valueOf(Rows.string(row, "tier")), PilotStatus.valueOf(Rows.string(row, "status")),
                Rows.integer(row, "reconnects_used"), json.read(Rows.string(row, "mech_json"), Mech.class),
                json.read(Rows.string(row, "attributes_json"), ATTRIBUTES), Rows.instant(row, "joined_at"),
                Rows.instant(row, "seen_at"), Rows.optionalInstant(row, "last_telemetry_at").orElse(null));
    }

    private static Lock lock(DbRow row) {
        return new Lock(Difficulty.valueOf(Rows.string(row, "difficulty")), Rows.uuid(row, "instance_id"),
                Rows.instant(row, "locked_until"));
    }
}
