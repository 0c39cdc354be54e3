package com.necpgame.character.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.necpgame.character.character.Attributes;
import com.necpgame.character.character.Character;
import com.necpgame.character.character.CharacterClass;
import com.necpgame.character.character.Location;
import com.necpgame.character.character.NewCharacter;
import com.necpgame.character.character.Origin;
import com.necpgame.character.character.ProfileChange;
import com.necpgame.character.character.Progression;
import com.necpgame.character.model.AttributeAllocationDto;
import com.necpgame.character.model.CharacterAttributesDto;
import com.necpgame.character.model.CharacterCreateRequestDto;
import com.necpgame.character.model.CharacterDto;
import com.necpgame.character.model.CharacterLocationDto;
import com.necpgame.character.model.CharacterLocationUpdateDto;
import com.necpgame.character.model.CharacterPageDto;
import com.necpgame.character.model.CharacterProgressionDto;
import com.necpgame.character.model.CharacterSnapshotDto;
import com.necpgame.character.model.CharacterUpdateRequestDto;
import com.necpgame.character.model.QuestProgressDto;
import com.necpgame.character.model.QuestProgressPageDto;
import com.necpgame.character.model.QuestProgressSyncDto;
import com.necpgame.character.model.QuestProgressSyncResultDto;
import com.necpgame.character.model.StartingAttributesDto;
import com.necpgame.character.quest.QuestProgress;
import com.necpgame.character.quest.QuestPush;
import com.necpgame.character.quest.QuestStatus;
import com.necpgame.character.quest.SyncResult;
import com.necpgame.platform.paging.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Domain records to the generated API models and back. Times go out as UTC offsets. */
@Mapper
public interface CharacterMapper {
    CharacterMapper INSTANCE = Mappers.getMapper(CharacterMapper.class);

    @Mapping(target = "characterId", source = "id")
    @Mapping(target = "status", expression = "java(com.necpgame.character.model.CharacterStatusDto.valueOf(character.status().name()))")
    @Mapping(target = "level", expression = "java(character.level())")
    @Mapping(target = "attributes", expression = "java(attributes(character))")
    @Mapping(target = "restorableUntil", expression = "java(offset(character.restorableUntil()))")
    CharacterDto character(Character character);

    @Mapping(target = "characterId", source = "character.id")
    @Mapping(target = "status", expression = "java(com.necpgame.character.model.CharacterStatusDto.valueOf(character.status().name()))")
    @Mapping(target = "level", expression = "java(character.level())")
    @Mapping(target = "attributes", expression = "java(attributes(character))")
    @Mapping(target = "restorableUntil", expression = "java(offset(character.restorableUntil()))")
    @Mapping(target = "snapshotAt", source = "snapshotAt")
    CharacterSnapshotDto snapshot(Character character, Instant snapshotAt);

    CharacterLocationDto location(Location location);

    default CharacterAttributesDto attributes(Character character) {
        Attributes a = character.attributes();
        return new CharacterAttributesDto(a.strength(), a.dexterity(), a.intelligence(), a.tech(), a.cool(),
                character.unspentPoints());
    }

    default CharacterProgressionDto progression(Character character) {
        int level = character.level();
        var next = Progression.nextLevelExperience(level);
        return new CharacterProgressionDto(level, Progression.MAX_LEVEL, character.experience(),
                Progression.experienceFor(level), next.isPresent() ? next.getAsLong() : null,
                character.unspentPoints());
    }

    default CharacterPageDto characterPage(Page<Character> page) {
        return new CharacterPageDto(page.items().stream().map(this::character).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    QuestProgressDto questProgress(QuestProgress progress);

    default QuestProgressPageDto questProgressPage(Page<QuestProgress> page) {
        return new QuestProgressPageDto(page.items().stream().map(this::questProgress).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    @Mapping(target = "applied", expression = "java(result.applied())")
    QuestProgressSyncResultDto syncResult(SyncResult result);

    // --- requests to the domain --------------------------------------------------------------------------

    default NewCharacter newCharacter(CharacterCreateRequestDto body) {
        return new NewCharacter(body.getName(), CharacterClass.valueOf(body.getCharacterClass().name()),
                Origin.valueOf(body.getOrigin().name()), body.getFaction(), body.getCity(),
                Optional.ofNullable(body.getAttributes()).map(this::startingAttributes));
    }

    default Attributes startingAttributes(StartingAttributesDto a) {
        return new Attributes(a.getStrength(), a.getDexterity(), a.getIntelligence(), a.getTech(), a.getCool());
    }

    default ProfileChange profileChange(CharacterUpdateRequestDto body) {
        return new ProfileChange(Optional.ofNullable(body.getName()), Optional.ofNullable(body.getFaction()),
                Optional.ofNullable(body.getCity()));
    }

    /** Attributes left out of an allocation get no points. */
    default Attributes allocation(AttributeAllocationDto body) {
        return new Attributes(orZero(body.getStrength()), orZero(body.getDexterity()),
                orZero(body.getIntelligence()), orZero(body.getTech()), orZero(body.getCool()));
    }

    /** The requested location; its time is set by the service. */
    default Location locationUpdate(CharacterLocationUpdateDto body) {
        return new Location(body.getServerId(), body.getCity(), body.getDistrict(), body.getX(), body.getY(),
                body.getZ(), null);
    }

    default QuestPush questPush(QuestProgressSyncDto body) {
        return new QuestPush(QuestStatus.valueOf(body.getStatus().name()), Optional.ofNullable(body.getBranchId()),
                body.getProgress(), body.getObjectives(), body.getUpdatedAt().toInstant(),
                body.getExperienceReward() == null ? 0 : body.getExperienceReward());
    }

    // --- types -------------------------------------------------------------------------------------------

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    default OffsetDateTime offset(Optional<Instant> instant) {
        return instant.map(this::offset).orElse(null);
    }

    default String text(Optional<String> value) {
        return value.orElse(null);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
