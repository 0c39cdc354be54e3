package com.necpgame.gameplay.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.gameplay.mapping.QuestMapper;
import com.necpgame.gameplay.model.QuestChoiceRequestDto;
import com.necpgame.gameplay.model.QuestCompletionDto;
import com.necpgame.gameplay.model.SkillCheckRequestDto;
import com.necpgame.gameplay.model.StartQuestRequestDto;
import com.necpgame.gameplay.quest.QuestService;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The quest catalogue and quest sessions: start, list, choices, skill checks, complete (idempotent), abandon. */
public final class QuestsResource extends QuestsService {
    private final QuestService quests;
    private final ObjectMapper json;
    private final QuestMapper mapper = QuestMapper.INSTANCE;

    public QuestsResource(QuestService quests, ObjectMapper json) {
        this.quests = quests;
        this.json = json;
    }

    @Override
    protected void handleListQuests(ServerRequest request, ServerResponse response, Optional<Integer> maxLevel,
                                    Optional<Integer> page, Optional<Integer> limit) {
        ListQuestsOp.Response200.builder()
                .response(mapper.questPage(quests.quests(maxLevel, PageRequest.of(page, limit)))).send(response);
    }

    @Override
    protected void handleGetQuest(ServerRequest request, ServerResponse response, String questId) {
        GetQuestOp.Response200.builder().response(mapper.quest(quests.quest(questId))).send(response);
    }

    @Override
    protected void handleStartQuest(ServerRequest request, ServerResponse response, StartQuestRequestDto body) {
        var session = quests.start(PlayerCaller.require(request).accountId(), body.getCharacterId(),
                body.getQuestId(), body.getServerId());
        StartQuestOp.Response201.builder().response(mapper.session(session)).send(response);
    }

    @Override
    protected void handleListActiveQuests(ServerRequest request, ServerResponse response, UUID characterId,
                                          Optional<Integer> page, Optional<Integer> limit) {
        var active = quests.active(PlayerCaller.require(request).accountId(), characterId, PageRequest.of(page, limit));
        ListActiveQuestsOp.Response200.builder().response(mapper.sessionPage(active)).send(response);
    }

    @Override
    protected void handleGetQuestSession(ServerRequest request, ServerResponse response, UUID questSessionId) {
        var session = quests.get(PlayerCaller.require(request).accountId(), questSessionId);
        GetQuestSessionOp.Response200.builder().response(mapper.session(session)).send(response);
    }

    @Override
    protected void handleMakeQuestChoice(ServerRequest request, ServerResponse response, UUID questSessionId,
                                         QuestChoiceRequestDto body) {
        var session = quests.choose(PlayerCaller.require(request).accountId(), questSessionId, body.getChoiceId());
        MakeQuestChoiceOp.Response200.builder().response(mapper.session(session)).send(response);
    }

    @Override
    protected void handleRollQuestSkillCheck(ServerRequest request, ServerResponse response, UUID questSessionId,
                                             SkillCheckRequestDto body) {
        var outcome = quests.rollCheck(PlayerCaller.require(request).accountId(), questSessionId, body.getCheckId());
        RollQuestSkillCheckOp.Response200.builder().response(mapper.skillCheckResult(outcome)).send(response);
    }

    @Override
    protected void handleCompleteQuest(ServerRequest request, ServerResponse response, UUID questSessionId,
                                       String idempotencyKey) {
        StoredResponse stored = quests.complete(PlayerCaller.require(request).accountId(), questSessionId,
                idempotencyKey, completion -> write(mapper.completion(completion)));
        CompleteQuestOp.Response200.builder()
                .idempotencyReplayed(stored.replayed())
                .response(read(stored.body()))
                .send(response);
    }

    @Override
    protected void handleAbandonQuest(ServerRequest request, ServerResponse response, UUID questSessionId) {
        var session = quests.abandon(PlayerCaller.require(request).accountId(), questSessionId);
        AbandonQuestOp.Response200.builder().response(mapper.session(session)).send(response);
    }

    private String write(QuestCompletionDto completion) {
        try {
            return json.writeValueAsString(completion);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private QuestCompletionDto read(String body) {
        try {
            return json.readValue(body, QuestCompletionDto.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored completion is not a QuestCompletion", e);
        }
    }
}
