package com.necpgame.social.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.paging.Page;
import com.necpgame.social.guild.Guild;
import com.necpgame.social.guild.GuildChange;
import com.necpgame.social.guild.GuildMember;
import com.necpgame.social.guild.GuildRank;
import com.necpgame.social.guild.GuildRules;
import com.necpgame.social.guild.NewGuild;
import com.necpgame.social.model.GuildCreateRequestDto;
import com.necpgame.social.model.GuildDto;
import com.necpgame.social.model.GuildMemberDto;
import com.necpgame.social.model.GuildMemberPageDto;
import com.necpgame.social.model.GuildPageDto;
import com.necpgame.social.model.GuildRankDto;
import com.necpgame.social.model.GuildRatingDto;
import com.necpgame.social.model.GuildRatingPageDto;
import com.necpgame.social.model.GuildUpdateRequestDto;
import com.necpgame.social.model.PlayerRatingDto;
import com.necpgame.social.model.PlayerRatingPageDto;
import com.necpgame.social.model.PopularityClaimStatusDto;
import com.necpgame.social.model.PopularityCycleDto;
import com.necpgame.social.model.PopularityCyclePageDto;
import com.necpgame.social.model.PopularityCyclePhaseDto;
import com.necpgame.social.model.PopularityEndorsementDto;
import com.necpgame.social.model.PopularityHistoryEntryDto;
import com.necpgame.social.model.PopularityHistoryPageDto;
import com.necpgame.social.model.PopularityRewardClaimDto;
import com.necpgame.social.model.PopularityRewardDto;
import com.necpgame.social.model.PopularityRewardPageDto;
import com.necpgame.social.model.PopularityStandingDto;
import com.necpgame.social.model.PopularityStandingPageDto;
import com.necpgame.social.model.PopularityTierDto;
import com.necpgame.social.model.PopularityTierNameDto;
import com.necpgame.social.model.PopularityTierPageDto;
import com.necpgame.social.model.WorldStateChangeDto;
import com.necpgame.social.neon.Cycle;
import com.necpgame.social.neon.CyclePhase;
import com.necpgame.social.neon.Endorsement;
import com.necpgame.social.neon.HistoryEntry;
import com.necpgame.social.neon.PopularityTier;
import com.necpgame.social.neon.RewardClaim;
import com.necpgame.social.neon.Standing;
import com.necpgame.social.neon.TierLevel;
import com.necpgame.social.neon.TierTable;
import com.necpgame.social.rating.GuildRating;
import com.necpgame.social.rating.PlayerRating;
import com.necpgame.social.world.WorldStateChange;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Domain records to the generated API models and back. Times go out as UTC offsets. */
@Mapper
public interface SocialMapper {
    SocialMapper INSTANCE = Mappers.getMapper(SocialMapper.class);

    // --- guilds ------------------------------------------------------------------------------------------------

    @Mapping(target = "guildId", source = "id")
    @Mapping(target = "maxMembers", expression = "java(com.necpgame.social.guild.GuildRules.MAX_MEMBERS)")
    GuildDto guild(Guild guild);

    GuildMemberDto member(GuildMember member);

    default GuildPageDto guildPage(Page<Guild> page) {
        return new GuildPageDto(page.items().stream().map(this::guild).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default GuildMemberPageDto memberPage(Page<GuildMember> page) {
        return new GuildMemberPageDto(page.items().stream().map(this::member).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default NewGuild newGuild(GuildCreateRequestDto body) {
        return new NewGuild(body.getName(), body.getTag(), Optional.ofNullable(body.getDescription()),
                body.getRecruiting() == null || body.getRecruiting());
    }

    default GuildChange guildChange(GuildUpdateRequestDto body) {
        return new GuildChange(Optional.ofNullable(body.getName()), Optional.ofNullable(body.getTag()),
                Optional.ofNullable(body.getDescription()), Optional.ofNullable(body.getRecruiting()));
    }

    GuildRank rank(GuildRankDto rank);

    // --- ratings -----------------------------------------------------------------------------------------------

    PlayerRatingDto playerRating(PlayerRating rating);

    default GuildRatingDto guildRating(GuildRating rating) {
        return new GuildRatingDto(rating.position(), rating.guildId(), rating.name(), rating.tag(),
                rating.memberCount(), rating.baseScore(), rating.popularityScore(), rating.popularityWeightPercent(),
                rating.socialScore(), offset(rating.updatedAt()));
    }

    default PlayerRatingPageDto playerRatingPage(Page<PlayerRating> page) {
        return new PlayerRatingPageDto(page.items().stream().map(this::playerRating).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default GuildRatingPageDto guildRatingPage(Page<GuildRating> page) {
        return new GuildRatingPageDto(page.items().stream().map(this::guildRating).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    // --- Neon Popularity Reset ---------------------------------------------------------------------------------

    default PopularityCycleDto cycle(Cycle cycle, Instant now) {
        var c = cycle.calendar();
        return new PopularityCycleDto(cycle.id(), cycle.number(), phase(cycle.phaseAt(now)), offset(c.startsAt()),
                offset(c.activeStartsAt()), offset(c.cooldownStartsAt()), offset(c.endsAt()),
                offset(c.claimableUntil()), cycle.participantCount());
    }

    default PopularityCyclePageDto cyclePage(Page<Cycle> page, Instant now) {
        return new PopularityCyclePageDto(page.items().stream().map(cycle -> cycle(cycle, now)).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    PopularityCyclePhaseDto phase(CyclePhase phase);

    CyclePhase phase(PopularityCyclePhaseDto phase);

    PopularityTierNameDto tierName(PopularityTier tier);

    PopularityTier tier(PopularityTierNameDto tier);

    default PopularityTierPageDto tierPage(Page<TierLevel> page, TierTable table) {
        return new PopularityTierPageDto(page.items().stream().map(level -> new PopularityTierDto(
                tierName(level.tier()), level.minPoints(), table.maxPoints(level.tier()).orElse(null))).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    default PopularityRewardPageDto rewardPage(Page<TierLevel> page) {
        return new PopularityRewardPageDto(page.items().stream().map(level -> new PopularityRewardDto(
                tierName(level.tier()), level.neonMerit(), level.junCoin(), level.title().orElse(null),
                level.titleTopPercent().orElse(null))).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    default PopularityStandingDto standing(Standing s) {
        return new PopularityStandingDto(s.cycleId(), s.characterId(), id(s.guildId()), s.position(), s.points(),
                s.tier().map(this::tierName).orElse(null), s.topPercent(), s.isFinal());
    }

    default PopularityStandingPageDto standingPage(Page<Standing> page) {
        return new PopularityStandingPageDto(page.items().stream().map(this::standing).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    @Mapping(target = "endorsementId", source = "id")
    PopularityEndorsementDto endorsement(Endorsement endorsement);

    default PopularityRewardClaimDto claim(RewardClaim c) {
        return new PopularityRewardClaimDto(c.id(), c.cycleId(), c.characterId(), tierName(c.tier()), c.neonMerit(),
                c.junCoin(), c.title().orElse(null), PopularityClaimStatusDto.valueOf(c.status().name()),
                offset(c.claimedAt()), c.grantedAt().map(this::offset).orElse(null));
    }

    default PopularityHistoryPageDto historyPage(Page<HistoryEntry> page) {
        return new PopularityHistoryPageDto(page.items().stream().map(e -> new PopularityHistoryEntryDto(
                e.cycleId(), e.cycleNumber(), offset(e.cycleEndsAt()), e.points(), e.position(),
                e.tier().map(this::tierName).orElse(null), e.title().orElse(null), e.rewardClaimed())).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    // --- world state -------------------------------------------------------------------------------------------

    default WorldStateChange worldStateChange(WorldStateChangeDto body) {
        return new WorldStateChange(body.getEventId(), body.getServerId(), body.getKey(),
                body.getValue() == null ? java.util.Map.of() : body.getValue(), body.getVersion(),
                body.getChangedAt().toInstant(), Optional.ofNullable(body.getUpdatedByQuest()));
    }

    // --- types -------------------------------------------------------------------------------------------------

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    default String text(Optional<String> value) {
        return value.orElse(null);
    }

    default UUID id(Optional<UUID> value) {
        return value.orElse(null);
    }
}
