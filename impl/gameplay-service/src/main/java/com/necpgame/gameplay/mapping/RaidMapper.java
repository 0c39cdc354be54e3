package com.necpgame.gameplay.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.UUID;

import com.necpgame.gameplay.model.MechStateDto;
import com.necpgame.gameplay.model.RaidDifficultyRuleDto;
import com.necpgame.gameplay.model.RaidGuildLeaderboardEntryDto;
import com.necpgame.gameplay.model.RaidGuildLeaderboardPageDto;
import com.necpgame.gameplay.model.RaidInstanceDto;
import com.necpgame.gameplay.model.RaidInstancePageDto;
import com.necpgame.gameplay.model.RaidLockDto;
import com.necpgame.gameplay.model.RaidLockoutDto;
import com.necpgame.gameplay.model.RaidLootDto;
import com.necpgame.gameplay.model.RaidLootPageDto;
import com.necpgame.gameplay.model.RaidLootRollDto;
import com.necpgame.gameplay.model.RaidOverviewDto;
import com.necpgame.gameplay.model.RaidPhaseDefinitionDto;
import com.necpgame.gameplay.model.RaidPhaseProgressDto;
import com.necpgame.gameplay.model.RaidPilotLeaderboardEntryDto;
import com.necpgame.gameplay.model.RaidPilotLeaderboardPageDto;
import com.necpgame.gameplay.model.RaidPlayerDto;
import com.necpgame.gameplay.model.RaidTelemetryPageDto;
import com.necpgame.gameplay.model.RaidTelemetryRecordDto;
import com.necpgame.gameplay.model.RaidWipeDto;
import com.necpgame.gameplay.model.RaidWipePageDto;
import com.necpgame.gameplay.model.SkyframeCertificationDto;
import com.necpgame.gameplay.model.SkyframeCertificationPageDto;
import com.necpgame.gameplay.model.SkyframeMissionResultDto;
import com.necpgame.gameplay.model.SyncAlertDto;
import com.necpgame.gameplay.model.SyncAlertPageDto;
import com.necpgame.gameplay.model.SyncAlertReasonDto;
import com.necpgame.gameplay.raid.Certification;
import com.necpgame.gameplay.raid.Loot;
import com.necpgame.gameplay.raid.Mech;
import com.necpgame.gameplay.raid.Pilot;
import com.necpgame.gameplay.raid.RaidContent;
import com.necpgame.gameplay.raid.RaidInstance;
import com.necpgame.gameplay.raid.RaidRecords;
import com.necpgame.gameplay.raid.SkyframeAcademy;
import com.necpgame.platform.paging.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The raid and the Skyframe Academy to the generated API models. Times go out as UTC offsets. */
@Mapper
public interface RaidMapper {
    RaidMapper INSTANCE = Mappers.getMapper(RaidMapper.class);

    RaidPhaseDefinitionDto phase(RaidContent.PhaseDefinition phase);

    RaidDifficultyRuleDto difficulty(RaidContent.DifficultyRule rule);

    @Mapping(target = "instanceId", source = "id")
    @Mapping(target = "players", ignore = true)
    @Mapping(target = "maxPlayers", ignore = true)
    RaidInstanceDto instance(RaidInstance instance);

    RaidPhaseProgressDto progress(RaidInstance.PhaseProgress progress);

    @Mapping(target = "leader", ignore = true)
    RaidPlayerDto pilot(Pilot pilot);

    MechStateDto mech(Mech mech);

    RaidWipeDto wipe(RaidRecords.Wipe wipe);

    RaidLockDto lock(RaidRecords.Lock lock);

    RaidLockoutDto lockout(RaidRecords.Lockout lockout);

    RaidTelemetryRecordDto sample(RaidRecords.Sample sample);

    @Mapping(target = "reasons", ignore = true)
    SyncAlertDto alertBase(RaidRecords.SyncAlert alert);

    RaidLootDto loot(Loot loot);

    RaidLootRollDto roll(Loot.Roll roll);

    RaidGuildLeaderboardEntryDto guildClear(RaidRecords.GuildClear clear);

    RaidPilotLeaderboardEntryDto pilotClear(RaidRecords.PilotClear clear);

    SkyframeMissionResultDto mission(Certification.MissionResult result);

    @Mapping(target = "nextMission", expression = "java(mission(certification.nextMission()))")
    @Mapping(target = "credentialSync", ignore = true)
    SkyframeCertificationDto certificationBase(Certification certification);

    com.necpgame.gameplay.model.SkyframeMissionDto mission(com.necpgame.gameplay.raid.RaidTypes.Mission mission);

    default RaidOverviewDto overview(RaidContent content) {
        RaidOverviewDto dto = new RaidOverviewDto();
        dto.setRaidId(RaidContent.RAID_ID);
        dto.setName(RaidContent.NAME);
        dto.setPhases(content.phases().stream().map(this::phase).toList());
        dto.setDifficulties(content.difficulties().values().stream()
                .sorted(java.util.Comparator.comparing(RaidContent.DifficultyRule::difficulty))
                .map(this::difficulty).toList());
        dto.setMinPlayers(RaidContent.MIN_PLAYERS);
        dto.setMaxPlayers(RaidContent.MAX_PLAYERS);
        dto.setWindowMinutes((int) RaidContent.WINDOW.toMinutes());
        dto.setMaxReconnects(RaidContent.MAX_RECONNECTS);
        dto.setDisconnectAfterSeconds((int) RaidContent.DISCONNECT_AFTER.toSeconds());
        dto.setWipeLockHours((int) RaidContent.WIPE_LOCK.toHours());
        dto.setLootRollSeconds((int) RaidContent.LOOT_ROLL.toSeconds());
        dto.setLatencyAlertMs(RaidContent.LATENCY_ALERT_MS);
        dto.setDriftAlertThreshold(RaidContent.DRIFT_ALERT);
        dto.setCertificationMissions(com.necpgame.gameplay.raid.RaidTypes.Mission.values().length);
        dto.setCertificationMinutes((int) Certification.TIME_LIMIT.toMinutes());
        return dto;
    }

    default RaidInstanceDto instance(RaidRecords.InstanceView view) {
        UUID leader = view.instance().leaderPlayerId();
        RaidInstanceDto dto = instance(view.instance());
        dto.setMaxPlayers(RaidContent.MAX_PLAYERS);
        dto.setPlayers(view.pilots().stream().map(p -> pilot(p, leader)).toList());
        return dto;
    }

    default RaidPlayerDto pilot(Pilot pilot, UUID leader) {
        RaidPlayerDto dto = pilot(pilot);
        dto.setLeader(pilot.playerId().equals(leader));
        return dto;
    }

    default SyncAlertDto alert(RaidRecords.SyncAlert alert) {
        SyncAlertDto dto = alertBase(alert);
        dto.setReasons(new LinkedHashSet<>(alert.reasons().stream()
                .map(r -> SyncAlertReasonDto.valueOf(r.name())).toList()));
        return dto;
    }

    default SkyframeCertificationDto certification(SkyframeAcademy.View view) {
        SkyframeCertificationDto dto = certificationBase(view.certification());
        dto.setCredentialSync(com.necpgame.gameplay.model.DeliveryStatusDto.valueOf(view.credentialSync().name()));
        return dto;
    }

    default RaidInstancePageDto instancePage(Page<RaidRecords.InstanceView> page) {
        return new RaidInstancePageDto(page.items().stream().map(this::instance).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default RaidWipePageDto wipePage(Page<RaidRecords.Wipe> page) {
        return new RaidWipePageDto(page.items().stream().map(this::wipe).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default RaidTelemetryPageDto samplePage(Page<RaidRecords.Sample> page) {
        return new RaidTelemetryPageDto(page.items().stream().map(this::sample).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default SyncAlertPageDto alertPage(Page<RaidRecords.SyncAlert> page) {
        return new SyncAlertPageDto(page.items().stream().map(this::alert).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default RaidLootPageDto lootPage(Page<Loot> page) {
        return new RaidLootPageDto(page.items().stream().map(this::loot).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default RaidGuildLeaderboardPageDto guildPage(Page<RaidRecords.GuildClear> page) {
        return new RaidGuildLeaderboardPageDto(page.items().stream().map(this::guildClear).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    default RaidPilotLeaderboardPageDto pilotPage(Page<RaidRecords.PilotClear> page) {
        return new RaidPilotLeaderboardPageDto(page.items().stream().map(this::pilotClear).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    default SkyframeCertificationPageDto certificationPage(Page<SkyframeAcademy.View> page) {
        return new SkyframeCertificationPageDto(page.items().stream().map(this::certification).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
