package com.necpgame.social.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import com.necpgame.social.guild.GuildService;
import com.necpgame.social.mapping.SocialMapper;
import com.necpgame.social.model.GuildRankChangeDto;
import com.necpgame.social.model.GuildRankDto;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** listGuildMembers, joinGuild, leaveGuild, kickGuildMember, changeGuildMemberRank, getCharacterGuildMembership. */
public final class GuildMembersResource extends GuildMembersService {
    private final GuildService guilds;
    private final SocialMapper mapper = SocialMapper.INSTANCE;

    public GuildMembersResource(GuildService guilds) {
        this.guilds = guilds;
    }

    @Override
    protected void handleListGuildMembers(ServerRequest request, ServerResponse response, UUID guildId,
                                          Optional<Integer> page, Optional<Integer> limit, Optional<GuildRankDto> rank) {
        ListGuildMembersOp.Response200.builder()
                .response(mapper.memberPage(guilds.members(guildId, rank.map(mapper::rank), PageRequest.of(page, limit))))
                .send(response);
    }

    @Override
    protected void handleJoinGuild(ServerRequest request, ServerResponse response, UUID guildId, UUID xCharacterId) {
        var member = guilds.join(PlayerCaller.require(request).accountId(), xCharacterId, guildId);
        JoinGuildOp.Response201.builder().response(mapper.member(member)).send(response);
    }

    @Override
    protected void handleLeaveGuild(ServerRequest request, ServerResponse response, UUID guildId, UUID xCharacterId) {
        guilds.leave(PlayerCaller.require(request).accountId(), xCharacterId, guildId);
        LeaveGuildOp.Response204.builder().send(response);
    }

    @Override
    protected void handleKickGuildMember(ServerRequest request, ServerResponse response, UUID guildId,
                                         UUID characterId, UUID xCharacterId) {
        guilds.kick(PlayerCaller.require(request).accountId(), xCharacterId, guildId, characterId);
        KickGuildMemberOp.Response204.builder().send(response);
    }

    @Override
    protected void handleChangeGuildMemberRank(ServerRequest request, ServerResponse response, UUID guildId,
                                               UUID characterId, UUID xCharacterId, GuildRankChangeDto body) {
        var member = guilds.changeRank(PlayerCaller.require(request).accountId(), xCharacterId, guildId, characterId,
                mapper.rank(body.getRank()));
        ChangeGuildMemberRankOp.Response200.builder().response(mapper.member(member)).send(response);
    }

    @Override
    protected void handleGetCharacterGuildMembership(ServerRequest request, ServerResponse response,
                                                     UUID characterId) {
        GetCharacterGuildMembershipOp.Response200.builder().response(mapper.member(guilds.membership(characterId)))
                .send(response);
    }
}
