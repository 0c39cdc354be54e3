package com.necpgame.gameplay.raid;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.gameplay.raid.RaidTypes.CertificationStatus;
import com.necpgame.gameplay.raid.RaidTypes.Tier;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code skyframe_certifications}. */
public final class CertificationRepository {
    private static final TypeReference<List<Certification.MissionResult>> MISSIONS = new TypeReference<>() {
    };
    private final JsonColumns json;

    public CertificationRepository(ObjectMapper json) {
        this.json = new JsonColumns(json);
    }

    public void insert(DbExecute db, Certification c) {
        db.createNamedInsert("certification-insert").addParam("id", c.certificationId())
                .addParam("playerId", c.playerId()).addParam("status", c.status().name())
                .addParam("missions", json.write(c.missions())).addParam("startedAt", Rows.param(c.startedAt()))
                .addParam("deadline", Rows.param(c.deadline())).execute();
    }

    public void update(DbExecute db, Certification c) {
        db.createNamedUpdate("certification-update").addParam("id", c.certificationId())
                .addParam("status", c.status().name()).addParam("missions", json.write(c.missions()))
                .addParam("score", c.score()).addParam("passed", c.passed())
                .addParam("tier", c.tier() == null ? null : c.tier().name())
                .addParam("completedAt", Rows.param(c.completedAt())).addParam("credentialSent", c.credentialSent())
                .execute();
    }

    public Optional<Certification> find(DbExecute db, UUID id) {
        return db.createNamedGet("certification-by-id").addParam("id", id).execute().map(this::certification);
    }

    public Optional<Certification> lock(DbExecute db, UUID id) {
        return db.createNamedGet("certification-by-id-for-update").addParam("id", id).execute()
                .map(this::certification);
    }

    public Optional<Certification> openOf(DbExecute db, UUID playerId) {
        return db.createNamedGet("certification-open-of-player").addParam("playerId", playerId).execute()
                .map(this::certification);
    }

    public List<Certification> ofPlayer(DbExecute db, UUID playerId, PageRequest page) {
        return db.createNamedQuery("certifications-of-player").addParam("playerId", playerId)
                .addParam("limit", page.limit()).addParam("offset", page.offset()).execute()
                .map(this::certification).toList();
    }

    public long countOfPlayer(DbExecute db, UUID playerId) {
        return RaidRepository.count(db.createNamedGet("certifications-of-player-count").addParam("playerId", playerId)
                .execute());
    }

    private Certification certification(DbRow row) {
        return new Certification(Rows.uuid(row, "id"), Rows.uuid(row, "player_id"),
                CertificationStatus.valueOf(Rows.string(row, "status")),
                json.read(Rows.string(row, "missions_json"), MISSIONS),
                Rows.optionalString(row, "score").map(Integer::valueOf).orElse(null),
                Rows.optionalString(row, "passed").map(Boolean::valueOf).orElse(null),
                Rows.optionalString(row, "tier").map(Tier::valueOf).orElse(null), Rows.instant(row, "started_at"),
                Rows.instant(row, "deadline"), Rows.optionalInstant(row, "completed_at").orElse(null),
                Rows.bool(row, "credential_sent"));
    }
}
