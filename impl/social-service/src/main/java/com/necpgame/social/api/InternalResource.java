package com.necpgame.social.api;

import java.util.UUID;

import com.necpgame.social.guild.GuildService;
import com.necpgame.social.mapping.SocialMapper;
import com.necpgame.social.model.WorldStateChangeAckDto;
import com.necpgame.social.model.WorldStateChangeDto;
import com.necpgame.social.world.WorldStateReceiver;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * getGuildMembershipForService (gameplay) and receiveSocialWorldStateChange (world): the platform admits only the
 * service tokens of each operation's x-callers.
 */
public final class InternalResource extends InternalService {
    private final GuildService guilds;
    private final WorldStateReceiver worldState;
    private final SocialMapper mapper = SocialMapper.INSTANCE;

    public InternalResource(GuildService guilds, WorldStateReceiver worldState) {
        this.guilds = guilds;
        this.worldState = worldState;
    }

    @Override
    protected void handleGetGuildMembershipForService(ServerRequest request, ServerResponse response,
                                                      UUID characterId) {
        GetGuildMembershipForServiceOp.Response200.builder().response(mapper.member(guilds.membership(characterId)))
                .send(response);
    }

    @Override
    protected void handleReceiveSocialWorldStateChange(ServerRequest request, ServerResponse response,
                                                       WorldStateChangeDto body) {
        boolean applied = worldState.receive(mapper.worldStateChange(body));
        ReceiveSocialWorldStateChangeOp.Response200.builder()
                .response(new WorldStateChangeAckDto(body.getEventId(), applied)).send(response);
    }
}
