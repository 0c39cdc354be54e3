package com.necpgame.economy.api;

import com.necpgame.platform.idempotency.StoredJson;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.economy.crafting.CraftService;
import com.necpgame.economy.crafting.CraftStatus;
import com.necpgame.economy.mapping.CraftingMapper;
import com.necpgame.economy.model.CraftDto;
import com.necpgame.economy.model.CraftStatusDto;
import com.necpgame.economy.model.StartCraftRequestDto;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Recipes (readable by every player) and each character's crafting queue (owner only). */
public final class CraftingResource extends CraftingService {
    private final CraftService crafts;
    private final StoredJson replies;
    private final CraftingMapper mapper = CraftingMapper.INSTANCE;

    public CraftingResource(CraftService crafts, StoredJson replies) {
        this.crafts = crafts;
        this.replies = replies;
    }

    @Override
    protected void handleListRecipes(ServerRequest request, ServerResponse response, Optional<String> outputItemId,
                                     Optional<Integer> page, Optional<Integer> limit) {
        ListRecipesOp.Response200.builder()
                .response(mapper.recipePage(crafts.recipes().list(outputItemId, PageRequest.of(page, limit))))
                .send(response);
    }

    @Override
    protected void handleGetRecipe(ServerRequest request, ServerResponse response, String recipeId) {
        GetRecipeOp.Response200.builder().response(mapper.recipe(crafts.recipes().require(recipeId))).send(response);
    }

    @Override
    protected void handleStartCraft(ServerRequest request, ServerResponse response, UUID characterId,
                                    String idempotencyKey, StartCraftRequestDto body) {
        StoredResponse stored = crafts.start(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), characterId, body.getRecipeId(), craft -> replies.write(mapper.craft(craft)));
        StartCraftOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), CraftDto.class)).send(response);
    }

    @Override
    protected void handleListCrafts(ServerRequest request, ServerResponse response, UUID characterId,
                                    Optional<CraftStatusDto> status, Optional<Integer> page, Optional<Integer> limit) {
        var found = crafts.list(PlayerCaller.require(request).accountId(), characterId,
                status.map(s -> CraftStatus.valueOf(s.name())).orElse(null), PageRequest.of(page, limit));
        ListCraftsOp.Response200.builder().response(mapper.craftPage(found)).send(response);
    }

    @Override
    protected void handleGetCraft(ServerRequest request, ServerResponse response, UUID characterId, UUID craftId) {
        GetCraftOp.Response200.builder()
                .response(mapper.craft(crafts.get(PlayerCaller.require(request).accountId(), characterId, craftId)))
                .send(response);
    }

    @Override
    protected void handleCollectCraft(ServerRequest request, ServerResponse response, UUID characterId, UUID craftId,
                                      String idempotencyKey) {
        StoredResponse stored = crafts.collect(PlayerCaller.require(request).accountId(), idempotencyKey, characterId,
                craftId, craft -> replies.write(mapper.craft(craft)));
        CollectCraftOp.Response200.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), CraftDto.class)).send(response);
    }

    @Override
    protected void handleCancelCraft(ServerRequest request, ServerResponse response, UUID characterId, UUID craftId,
                                     String idempotencyKey) {
        StoredResponse stored = crafts.cancel(PlayerCaller.require(request).accountId(), idempotencyKey, characterId,
                craftId, craft -> replies.write(mapper.craft(craft)));
        CancelCraftOp.Response200.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), CraftDto.class)).send(response);
    }
}
