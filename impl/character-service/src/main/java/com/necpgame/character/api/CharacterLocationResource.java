package com.necpgame.character.api;

import java.util.UUID;

import com.necpgame.character.character.CharacterService;
import com.necpgame.character.mapping.CharacterMapper;
import com.necpgame.character.model.CharacterLocationUpdateDto;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** getCharacterLocation and updateCharacterLocation. */
public final class CharacterLocationResource extends CharacterLocationService {
    private final CharacterService characters;
    private final CharacterMapper mapper = CharacterMapper.INSTANCE;

    public CharacterLocationResource(CharacterService characters) {
        this.characters = characters;
    }

    @Override
    protected void handleGetCharacterLocation(ServerRequest request, ServerResponse response, UUID characterId) {
        var character = characters.get(PlayerCaller.require(request).accountId(), characterId);
        GetCharacterLocationOp.Response200.builder().response(mapper.location(character.location())).send(response);
    }

    @Override
    protected void handleUpdateCharacterLocation(ServerRequest request, ServerResponse response, UUID characterId,
                                                 CharacterLocationUpdateDto body) {
        var location = characters.move(PlayerCaller.require(request).accountId(), characterId,
                mapper.locationUpdate(body));
        UpdateCharacterLocationOp.Response200.builder().response(mapper.location(location)).send(response);
    }
}
