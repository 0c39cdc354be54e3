package com.necpgame.economy.crafting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code crafts}. */
public final class CraftRepository {
    private static final TypeReference<List<ItemStack>> STACKS = new TypeReference<>() {
    };
    private final ObjectMapper json;

    public CraftRepository(ObjectMapper json) {
        this.json = json;
    }

    /** Serializes every change of one character's queue. */
    public void lockQueue(DbExecute db, UUID characterId) {
        db.createNamedGet("seller-lock").addParam("key", "crafts/" + characterId).execute();
    }

    public void insert(DbExecute db, Craft craft) {
        db.createNamedInsert("craft-insert").addParam("craftId", craft.craftId())
                .addParam("characterId", craft.characterId()).addParam("recipeId", craft.recipeId())
                .addParam("status", craft.status().name()).addParam("outputItem", craft.output().itemId())
                .addParam("outputQty", craft.output().quantity()).addParam("eddiesCost", craft.eddiesCost())
                .addParam("ingredients", write(craft.ingredients())).addParam("duration", craft.durationSeconds())
                .addParam("queuedAt", Rows.param(craft.queuedAt())).addParam("startedAt", Rows.param(craft.startedAt()))
                .addParam("readyAt", Rows.param(craft.readyAt())).execute();
    }

    /** Writes a craft's status and times. */
    public void update(DbExecute db, Craft craft) {
        db.createNamedUpdate("craft-update").addParam("status", craft.status().name())
                .addParam("startedAt", Rows.param(craft.startedAt())).addParam("readyAt", Rows.param(craft.readyAt()))
                .addParam("collectedAt", Rows.param(craft.collectedAt()))
                .addParam("cancelledAt", Rows.param(craft.cancelledAt())).addParam("craftId", craft.craftId())
                .execute();
    }

    /** The active crafts (QUEUED, IN_PROGRESS) of a character, in queue order. */
    public List<Craft> active(DbExecute db, UUID characterId) {
        return db.createNamedQuery("crafts-active").addParam("characterId", characterId).execute()
                .map(this::craft).toList();
    }

    public Optional<Craft> find(DbExecute db, UUID characterId, UUID craftId) {
        return db.createNamedGet("craft-by-id").addParam("characterId", characterId).addParam("craftId", craftId)
                .execute().map(this::craft);
    }

    public List<Craft> list(DbExecute db, UUID characterId, CraftStatus status, PageRequest page) {
        return db.createNamedQuery("crafts-by-character").addParam("characterId", characterId)
                .addParam("status", status == null ? null : status.name()).addParam("limit", page.limit())
                .addParam("offset", page.offset()).execute().map(this::craft).toList();
    }

    public long count(DbExecute db, UUID characterId, CraftStatus status) {
        return db.createNamedGet("crafts-by-character-count").addParam("characterId", characterId)
                .addParam("status", status == null ? null : status.name()).execute()
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    private Craft craft(DbRow row) {
        return new Craft(Rows.uuid(row, "craft_id"), Rows.uuid(row, "character_id"), Rows.string(row, "recipe_id"),
                CraftStatus.valueOf(Rows.string(row, "status")),
                new ItemStack(Rows.string(row, "output_item"), Rows.integer(row, "output_qty")),
                Rows.longValue(row, "eddies_cost"), read(Rows.string(row, "ingredients")),
                Rows.integer(row, "duration_s"), null, Rows.instant(row, "queued_at"),
                Rows.optionalInstant(row, "started_at").orElse(null),
                Rows.optionalInstant(row, "ready_at").orElse(null),
                Rows.optionalInstant(row, "collected_at").orElse(null),
                Rows.optionalInstant(row, "cancelled_at").orElse(null));
    }

    private String write(List<ItemStack> stacks) {
        try {
            return json.writeValueAsString(stacks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ItemStack> read(String text) {
        try {
            return json.readValue(text, STACKS);
        } catch (IOException e) {
            throw new UncheckedIOException("stored craft ingredients are not item stacks", e);
        }
    }
}
