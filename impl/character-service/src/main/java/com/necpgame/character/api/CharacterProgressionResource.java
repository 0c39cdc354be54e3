package com.necpgame.character.api;

import java.util.UUID;

import com.necpgame.character.character.CharacterService;
import com.necpgame.character.mapping.CharacterMapper;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** getCharacterProgression. */
public final class CharacterProgressionResource extends CharacterProgressionService {
    private final CharacterService characters;
    private final CharacterMapper mapper = CharacterMapper.INSTANCE;

    public CharacterProgressionResource(CharacterService characters) {
        this.characters = characters;
    }

    @Override
    protected void handleGetCharacterProgression(ServerRequest request, ServerResponse response, UUID characterId) {
        var character = characters.get(PlayerCaller.require(request).accountId(), characterId);
        GetCharacterProgressionOp.Response200.builder().response(mapper.progression(character)).send(response);
    }
}
