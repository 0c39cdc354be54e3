package com.necpgame.social.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.paging.PageRequest;
import com.necpgame.social.mapping.SocialMapper;
import com.necpgame.social.rating.RatingService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** listPlayerRatings, getPlayerRating, listGuildRatings, getGuildRating. */
public final class RatingsResource extends RatingsService {
    private final RatingService ratings;
    private final SocialMapper mapper = SocialMapper.INSTANCE;

    public RatingsResource(RatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    protected void handleListPlayerRatings(ServerRequest request, ServerResponse response, Optional<Integer> page,
                                           Optional<Integer> limit) {
        ListPlayerRatingsOp.Response200.builder()
                .response(mapper.playerRatingPage(ratings.players(PageRequest.of(page, limit)))).send(response);
    }

    @Override
    protected void handleGetPlayerRating(ServerRequest request, ServerResponse response, UUID characterId) {
        GetPlayerRatingOp.Response200.builder().response(mapper.playerRating(ratings.player(characterId)))
                .send(response);
    }

    @Override
    protected void handleListGuildRatings(ServerRequest request, ServerResponse response, Optional<Integer> page,
                                          Optional<Integer> limit) {
        ListGuildRatingsOp.Response200.builder()
                .response(mapper.guildRatingPage(ratings.guilds(PageRequest.of(page, limit)))).send(response);
    }

    @Override
    protected void handleGetGuildRating(ServerRequest request, ServerResponse response, UUID guildId) {
        GetGuildRatingOp.Response200.builder().response(mapper.guildRating(ratings.guild(guildId))).send(response);
    }
}
