package com.necpgame.social.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import com.necpgame.social.guild.GuildService;
import com.necpgame.social.mapping.SocialMapper;
import com.necpgame.social.model.GuildCreateRequestDto;
import com.necpgame.social.model.GuildUpdateRequestDto;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** createGuild, listGuilds, getGuild, updateGuild, disbandGuild. */
public final class GuildsResource extends GuildsService {
    static final String BASE_PATH = "/api/v1/social/guilds";
    private final GuildService guilds;
    private final SocialMapper mapper = SocialMapper.INSTANCE;

    public GuildsResource(GuildService guilds) {
        this.guilds = guilds;
    }

    @Override
    protected void handleCreateGuild(ServerRequest request, ServerResponse response, UUID xCharacterId,
                                     GuildCreateRequestDto body) {
        var guild = guilds.create(PlayerCaller.require(request).accountId(), xCharacterId, mapper.newGuild(body));
        CreateGuildOp.Response201.builder().location(BASE_PATH + "/" + guild.id()).response(mapper.guild(guild))
                .send(response);
    }

    @Override
    protected void handleListGuilds(ServerRequest request, ServerResponse response, Optional<Integer> page,
                                    Optional<Integer> limit, Optional<String> search, Optional<Boolean> recruiting) {
        ListGuildsOp.Response200.builder()
                .response(mapper.guildPage(guilds.list(search, recruiting, PageRequest.of(page, limit))))
                .send(response);
    }

    @Override
    protected void handleGetGuild(ServerRequest request, ServerResponse response, UUID guildId) {
        GetGuildOp.Response200.builder().response(mapper.guild(guilds.get(guildId))).send(response);
    }

    @Override
    protected void handleUpdateGuild(ServerRequest request, ServerResponse response, UUID guildId, UUID xCharacterId,
                                     GuildUpdateRequestDto body) {
        var guild = guilds.update(PlayerCaller.require(request).accountId(), xCharacterId, guildId,
                mapper.guildChange(body));
        UpdateGuildOp.Response200.builder().response(mapper.guild(guild)).send(response);
    }

    @Override
    protected void handleDisbandGuild(ServerRequest request, ServerResponse response, UUID guildId,
                                      UUID xCharacterId) {
        guilds.disband(PlayerCaller.require(request).accountId(), xCharacterId, guildId);
        DisbandGuildOp.Response204.builder().send(response);
    }
}
