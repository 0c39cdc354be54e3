package com.necpgame.character.api;

import java.time.Clock;
import java.util.UUID;

import com.necpgame.character.character.CharacterService;
import com.necpgame.character.mapping.CharacterMapper;
import com.necpgame.character.model.QuestProgressSyncDto;
import com.necpgame.character.quest.QuestProgressReadModel;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * getCharacterSnapshot and syncQuestProgress, for other services: the platform admits only service tokens of
 * the services named in each operation's x-callers.
 */
public final class InternalResource extends InternalService {
    private final CharacterService characters;
    private final QuestProgressReadModel quests;
    private final Clock clock;
    private final CharacterMapper mapper = CharacterMapper.INSTANCE;

    public InternalResource(CharacterService characters, QuestProgressReadModel quests, Clock clock) {
        this.characters = characters;
        this.quests = quests;
        this.clock = clock;
    }

    @Override
    protected void handleGetCharacterSnapshot(ServerRequest request, ServerResponse response, UUID characterId) {
        GetCharacterSnapshotOp.Response200.builder()
                .response(mapper.snapshot(characters.snapshot(characterId), clock.instant()))
                .send(response);
    }

    @Override
    protected void handleSyncQuestProgress(ServerRequest request, ServerResponse response, UUID characterId,
                                           String questId, QuestProgressSyncDto body) {
        SyncQuestProgressOp.Response200.builder()
                .response(mapper.syncResult(quests.sync(characterId, questId, mapper.questPush(body))))
                .send(response);
    }
}
