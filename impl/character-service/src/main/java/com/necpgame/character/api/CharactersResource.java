package com.necpgame.character.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.character.character.CharacterService;
import com.necpgame.character.mapping.CharacterMapper;
import com.necpgame.character.model.CharacterCreateRequestDto;
import com.necpgame.character.model.CharacterUpdateRequestDto;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** createCharacter, listMyCharacters, getCharacter, updateCharacter, deleteCharacter, restoreCharacter. */
public final class CharactersResource extends CharactersService {
    static final String BASE_PATH = "/api/v1/characters";
    private final CharacterService characters;
    private final CharacterMapper mapper = CharacterMapper.INSTANCE;

    public CharactersResource(CharacterService characters) {
        this.characters = characters;
    }

    @Override
    protected void handleCreateCharacter(ServerRequest request, ServerResponse response,
                                         CharacterCreateRequestDto body) {
        var character = characters.create(PlayerCaller.require(request).accountId(), mapper.newCharacter(body));
        CreateCharacterOp.Response201.builder()
                .location(BASE_PATH + "/" + character.id())
                .response(mapper.character(character))
                .send(response);
    }

    @Override
    protected void handleListMyCharacters(ServerRequest request, ServerResponse response, Optional<Integer> page,
                                          Optional<Integer> limit, Optional<Boolean> includeDeleted) {
        var characters = this.characters.list(PlayerCaller.require(request).accountId(),
                includeDeleted.orElse(false), PageRequest.of(page, limit));
        ListMyCharactersOp.Response200.builder().response(mapper.characterPage(characters)).send(response);
    }

    @Override
    protected void handleGetCharacter(ServerRequest request, ServerResponse response, UUID characterId) {
        var character = characters.get(PlayerCaller.require(request).accountId(), characterId);
        GetCharacterOp.Response200.builder().response(mapper.character(character)).send(response);
    }

    @Override
    protected void handleUpdateCharacter(ServerRequest request, ServerResponse response, UUID characterId,
                                         CharacterUpdateRequestDto body) {
        var character = characters.update(PlayerCaller.require(request).accountId(), characterId,
                mapper.profileChange(body));
        UpdateCharacterOp.Response200.builder().response(mapper.character(character)).send(response);
    }

    @Override
    protected void handleDeleteCharacter(ServerRequest request, ServerResponse response, UUID characterId) {
        var character = characters.delete(PlayerCaller.require(request).accountId(), characterId);
        DeleteCharacterOp.Response200.builder().response(mapper.character(character)).send(response);
    }

    @Override
    protected void handleRestoreCharacter(ServerRequest request, ServerResponse response, UUID characterId) {
        var character = characters.restore(PlayerCaller.require(request).accountId(), characterId);
        RestoreCharacterOp.Response200.builder().response(mapper.character(character)).send(response);
    }
}
