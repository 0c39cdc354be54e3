package com.necpgame.gameplay.remote;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.gameplay.raid.GuildMemberships;
import com.necpgame.social.client.ApiException;
import com.necpgame.social.client.api.InternalApi;

/** A character's guild from social-service ({@code getGuildMembershipForService}; 404 NOT_IN_GUILD is "none"). */
public final class SocialGuilds implements GuildMemberships {
    private final InternalApi api;

    public SocialGuilds(Callees callees) {
        this.api = new InternalApi(callees.social());
    }

    @Override
    public Optional<UUID> guildOf(UUID characterId) {
        try {
            return Optional.of(api.getGuildMembershipForService(characterId).getGuildId());
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw Remote.unavailable("social-service", e.getCode());
        }
    }
}
