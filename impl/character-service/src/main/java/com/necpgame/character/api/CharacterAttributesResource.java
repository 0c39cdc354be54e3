package com.necpgame.character.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.character.character.CharacterService;
import com.necpgame.character.mapping.CharacterMapper;
import com.necpgame.character.model.AttributeAllocationDto;
import com.necpgame.character.model.CharacterAttributesDto;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** getCharacterAttributes and allocateAttributePoints (idempotent by Idempotency-Key). */
public final class CharacterAttributesResource extends CharacterAttributesService {
    private final CharacterService characters;
    private final ObjectMapper json;
    private final CharacterMapper mapper = CharacterMapper.INSTANCE;

    public CharacterAttributesResource(CharacterService characters, ObjectMapper json) {
        this.characters = characters;
        this.json = json;
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
                mapper.allocation(body), idempotencyKey, request.content().as(byte[].class),
                character -> write(mapper.attributes(character)));
        AllocateAttributePointsOp.Response200.builder()
                .idempotencyReplayed(stored.replayed())
                .response(read(stored.body()))
                .send(response);
    }

    private String write(CharacterAttributesDto attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CharacterAttributesDto read(String body) {
        try {
            return json.readValue(body, CharacterAttributesDto.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored allocation response is not CharacterAttributes", e);
        }
    }
}
