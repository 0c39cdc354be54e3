package com.necpgame.gameplay.api;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.gameplay.combat.CombatRules;
import com.necpgame.gameplay.combat.CombatTypes;
import com.necpgame.gameplay.mapping.CombatMapper;
import com.necpgame.gameplay.model.AttackRequestDto;
import com.necpgame.gameplay.model.CombatActionResultDto;
import com.necpgame.gameplay.model.CombatSessionStatusDto;
import com.necpgame.gameplay.model.StartCombatSessionRequestDto;
import com.necpgame.gameplay.model.UseItemRequestDto;
import com.necpgame.gameplay.model.UseSkillRequestDto;
import com.necpgame.platform.idempotency.StoredJson;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Combat sessions and the actions attack, use-skill, use-item (idempotent by Idempotency-Key) and flee. */
public final class CombatResource extends CombatService {
    private final com.necpgame.gameplay.combat.CombatRules combat;
    private final StoredJson stored;
    private final CombatMapper mapper = CombatMapper.INSTANCE;

    public CombatResource(com.necpgame.gameplay.combat.CombatRules combat, ObjectMapper json) {
        this.combat = combat;
        this.stored = new StoredJson(json);
    }

    @Override
    protected void handleStartCombatSession(ServerRequest request, ServerResponse response,
                                            StartCombatSessionRequestDto body) {
        var session = combat.start(PlayerCaller.require(request).accountId(), mapper.startRequest(body));
        StartCombatSessionOp.Response201.builder().response(mapper.session(session)).send(response);
    }

    @Override
    protected void handleListCombatSessions(ServerRequest request, ServerResponse response,
                                            Optional<UUID> characterId, Optional<CombatSessionStatusDto> status,
                                            Optional<Integer> page, Optional<Integer> limit) {
        var sessions = combat.list(PlayerCaller.require(request).accountId(), characterId,
                status.map(s -> CombatTypes.Status.valueOf(s.name())), PageRequest.of(page, limit));
        ListCombatSessionsOp.Response200.builder().response(mapper.sessionPage(sessions)).send(response);
    }

    @Override
    protected void handleGetCombatSession(ServerRequest request, ServerResponse response, UUID sessionId) {
        var session = combat.get(PlayerCaller.require(request).accountId(), sessionId);
        GetCombatSessionOp.Response200.builder().response(mapper.session(session)).send(response);
    }

    @Override
    protected void handleListCombatActions(ServerRequest request, ServerResponse response, UUID sessionId,
                                           Optional<Integer> page, Optional<Integer> limit) {
        var actions = combat.actions(PlayerCaller.require(request).accountId(), sessionId, PageRequest.of(page, limit));
        ListCombatActionsOp.Response200.builder().response(mapper.actionPage(actions)).send(response);
    }

    @Override
    protected void handleAttackInCombat(ServerRequest request, ServerResponse response, UUID sessionId,
                                        AttackRequestDto body) {
        var action = combat.attack(PlayerCaller.require(request).accountId(), sessionId, body.getActionId(),
                body.getTargetParticipantId());
        AttackInCombatOp.Response200.builder().response(mapper.action(action)).send(response);
    }

    @Override
    protected void handleUseCombatSkill(ServerRequest request, ServerResponse response, UUID sessionId,
                                        UseSkillRequestDto body) {
        var action = combat.useSkill(PlayerCaller.require(request).accountId(), sessionId, body.getActionId(),
                body.getSkillId(), Optional.ofNullable(body.getTargetParticipantId()));
        UseCombatSkillOp.Response200.builder().response(mapper.action(action)).send(response);
    }

    @Override
    protected void handleUseCombatItem(ServerRequest request, ServerResponse response, UUID sessionId,
                                       String idempotencyKey, UseItemRequestDto body) {
        StoredResponse reply = combat.useItem(PlayerCaller.require(request).accountId(), sessionId, idempotencyKey,
                StoredJson.body(request), body.getItemId(), Optional.ofNullable(body.getTargetParticipantId()),
                action -> stored.write(mapper.action(action)));
        UseCombatItemOp.Response200.builder().idempotencyReplayed(reply.replayed())
                .response(stored.read(reply.body(), CombatActionResultDto.class)).send(response);
    }

    @Override
    protected void handleFleeCombat(ServerRequest request, ServerResponse response, UUID sessionId) {
        var action = combat.flee(PlayerCaller.require(request).accountId(), sessionId);
        FleeCombatOp.Response200.builder().response(mapper.action(action)).send(response);
    }
}
