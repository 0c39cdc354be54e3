package com.necpgame.world.api;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.idempotency.StoredJson;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.world.mapping.WorldMapper;
import com.necpgame.world.model.DefineQuestConsequencesRequestDto;
import com.necpgame.world.model.QuestConsequenceApplicationDto;
import com.necpgame.world.model.QuestConsequenceRequestDto;
import com.necpgame.world.model.StoryEffectTypeDto;
import com.necpgame.world.quest.QuestConsequenceService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * listQuestConsequences, getQuestConsequences, defineQuestConsequences (operator), previewQuestConsequences,
 * applyQuestConsequences (internal, idempotent by Idempotency-Key), listCharacterStoryState.
 */
public final class QuestConsequencesResource extends QuestConsequencesService {
    private final QuestConsequenceService consequences;
    private final StoredJson stored;
    private final WorldMapper mapper = WorldMapper.INSTANCE;

    public QuestConsequencesResource(QuestConsequenceService consequences, ObjectMapper json) {
        this.consequences = consequences;
        this.stored = new StoredJson(json);
    }

    @Override
    protected void handleListQuestConsequences(ServerRequest request, ServerResponse response, Optional<String> questId,
                                               Optional<Integer> page, Optional<Integer> limit) {
        ListQuestConsequencesOp.Response200.builder()
                .response(mapper.consequenceSetPage(consequences.list(questId, PageRequest.of(page, limit))))
                .send(response);
    }

    @Override
    protected void handleGetQuestConsequences(ServerRequest request, ServerResponse response, String questId,
                                              String branchId) {
        GetQuestConsequencesOp.Response200.builder()
                .response(mapper.consequenceSet(consequences.get(questId, branchId))).send(response);
    }

    @Override
    protected void handleDefineQuestConsequences(ServerRequest request, ServerResponse response, String questId,
                                                 String branchId, DefineQuestConsequencesRequestDto body) {
        var set = consequences.define(Callers.actor(request), questId, branchId, body.getExpectedVersion(),
                mapper.questEffects(body.getEffects()));
        DefineQuestConsequencesOp.Response200.builder().response(mapper.consequenceSet(set)).send(response);
    }

    @Override
    protected void handlePreviewQuestConsequences(ServerRequest request, ServerResponse response,
                                                  QuestConsequenceRequestDto body) {
        var preview = consequences.preview(Callers.playerAccount(request), mapper.consequenceRequest(body));
        PreviewQuestConsequencesOp.Response200.builder().response(mapper.preview(preview)).send(response);
    }

    @Override
    protected void handleApplyQuestConsequences(ServerRequest request, ServerResponse response, String idempotencyKey,
                                                QuestConsequenceRequestDto body) {
        StoredResponse stored = consequences.apply(Callers.actor(request), mapper.consequenceRequest(body),
                idempotencyKey, request.content().as(byte[].class),
                application -> write(mapper.application(application)));
        ApplyQuestConsequencesOp.Response201.builder()
                .idempotencyReplayed(stored.replayed())
                .response(read(stored.body()))
                .send(response);
    }

    @Override
    protected void handleListCharacterStoryState(ServerRequest request, ServerResponse response, UUID characterId,
                                                 Optional<StoryEffectTypeDto> type, Optional<Integer> page,
                                                 Optional<Integer> limit) {
        var story = consequences.story(Callers.playerAccount(request), characterId, type.map(mapper::storyType),
                PageRequest.of(page, limit));
        ListCharacterStoryStateOp.Response200.builder().response(mapper.storyPage(story)).send(response);
    }

    private String write(QuestConsequenceApplicationDto application) {
        return stored.write(application);
    }

    private QuestConsequenceApplicationDto read(String body) {
        return stored.read(body, QuestConsequenceApplicationDto.class);
    }
}
