package com.necpgame.gameplay.remote;

import java.util.UUID;

import com.necpgame.economy.client.ApiException;
import com.necpgame.economy.client.api.GameplayGrantsApi;
import com.necpgame.economy.client.model.ItemConsumptionRequest;
import com.necpgame.economy.client.model.ItemConsumptionSource;
import com.necpgame.gameplay.combat.Inventory;
import com.necpgame.platform.problem.ProblemException;

/** Combat items consumed in economy-service ({@code consumeInventoryItem}, synchronous: 503 when it does not answer). */
public final class EconomyInventory implements Inventory {
    private final GameplayGrantsApi api;

    public EconomyInventory(GameplayGrantsApi api) {
        this.api = api;
    }

    @Override
    public void consumeOne(UUID consumptionId, UUID characterId, String itemId, UUID sessionId) {
        ItemConsumptionRequest request = new ItemConsumptionRequest();
        request.setConsumptionId(consumptionId);
        request.setCharacterId(characterId);
        request.setItemId(itemId);
        request.setQuantity(1);
        request.setSource(ItemConsumptionSource.COMBAT_ITEM_USE);
        request.setSourceRef(sessionId);
        try {
            api.consumeInventoryItem(consumptionId.toString(), request);
        } catch (ApiException e) {
            String body = e.getResponseBody() == null ? "" : e.getResponseBody();
            if (e.getCode() == 422 && body.contains("\"ITEM_NOT_OWNED\"")) {
                throw ProblemException.unprocessable("ITEM_NOT_OWNED", "The character has none of '" + itemId + "'.");
            }
            if (e.getCode() == 409 && body.contains("\"CONSUMPTION_ALREADY_RECORDED\"")) {
                return; // consumed by an earlier attempt of this very action
            }
            if (e.getCode() == 404) {
                throw ProblemException.notFound("CHARACTER_NOT_FOUND", "economy-service knows no such character.");
            }
            throw Remote.unavailable("economy-service", e.getCode());
        }
    }
}
