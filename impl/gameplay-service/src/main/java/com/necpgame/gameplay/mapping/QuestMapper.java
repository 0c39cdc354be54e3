package com.necpgame.gameplay.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;

import com.necpgame.gameplay.model.DeliveryStatusDto;
import com.necpgame.gameplay.model.QuestChoiceOptionDto;
import com.necpgame.gameplay.model.QuestCompletionDto;
import com.necpgame.gameplay.model.QuestDto;
import com.necpgame.gameplay.model.QuestPageDto;
import com.necpgame.gameplay.model.QuestRewardDto;
import com.necpgame.gameplay.model.QuestSessionDto;
import com.necpgame.gameplay.model.QuestSessionPageDto;
import com.necpgame.gameplay.model.QuestSkillCheckOptionDto;
import com.necpgame.gameplay.model.QuestStatusDto;
import com.necpgame.gameplay.model.SkillCheckResultDto;
import com.necpgame.gameplay.quest.Quest;
import com.necpgame.gameplay.quest.QuestCompletion;
import com.necpgame.gameplay.quest.QuestSession;
import com.necpgame.gameplay.quest.QuestSessionView;
import com.necpgame.gameplay.quest.SkillCheckOutcome;
import com.necpgame.platform.paging.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Quests and quest sessions to the generated API models. Times go out as UTC offsets. */
@Mapper
public interface QuestMapper {
    QuestMapper INSTANCE = Mappers.getMapper(QuestMapper.class);

    QuestDto quest(Quest quest);

    QuestRewardDto reward(Quest.Reward reward);

    @Mapping(target = "leadsToBranchId", source = "outcome.branchId")
    QuestChoiceOptionDto choice(Quest.Choice choice);

    QuestSkillCheckOptionDto skillCheck(Quest.SkillCheck check);

    default QuestPageDto questPage(Page<Quest> page) {
        return new QuestPageDto(page.items().stream().map(this::quest).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default QuestSessionDto session(QuestSessionView view) {
        QuestSession s = view.session();
        QuestSessionDto dto = new QuestSessionDto();
        dto.setQuestSessionId(s.id());
        dto.setQuestId(s.questId());
        dto.setCharacterId(s.characterId());
        dto.setServerId(s.serverId());
        dto.setStatus(QuestStatusDto.valueOf(s.status().name()));
        dto.setBranchId(s.branchId());
        dto.setNodeId(s.nodeId());
        dto.setProgress(s.progress());
        dto.setObjectives(new LinkedHashMap<>(s.objectives()));
        dto.setAvailableChoices(view.availableChoices().stream().map(this::choice).toList());
        dto.setAvailableSkillChecks(view.availableSkillChecks().stream().map(this::skillCheck).toList());
        dto.setStartedAt(offset(s.startedAt()));
        dto.setUpdatedAt(offset(s.updatedAt()));
        dto.setEndedAt(offset(s.endedAt()));
        dto.setProgressSync(DeliveryStatusDto.valueOf(view.progressSync().name()));
        dto.setConsequencesSync(DeliveryStatusDto.valueOf(view.consequencesSync().name()));
        return dto;
    }

    default QuestSessionPageDto sessionPage(Page<QuestSessionView> page) {
        return new QuestSessionPageDto(page.items().stream().map(this::session).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default SkillCheckResultDto skillCheckResult(SkillCheckOutcome outcome) {
        var c = outcome.check();
        SkillCheckResultDto dto = new SkillCheckResultDto();
        dto.setCheckId(c.checkId());
        dto.setRoll(c.roll());
        dto.setSkill(c.skill());
        dto.setSkillRank(c.skillRank());
        dto.setAttribute(com.necpgame.gameplay.model.AttributeDto.valueOf(c.attribute().name()));
        dto.setAttributeValue(c.attributeValue());
        dto.setAttributeModifier(c.attributeModifier());
        dto.setModifier(c.modifier());
        dto.setTotal(c.total());
        dto.setDc(c.dc());
        dto.setPassed(c.passed());
        dto.setRolledAt(offset(c.rolledAt()));
        dto.setQuestSession(session(outcome.session()));
        return dto;
    }

    default QuestCompletionDto completion(QuestCompletion completion) {
        QuestCompletionDto dto = new QuestCompletionDto();
        dto.setQuestSession(session(completion.session()));
        dto.setRewards(completion.rewards().stream().map(this::reward).toList());
        dto.setCompletedAt(offset(completion.completedAt()));
        return dto;
    }

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
