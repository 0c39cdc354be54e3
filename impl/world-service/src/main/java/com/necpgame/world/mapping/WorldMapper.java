package com.necpgame.world.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.platform.paging.Page;
import com.necpgame.world.model.ActiveEffectDto;
import com.necpgame.world.model.ActiveEffectSourceDto;
import com.necpgame.world.model.CampaignSnapshotDto;
import com.necpgame.world.model.CampaignStatusDto;
import com.necpgame.world.model.ChangeSourceDto;
import com.necpgame.world.model.ClimateProtocolActivationDto;
import com.necpgame.world.model.ClimateProtocolDto;
import com.necpgame.world.model.ClimateProtocolPageDto;
import com.necpgame.world.model.ClimateProtocolStatusDto;
import com.necpgame.world.model.EffectScopeDto;
import com.necpgame.world.model.GameServerDto;
import com.necpgame.world.model.GameServerPageDto;
import com.necpgame.world.model.QuestConsequenceApplicationDto;
import com.necpgame.world.model.QuestConsequenceDeltaDto;
import com.necpgame.world.model.QuestConsequencePreviewDto;
import com.necpgame.world.model.QuestConsequenceRequestDto;
import com.necpgame.world.model.QuestConsequenceSetDto;
import com.necpgame.world.model.QuestConsequenceSetPageDto;
import com.necpgame.world.model.QuestEffectDto;
import com.necpgame.world.model.QuestEffectTypeDto;
import com.necpgame.world.model.StoryEffectTypeDto;
import com.necpgame.world.model.StoryStateEntryDto;
import com.necpgame.world.model.StoryStateEntryPageDto;
import com.necpgame.world.model.SubscriberServiceDto;
import com.necpgame.world.model.ThroneOfSandAuditActionDto;
import com.necpgame.world.model.ThroneOfSandBranchDto;
import com.necpgame.world.model.ThroneOfSandCampaignDto;
import com.necpgame.world.model.ThroneOfSandCampaignPageDto;
import com.necpgame.world.model.ThroneOfSandDecisionDto;
import com.necpgame.world.model.ThroneOfSandDecisionPageDto;
import com.necpgame.world.model.ThroneOfSandDecisionRequestDto;
import com.necpgame.world.model.WorldStateEntryDto;
import com.necpgame.world.model.WorldStateEntryPageDto;
import com.necpgame.world.model.WorldStateKeyVersionDto;
import com.necpgame.world.model.WorldStateRevisionDto;
import com.necpgame.world.model.WorldStateRevisionPageDto;
import com.necpgame.world.model.WorldStateSubscriptionDto;
import com.necpgame.world.model.WorldStateSubscriptionPageDto;
import com.necpgame.world.quest.Application;
import com.necpgame.world.quest.ConsequenceRequest;
import com.necpgame.world.quest.ConsequenceSet;
import com.necpgame.world.quest.Delta;
import com.necpgame.world.quest.EffectType;
import com.necpgame.world.quest.Preview;
import com.necpgame.world.quest.QuestEffect;
import com.necpgame.world.quest.StoryEntry;
import com.necpgame.world.servers.GameServer;
import com.necpgame.world.state.WorldStateEntry;
import com.necpgame.world.state.WorldStateRevision;
import com.necpgame.world.subscription.Subscriber;
import com.necpgame.world.subscription.Subscription;
import com.necpgame.world.throne.ActiveEffect;
import com.necpgame.world.throne.Activation;
import com.necpgame.world.throne.AuditAction;
import com.necpgame.world.throne.AuditEntry;
import com.necpgame.world.throne.Branch;
import com.necpgame.world.throne.Campaign;
import com.necpgame.world.throne.CampaignSnapshot;
import com.necpgame.world.throne.CampaignView;
import com.necpgame.world.throne.Decision;
import com.necpgame.world.throne.DecisionType;
import com.necpgame.world.throne.KeyVersion;
import com.necpgame.world.throne.ProtocolState;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/**
 * Domain records to the generated API models and back. JSON values are Jackson objects in the domain and maps in
 * the models; absent optionals go out as absent fields (never as empty objects); times go out as UTC offsets.
 */
@Mapper
public interface WorldMapper {
    WorldMapper INSTANCE = Mappers.getMapper(WorldMapper.class);
    ObjectMapper JSON = new ObjectMapper();
    TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    GameServerDto gameServer(GameServer server);

    default GameServerPageDto gameServerPage(Page<GameServer> page) {
        return new GameServerPageDto(items(page, this::gameServer), page.request().page(), page.request().limit(),
                page.total());
    }

    // --- world state ---------------------------------------------------------------------------------------

    default WorldStateEntryDto entry(WorldStateEntry e) {
        return new WorldStateEntryDto(e.serverId(), e.key(), map(e.value()), e.version(),
                ChangeSourceDto.valueOf(e.changeSource().name()), e.updatedByQuest().orElse(null), e.updatedBy(),
                offset(e.updatedAt()));
    }

    default WorldStateEntryPageDto entryPage(Page<WorldStateEntry> page) {
        return new WorldStateEntryPageDto(items(page, this::entry), page.request().page(), page.request().limit(),
                page.total());
    }

    default WorldStateRevisionDto revision(WorldStateRevision r) {
        return new WorldStateRevisionDto(r.serverId(), r.key(), r.version(), map(r.value()),
                r.previousValue().map(this::map).orElse(null), ChangeSourceDto.valueOf(r.changeSource().name()),
                r.updatedByQuest().orElse(null), r.changedBy(), r.reason().orElse(null), offset(r.changedAt()));
    }

    default WorldStateRevisionPageDto revisionPage(Page<WorldStateRevision> page) {
        return new WorldStateRevisionPageDto(items(page, this::revision), page.request().page(),
                page.request().limit(), page.total());
    }

    // --- quest consequences --------------------------------------------------------------------------------

    default QuestEffectDto effect(QuestEffect e) {
        return new QuestEffectDto(QuestEffectTypeDto.valueOf(e.type().name()), e.target(), e.flagValue().orElse(null),
                e.delta().orElse(null), e.value().map(this::map).orElse(null));
    }

    default QuestConsequenceSetDto consequenceSet(ConsequenceSet s) {
        return new QuestConsequenceSetDto(s.questId(), s.branchId(), s.effects().stream().map(this::effect).toList(),
                s.version(), s.updatedBy(), offset(s.updatedAt()));
    }

    default QuestConsequenceSetPageDto consequenceSetPage(Page<ConsequenceSet> page) {
        return new QuestConsequenceSetPageDto(items(page, this::consequenceSet), page.request().page(),
                page.request().limit(), page.total());
    }

    default QuestConsequenceDeltaDto delta(Delta d) {
        return new QuestConsequenceDeltaDto(QuestEffectTypeDto.valueOf(d.type().name()),
                EffectScopeDto.valueOf(d.scope().name()), d.target(), d.worldStateKey().orElse(null),
                d.before().map(this::map).orElse(null), map(d.after()), d.changed(), d.newVersion().orElse(null));
    }

    default QuestConsequencePreviewDto preview(Preview p) {
        ConsequenceRequest r = p.request();
        return new QuestConsequencePreviewDto(r.serverId(), r.characterId(), r.questId(), r.branchId(),
                p.consequencesVersion().orElse(null), p.deltas().stream().map(this::delta).toList());
    }

    default QuestConsequenceApplicationDto application(Application a) {
        ConsequenceRequest r = a.request();
        return new QuestConsequenceApplicationDto(a.applicationId(), r.serverId(), r.characterId(), r.questId(),
                r.branchId(), a.consequencesVersion().orElse(null), a.deltas().stream().map(this::delta).toList(),
                offset(a.appliedAt()));
    }

    default StoryStateEntryDto storyEntry(StoryEntry e) {
        return new StoryStateEntryDto(StoryEffectTypeDto.valueOf(e.type().name()), e.target(), map(e.value()),
                e.updatedByQuest().orElse(null), offset(e.updatedAt()));
    }

    default StoryStateEntryPageDto storyPage(Page<StoryEntry> page) {
        return new StoryStateEntryPageDto(items(page, this::storyEntry), page.request().page(), page.request().limit(),
                page.total());
    }

    // --- subscriptions -------------------------------------------------------------------------------------

    default WorldStateSubscriptionDto subscription(Subscription s) {
        return new WorldStateSubscriptionDto(s.id(), SubscriberServiceDto.valueOf(s.subscriber().name()),
                s.keyPattern().text(), s.serverId().orElse(null), s.createdBy(), offset(s.createdAt()),
                s.pendingChanges(), s.lastDeliveredAt().map(this::offset).orElse(null));
    }

    default WorldStateSubscriptionPageDto subscriptionPage(Page<Subscription> page) {
        return new WorldStateSubscriptionPageDto(items(page, this::subscription), page.request().page(),
                page.request().limit(), page.total());
    }

    // --- throne of sand ------------------------------------------------------------------------------------

    default ThroneOfSandCampaignDto campaign(CampaignView view) {
        Campaign c = view.campaign();
        return new ThroneOfSandCampaignDto(c.serverId(), CampaignStatusDto.valueOf(c.status().name()), c.chapter(),
                c.act(), c.branch().map(this::branch).orElse(null), c.branchLocked(), c.progress(),
                view.activeEffects().stream().map(this::activeEffect).toList(), c.version(), offset(c.startedAt()),
                offset(c.updatedAt()), c.completedAt().map(this::offset).orElse(null));
    }

    default ThroneOfSandCampaignPageDto campaignPage(Page<CampaignView> page) {
        return new ThroneOfSandCampaignPageDto(items(page, this::campaign), page.request().page(),
                page.request().limit(), page.total());
    }

    default ActiveEffectDto activeEffect(ActiveEffect e) {
        return new ActiveEffectDto(e.effectId(), ActiveEffectSourceDto.valueOf(e.source().name()), e.sourceId(),
                offset(e.startedAt()), e.expiresAt().map(this::offset).orElse(null), map(e.modifiers()));
    }

    default CampaignSnapshotDto snapshot(CampaignSnapshot s) {
        return new CampaignSnapshotDto(CampaignStatusDto.valueOf(s.status().name()), s.chapter(), s.act(),
                s.branch().map(this::branch).orElse(null), s.branchLocked(), s.progress(), s.version());
    }

    default ThroneOfSandDecisionDto auditEntry(AuditEntry e) {
        return new ThroneOfSandDecisionDto(e.decisionId(), e.serverId(),
                ThroneOfSandAuditActionDto.valueOf(e.action().name()), e.branch().map(this::branch).orElse(null),
                e.progressDelta().orElse(null), e.protocolId().orElse(null), e.reason(), e.actor(),
                e.before().map(this::snapshot).orElse(null), snapshot(e.after()),
                e.worldStateChanges().stream().map(this::keyVersion).toList(), offset(e.decidedAt()));
    }

    default ThroneOfSandDecisionPageDto auditPage(Page<AuditEntry> page) {
        return new ThroneOfSandDecisionPageDto(items(page, this::auditEntry), page.request().page(),
                page.request().limit(), page.total());
    }

    WorldStateKeyVersionDto keyVersion(KeyVersion change);

    default ClimateProtocolDto protocol(ProtocolState s) {
        boolean active = s.status() == com.necpgame.world.throne.ProtocolStatus.ACTIVE;
        boolean cooling = active || s.status() == com.necpgame.world.throne.ProtocolStatus.COOLING_DOWN;
        return new ClimateProtocolDto(s.protocol().id(), s.protocol().name(), s.protocol().description(),
                (int) s.protocol().effectDuration().toSeconds(), (int) s.protocol().cooldown().toSeconds(),
                ClimateProtocolStatusDto.valueOf(s.status().name()),
                s.last().map(a -> offset(a.activatedAt())).orElse(null),
                active ? s.last().map(a -> offset(a.activeUntil())).orElse(null) : null,
                cooling ? s.last().map(a -> offset(a.availableAt())).orElse(null) : null);
    }

    default ClimateProtocolPageDto protocolPage(Page<ProtocolState> page) {
        return new ClimateProtocolPageDto(items(page, this::protocol), page.request().page(), page.request().limit(),
                page.total());
    }

    default ClimateProtocolActivationDto activation(Activation a) {
        return new ClimateProtocolActivationDto(a.activationId(), a.serverId(), a.protocolId(), offset(a.activatedAt()),
                offset(a.activeUntil()), offset(a.availableAt()), a.campaignVersion(), a.actor());
    }

    // --- requests to the domain ----------------------------------------------------------------------------

    /** An empty {@code value} object counts as absent: the generated model cannot tell the two apart. */
    default QuestEffect questEffect(QuestEffectDto e) {
        return new QuestEffect(EffectType.valueOf(e.getType().name()), e.getTarget(),
                Optional.ofNullable(e.getFlagValue()), Optional.ofNullable(e.getDelta()),
                Optional.ofNullable(e.getValue()).filter(v -> !v.isEmpty()).map(this::object));
    }

    default List<QuestEffect> questEffects(List<QuestEffectDto> effects) {
        return effects == null ? List.of() : effects.stream().map(this::questEffect).toList();
    }

    default ConsequenceRequest consequenceRequest(QuestConsequenceRequestDto r) {
        return new ConsequenceRequest(r.getServerId(), r.getCharacterId(), r.getQuestId(), r.getBranchId());
    }

    default Decision decision(ThroneOfSandDecisionRequestDto r) {
        return new Decision(DecisionType.valueOf(r.getDecisionType().name()), r.getExpectedVersion(),
                Optional.ofNullable(r.getBranch()).map(b -> Branch.valueOf(b.name())),
                Optional.ofNullable(r.getProgressDelta()), r.getReason());
    }

    default Subscriber subscriber(SubscriberServiceDto s) {
        return Subscriber.valueOf(s.name());
    }

    default EffectType storyType(StoryEffectTypeDto t) {
        return EffectType.valueOf(t.name());
    }

    default AuditAction auditAction(ThroneOfSandAuditActionDto a) {
        return AuditAction.valueOf(a.name());
    }

    // --- types ---------------------------------------------------------------------------------------------

    default ThroneOfSandBranchDto branch(Branch b) {
        return ThroneOfSandBranchDto.valueOf(b.name());
    }

    default Map<String, Object> map(ObjectNode node) {
        return JSON.convertValue(node, MAP);
    }

    default ObjectNode object(Map<String, Object> map) {
        return JSON.valueToTree(map == null ? Map.of() : map);
    }

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static <T, R> List<R> items(Page<T> page, Function<T, R> mapper) {
        return page.items().stream().map(mapper).toList();
    }
}
