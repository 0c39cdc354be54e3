package com.necpgame.economy.grants;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.db.Rows;
import io.helidon.dbclient.DbExecute;

/** The records of grants and consumptions; each external id is credited once (unique constraints). */
public final class GrantRepository {
    private final ObjectMapper json;

    public GrantRepository(ObjectMapper json) {
        this.json = json;
    }

    public void insertOperatorGrant(DbExecute tx, Grant grant) {
        tx.createNamedInsert("operator-grant-insert")
                .addParam("id", grant.id()).addParam("characterId", grant.characterId())
                .addParam("currencies", write(grant.currencies())).addParam("itemStacks", write(grant.itemStacks()))
                .addParam("note", grant.sourceRef()).addParam("actor", grant.source())
                .addParam("grantedAt", Rows.param(grant.grantedAt()))
                .execute();
    }

    /** False when the rewardId was granted before. */
    public boolean insertReward(DbExecute tx, Grant grant) {
        return tx.createNamedInsert("reward-grant-insert")
                .addParam("id", grant.id()).addParam("rewardId", grant.externalId())
                .addParam("characterId", grant.characterId()).addParam("source", grant.source())
                .addParam("sourceRef", grant.sourceRef()).addParam("amounts", write(grant.currencies()))
                .addParam("grantedAt", Rows.param(grant.grantedAt()))
                .execute() == 1;
    }

    /** False when the grantId was credited before. */
    public boolean insertGameplayGrant(DbExecute tx, Grant grant) {
        return tx.createNamedInsert("gameplay-grant-insert")
                .addParam("id", grant.id()).addParam("grantId", grant.externalId())
                .addParam("characterId", grant.characterId()).addParam("source", grant.source())
                .addParam("sourceRef", grant.sourceRef()).addParam("currencies", write(grant.currencies()))
                .addParam("itemStacks", write(grant.itemStacks()))
                .addParam("grantedAt", Rows.param(grant.grantedAt()))
                .execute() == 1;
    }

    /** False when the consumptionId was recorded before. */
    public boolean insertConsumption(DbExecute tx, ItemConsumption c) {
        return tx.createNamedInsert("item-consumption-insert")
                .addParam("id", c.itemConsumptionId()).addParam("consumptionId", c.consumptionId())
                .addParam("characterId", c.characterId()).addParam("itemId", c.itemId())
                .addParam("quantity", c.quantity()).addParam("source", c.source())
                .addParam("sourceRef", c.sourceRef()).addParam("availableAfter", c.availableAfter())
                .addParam("consumedAt", Rows.param(c.consumedAt()))
                .execute() == 1;
    }

    private String write(List<?> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
