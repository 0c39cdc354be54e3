package com.necpgame.gameplay.raid;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.gameplay.raid.RaidTypes.Award;
import com.necpgame.gameplay.raid.RaidTypes.LootKind;
import com.necpgame.gameplay.raid.RaidTypes.LootStatus;
import com.necpgame.gameplay.raid.RaidTypes.Phase;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code raid_loot}. */
public final class LootRepository {
    private static final TypeReference<List<UUID>> PLAYERS = new TypeReference<>() {
    };
    private static final TypeReference<List<Loot.Roll>> ROLLS = new TypeReference<>() {
    };
    private final JsonColumns json;

    public LootRepository(ObjectMapper json) {
        this.json = new JsonColumns(json);
    }

    public void insert(DbExecute db, Loot l) {
        db.createNamedInsert("raid-loot-insert").addParam("id", l.lootId()).addParam("instanceId", l.instanceId())
                .addParam("phase", l.phase().name()).addParam("kind", l.kind().name()).addParam("itemId", l.itemId())
                .addParam("quantity", l.quantity()).addParam("status", l.status().name())
                .addParam("awardedBy", l.awardedBy() == null ? null : l.awardedBy().name())
                .addParam("winner", Rows.param(l.winnerPlayerId()))
                .addParam("eligible", json.write(l.eligible())).addParam("rolls", json.write(l.rolls()))
                .addParam("droppedAt", Rows.param(l.droppedAt())).addParam("rollEndsAt", Rows.param(l.rollEndsAt()))
                .addParam("resolvedAt", Rows.param(l.resolvedAt())).execute();
    }

    public void update(DbExecute db, Loot l) {
        db.createNamedUpdate("raid-loot-update").addParam("id", l.lootId()).addParam("status", l.status().name())
                .addParam("awardedBy", l.awardedBy() == null ? null : l.awardedBy().name())
                .addParam("winner", Rows.param(l.winnerPlayerId()))
                .addParam("rolls", json.write(l.rolls())).addParam("resolvedAt", Rows.param(l.resolvedAt()))
                .execute();
    }

    public Optional<Loot> lock(DbExecute db, UUID instanceId, UUID lootId) {
        return db.createNamedGet("raid-loot-by-id-for-update").addParam("id", lootId)
                .addParam("instanceId", instanceId).execute().map(this::loot);
    }

    public List<Loot> ofInstance(DbExecute db, UUID instanceId, PageRequest page) {
        return db.createNamedQuery("raid-loot-of-instance").addParam("instanceId", instanceId)
                .addParam("limit", page.limit()).addParam("offset", page.offset()).execute().map(this::loot).toList();
    }

    public long countOfInstance(DbExecute db, UUID instanceId) {
        return RaidRepository.count(db.createNamedGet("raid-loot-of-instance-count").addParam("instanceId", instanceId)
                .execute());
    }

    public List<UUID> rollingDue(DbExecute db, UUID instanceId, java.time.Instant now) {
        return db.createNamedQuery("raid-loot-rolling-due").addParam("instanceId", instanceId)
                .addParam("now", Rows.param(now)).execute().map(row -> Rows.uuid(row, "id")).toList();
    }

    private Loot loot(DbRow row) {
        return new Loot(Rows.uuid(row, "id"), Rows.uuid(row, "instance_id"), Phase.valueOf(Rows.string(row, "phase")),
                LootKind.valueOf(Rows.string(row, "kind")), Rows.optionalString(row, "item_id").orElse(null),
                Rows.longValue(row, "quantity"), LootStatus.valueOf(Rows.string(row, "status")),
                Rows.optionalString(row, "awarded_by").map(Award::valueOf).orElse(null),
                Rows.optionalUuid(row, "winner_player_id").orElse(null),
                json.read(Rows.string(row, "eligible_json"), PLAYERS), json.read(Rows.string(row, "rolls_json"), ROLLS),
                Rows.instant(row, "dropped_at"), Rows.optionalInstant(row, "roll_ends_at").orElse(null),
                Rows.optionalInstant(row, "resolved_at").orElse(null));
    }
}
