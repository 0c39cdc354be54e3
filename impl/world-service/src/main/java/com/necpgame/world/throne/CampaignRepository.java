package com.necpgame.world.throne;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.world.state.JsonValues;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on the campaigns, their audit log and their climate protocol activations. */
public final class CampaignRepository {

    public Optional<Campaign> find(DbExecute db, String serverId) {
        return db.createNamedGet("campaign-by-server").addParam("serverId", serverId).execute()
                .map(CampaignRepository::campaign);
    }

    /** The campaign, row-locked until the transaction ends: its decisions, activations and resets queue up. */
    public Optional<Campaign> lock(DbExecute db, String serverId) {
        return db.createNamedGet("campaign-by-server-for-update").addParam("serverId", serverId).execute()
                .map(CampaignRepository::campaign);
    }

    /** false when the server has a campaign already. */
    public boolean insert(DbExecute db, Campaign c) {
        return params(db.createNamedGet("campaign-insert"), c).execute().isPresent();
    }

    public void update(DbExecute db, Campaign c) {
        params(db.createNamedUpdate("campaign-update"), c).execute();
    }

    public List<Campaign> list(DbExecute db, PageRequest page) {
        return db.createNamedQuery("campaigns-list").addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(CampaignRepository::campaign).toList();
    }

    public List<Campaign> all(DbExecute db) {
        return db.createNamedQuery("campaigns-all").execute().map(CampaignRepository::campaign).toList();
    }

    public long count(DbExecute db) {
        return db.createNamedGet("campaigns-count").execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public void audit(DbExecute db, AuditEntry e) {
        db.createNamedInsert("audit-insert")
                .addParam("decisionId", e.decisionId())
                .addParam("serverId", e.serverId())
                .addParam("action", e.action().name())
                .addParam("branch", e.branch().map(Enum::name).orElse(null))
                .addParam("progressDelta", e.progressDelta().orElse(null))
                .addParam("protocolId", e.protocolId().orElse(null))
                .addParam("reason", e.reason())
                .addParam("actor", e.actor())
                .addParam("before", e.before().map(s -> JsonValues.write(snapshotJson(s))).orElse(null))
                .addParam("after", JsonValues.write(snapshotJson(e.after())))
                .addParam("changes", JsonValues.write(changesJson(e.worldStateChanges())))
                .addParam("decidedAt", Rows.param(e.decidedAt()))
                .execute();
    }

    public List<AuditEntry> auditLog(DbExecute db, String serverId, Optional<AuditAction> action, PageRequest page) {
        return db.createNamedQuery("audit-list")
                .addParam("serverId", serverId)
                .addParam("allActions", action.isEmpty()).addParam("action", action.map(Enum::name).orElse(""))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(CampaignRepository::auditEntry).toList();
    }

    public long auditCount(DbExecute db, String serverId, Optional<AuditAction> action) {
        return db.createNamedGet("audit-count")
                .addParam("serverId", serverId)
                .addParam("allActions", action.isEmpty()).addParam("action", action.map(Enum::name).orElse(""))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public void insertActivation(DbExecute db, Activation a) {
        db.createNamedInsert("activation-insert")
                .addParam("activationId", a.activationId())
                .addParam("serverId", a.serverId())
                .addParam("run", a.run())
                .addParam("protocolId", a.protocolId())
                .addParam("activatedAt", Rows.param(a.activatedAt()))
                .addParam("activeUntil", Rows.param(a.activeUntil()))
                .addParam("availableAt", Rows.param(a.availableAt()))
                .addParam("campaignVersion", a.campaignVersion())
                .addParam("actor", a.actor())
                .execute();
    }

    /** The latest activation of each protocol in the campaign's current run. */
    public List<Activation> latestActivations(DbExecute db, Campaign campaign) {
        return db.createNamedQuery("activations-latest").addParam("serverId", campaign.serverId())
                .addParam("run", campaign.run()).execute().map(CampaignRepository::activation).toList();
    }

    private static <T extends io.helidon.dbclient.DbStatement<T>> T params(T statement, Campaign c) {
        return statement.addParam("serverId", c.serverId())
                .addParam("status", c.status().name())
                .addParam("chapter", c.chapter())
                .addParam("progress", c.progress())
                .addParam("branch", c.branch().map(Enum::name).orElse(null))
                .addParam("branchChosenAt", Rows.param(c.branchChosenAt().orElse(null)))
                .addParam("run", c.run())
                .addParam("version", c.version())
                .addParam("startedAt", Rows.param(c.startedAt()))
                .addParam("updatedAt", Rows.param(c.updatedAt()))
                .addParam("completedAt", Rows.param(c.completedAt().orElse(null)));
    }

    private static Campaign campaign(DbRow row) {
        return new Campaign(Rows.string(row, "server_id"), CampaignStatus.valueOf(Rows.string(row, "status")),
                Rows.integer(row, "chapter"), Rows.integer(row, "progress"),
                Rows.optionalString(row, "branch").map(Branch::valueOf), Rows.optionalInstant(row, "branch_chosen_at"),
                Rows.integer(row, "run"), Rows.longValue(row, "version"), Rows.instant(row, "started_at"),
                Rows.instant(row, "updated_at"), Rows.optionalInstant(row, "completed_at"));
    }

    private static Activation activation(DbRow row) {
        return new Activation(Rows.uuid(row, "activation_id"), Rows.string(row, "server_id"), Rows.integer(row, "run"),
                Rows.string(row, "protocol_id"), Rows.instant(row, "activated_at"), Rows.instant(row, "active_until"),
                Rows.instant(row, "available_at"), Rows.longValue(row, "campaign_version"), Rows.string(row, "actor"));
    }

    private static AuditEntry auditEntry(DbRow row) {
        return new AuditEntry(Rows.uuid(row, "decision_id"), Rows.string(row, "server_id"),
                AuditAction.valueOf(Rows.string(row, "action")), Rows.optionalString(row, "branch").map(Branch::valueOf),
                row.column("progress_delta").asOptional().map(v -> ((Number) v).intValue()),
                Rows.optionalString(row, "protocol_id"), Rows.string(row, "reason"), Rows.string(row, "actor"),
                Rows.optionalString(row, "before_state").map(JsonValues::read).map(CampaignRepository::snapshot),
                snapshot(JsonValues.read(Rows.string(row, "after_state"))),
                changes(JsonValues.read(Rows.string(row, "world_state_changes"))), Rows.instant(row, "decided_at"));
    }

    static ObjectNode snapshotJson(CampaignSnapshot s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("status", s.status().name())
                .put("chapter", s.chapter()).put("act", s.act()).put("branchLocked", s.branchLocked())
                .put("progress", s.progress()).put("version", s.version());
        s.branch().ifPresent(b -> node.put("branch", b.name()));
        return node;
    }

    private static CampaignSnapshot snapshot(JsonNode n) {
        return new CampaignSnapshot(CampaignStatus.valueOf(n.get("status").asText()), n.get("chapter").asInt(),
                n.get("act").asInt(), n.has("branch") ? Optional.of(Branch.valueOf(n.get("branch").asText()))
                : Optional.empty(), n.get("branchLocked").asBoolean(), n.get("progress").asInt(),
                n.get("version").asLong());
    }

    private static ArrayNode changesJson(List<KeyVersion> changes) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        changes.forEach(c -> array.addObject().put("key", c.key()).put("version", c.version()));
        return array;
    }

    private static List<KeyVersion> changes(JsonNode array) {
        List<KeyVersion> changes = new ArrayList<>();
        array.forEach(n -> changes.add(new KeyVersion(n.get("key").asText(), n.get("version").asLong())));
        return changes;
    }
}
