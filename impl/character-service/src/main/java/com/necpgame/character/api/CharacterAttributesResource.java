package com.necpgame.character.api;

import java.util.UUID;

import com.necpgame.character.character.CharacterService;
import com.necpgame.character.mapping.CharacterMapper;
import com.necpgame.character.model.AttributeAllocationDto;
import com.necpgame.character.model.CharacterAttributesDto;
import com.necpgame.platform.idempotency.StoredJson;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** getCharacterAttributes and allocateAttributePoints (idempotent by Idempotency-Key). */
public final class CharacterAttributesResource extends CharacterAttributesService {
    private final CharacterService characters;
    private final StoredJson replies;
    private final CharacterMapper mapper = CharacterMapper.INSTANCE;

    public CharacterAttributesResource(CharacterService characters, StoredJson replies) {
        this.characters = characters;
        this.replies = replies;
    }

    @Override
    protected void handleGetCharacterAttributes(ServerRequest request, ServerResponse response, UUID characterId) {
        var character = characters.get(PlayerCaller.require(request).accountId(), characterId);
        GetCharacterAttributesOp.Response200.builder().response(mapper.attributes(character)).send(response);
    }

    @Override
    protected void handleAllocateAttributePoints(ServerRequest request, ServerResponse response, UUID characterId,
                                                 String idempotencyKey, AttributeAllocationDto body) {
        StoredResponse stored = characters.allocate(PlayerCaller.require(request).accountId(), characterId,
                mapper.allocation(body), idempotencyKey, StoredJson.body(request),
                character -> replies.write(mapper.attributes(character)));
        AllocateAttributePointsOp.Response200.builder()
                .idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), CharacterAttributesDto.class))
                .send(response);
    }
}
