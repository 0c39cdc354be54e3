package com.necpgame.gameplay.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.necpgame.gameplay.combat.CombatAction;
import com.necpgame.gameplay.combat.CombatRules;
import com.necpgame.gameplay.combat.CombatSession;
import com.necpgame.gameplay.combat.CombatTypes;
import com.necpgame.gameplay.combat.Participant;
import com.necpgame.gameplay.model.CombatActionPageDto;
import com.necpgame.gameplay.model.CombatActionResultDto;
import com.necpgame.gameplay.model.CombatParticipantDto;
import com.necpgame.gameplay.model.CombatSessionDto;
import com.necpgame.gameplay.model.CombatSessionPageDto;
import com.necpgame.gameplay.model.DamageBreakdownDto;
import com.necpgame.gameplay.model.StartCombatSessionRequestDto;
import com.necpgame.platform.paging.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Combat sessions and actions to the generated API models (owners' account ids and stats stay inside). */
@Mapper
public interface CombatMapper {
    CombatMapper INSTANCE = Mappers.getMapper(CombatMapper.class);

    @Mapping(target = "sessionId", source = "id")
    CombatSessionDto session(CombatSession session);

    @Mapping(target = "defeated", expression = "java(participant.defeated())")
    CombatParticipantDto participant(Participant participant);

    CombatActionResultDto action(CombatAction action);

    DamageBreakdownDto damage(CombatAction.Damage damage);

    default CombatSessionPageDto sessionPage(Page<CombatSession> page) {
        return new CombatSessionPageDto(page.items().stream().map(this::session).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default CombatActionPageDto actionPage(Page<CombatAction> page) {
        return new CombatActionPageDto(page.items().stream().map(this::action).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default CombatRules.StartRequest startRequest(StartCombatSessionRequestDto body) {
        return new CombatRules.StartRequest(CombatTypes.SessionType.valueOf(body.getType().name()),
                body.getCharacterId(), Optional.ofNullable(body.getEncounterId()),
                body.getOpponentCharacterIds() == null ? List.of() : List.copyOf(body.getOpponentCharacterIds()),
                Optional.ofNullable(body.getQuestSessionId()));
    }

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
