package com.necpgame.character.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.character.mapping.CharacterMapper;
import com.necpgame.character.model.QuestStatusDto;
import com.necpgame.character.quest.QuestProgressReadModel;
import com.necpgame.character.quest.QuestStatus;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** getQuestProgress and getQuestProgressEntry: the player's view of the read model. */
public final class QuestProgressResource extends QuestProgressService {
    private final QuestProgressReadModel quests;
    private final CharacterMapper mapper = CharacterMapper.INSTANCE;

    public QuestProgressResource(QuestProgressReadModel quests) {
        this.quests = quests;
    }

    @Override
    protected void handleGetQuestProgress(ServerRequest request, ServerResponse response, UUID characterId,
                                          Optional<Integer> page, Optional<Integer> limit,
                                          Optional<QuestStatusDto> status) {
        var progress = quests.list(PlayerCaller.require(request).accountId(), characterId,
                status.map(s -> QuestStatus.valueOf(s.name())), PageRequest.of(page, limit));
        GetQuestProgressOp.Response200.builder().response(mapper.questProgressPage(progress)).send(response);
    }

    @Override
    protected void handleGetQuestProgressEntry(ServerRequest request, ServerResponse response, UUID characterId,
                                               String questId) {
        var progress = quests.get(PlayerCaller.require(request).accountId(), characterId, questId);
        GetQuestProgressEntryOp.Response200.builder().response(mapper.questProgress(progress)).send(response);
    }
}
