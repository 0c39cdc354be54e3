package com.necpgame.social.api;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.Caller;
import com.necpgame.platform.security.PlayerCaller;
import com.necpgame.social.mapping.SocialMapper;
import com.necpgame.social.model.PopularityCyclePhaseDto;
import com.necpgame.social.model.PopularityCycleScheduleRequestDto;
import com.necpgame.social.model.PopularityEndorsementRequestDto;
import com.necpgame.social.model.PopularityTierNameDto;
import com.necpgame.social.neon.ClaimResult;
import com.necpgame.social.neon.ClaimService;
import com.necpgame.social.neon.CycleService;
import com.necpgame.social.neon.PopularityService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The Neon Popularity Reset: cycles (read by players; scheduled, started and closed by operators), tiers, rewards,
 * standings, endorsements, reward claims (idempotent by Idempotency-Key) and each character's history.
 */
public final class NeonPopularityResetResource extends NeonPopularityResetService {
    static final String BASE_PATH = "/api/v1/social/events/neon-popularity-reset";
    private final CycleService cycles;
    private final PopularityService popularity;
    private final ClaimService claims;
    private final SocialMapper mapper = SocialMapper.INSTANCE;

    public NeonPopularityResetResource(CycleService cycles, PopularityService popularity, ClaimService claims) {
        this.cycles = cycles;
        this.popularity = popularity;
        this.claims = claims;
    }

    // --- cycles ------------------------------------------------------------------------------------------------

    @Override
    protected void handleGetCurrentPopularityCycle(ServerRequest request, ServerResponse response) {
        GetCurrentPopularityCycleOp.Response200.builder().response(mapper.cycle(cycles.current(), cycles.now()))
                .send(response);
    }

    @Override
    protected void handleListPopularityCycles(ServerRequest request, ServerResponse response, Optional<Integer> page,
                                              Optional<Integer> limit, Optional<PopularityCyclePhaseDto> phase) {
        var list = cycles.list(phase.map(mapper::phase), PageRequest.of(page, limit));
        ListPopularityCyclesOp.Response200.builder().response(mapper.cyclePage(list, cycles.now())).send(response);
    }

    @Override
    protected void handleGetPopularityCycle(ServerRequest request, ServerResponse response, UUID cycleId) {
        GetPopularityCycleOp.Response200.builder().response(mapper.cycle(cycles.get(cycleId), cycles.now()))
                .send(response);
    }

    @Override
    protected void handleSchedulePopularityCycle(ServerRequest request, ServerResponse response,
                                                 PopularityCycleScheduleRequestDto body) {
        var cycle = cycles.schedule(Caller.require(request).subject(),
                Optional.ofNullable(body.getStartsAt()).map(OffsetDateTime::toInstant));
        SchedulePopularityCycleOp.Response201.builder().location(BASE_PATH + "/cycles/" + cycle.id())
                .response(mapper.cycle(cycle, cycles.now())).send(response);
    }

    @Override
    protected void handleStartPopularityCycle(ServerRequest request, ServerResponse response, UUID cycleId) {
        var cycle = cycles.start(Caller.require(request).subject(), cycleId);
        StartPopularityCycleOp.Response200.builder().response(mapper.cycle(cycle, cycles.now())).send(response);
    }

    @Override
    protected void handleClosePopularityCycle(ServerRequest request, ServerResponse response, UUID cycleId) {
        var cycle = cycles.close(Caller.require(request).subject(), cycleId);
        ClosePopularityCycleOp.Response200.builder().response(mapper.cycle(cycle, cycles.now())).send(response);
    }

    @Override
    protected void handleListPopularityTiers(ServerRequest request, ServerResponse response, UUID cycleId,
                                             Optional<Integer> page, Optional<Integer> limit) {
        var levels = cycles.tiers(cycleId, PageRequest.of(page, limit));
        ListPopularityTiersOp.Response200.builder().response(mapper.tierPage(levels, cycles.table(cycleId)))
                .send(response);
    }

    @Override
    protected void handleListPopularityRewards(ServerRequest request, ServerResponse response, UUID cycleId,
                                               Optional<Integer> page, Optional<Integer> limit) {
        ListPopularityRewardsOp.Response200.builder()
                .response(mapper.rewardPage(cycles.tiers(cycleId, PageRequest.of(page, limit)))).send(response);
    }

    // --- points ------------------------------------------------------------------------------------------------

    @Override
    protected void handleListPopularityStandings(ServerRequest request, ServerResponse response, UUID cycleId,
                                                 Optional<Integer> page, Optional<Integer> limit,
                                                 Optional<PopularityTierNameDto> tier) {
        var standings = popularity.standings(cycleId, tier.map(mapper::tier), PageRequest.of(page, limit));
        ListPopularityStandingsOp.Response200.builder().response(mapper.standingPage(standings)).send(response);
    }

    @Override
    protected void handleGetPopularityStanding(ServerRequest request, ServerResponse response, UUID cycleId,
                                               UUID characterId) {
        GetPopularityStandingOp.Response200.builder()
                .response(mapper.standing(popularity.standing(cycleId, characterId))).send(response);
    }

    @Override
    protected void handleEndorseCharacter(ServerRequest request, ServerResponse response, UUID xCharacterId,
                                          PopularityEndorsementRequestDto body) {
        var endorsement = popularity.endorse(PlayerCaller.require(request).accountId(), xCharacterId,
                body.getTargetCharacterId(), Optional.ofNullable(body.getServerId()));
        EndorseCharacterOp.Response201.builder().response(mapper.endorsement(endorsement)).send(response);
    }

    @Override
    protected void handleListCharacterPopularityHistory(ServerRequest request, ServerResponse response,
                                                        UUID characterId, Optional<Integer> page,
                                                        Optional<Integer> limit) {
        ListCharacterPopularityHistoryOp.Response200.builder()
                .response(mapper.historyPage(popularity.history(characterId, PageRequest.of(page, limit))))
                .send(response);
    }

    // --- claims ------------------------------------------------------------------------------------------------

    @Override
    protected void handleClaimPopularityReward(ServerRequest request, ServerResponse response, UUID cycleId,
                                               UUID xCharacterId, String idempotencyKey) {
        ClaimResult result = claims.claim(PlayerCaller.require(request).accountId(), cycleId, xCharacterId,
                idempotencyKey);
        ClaimPopularityRewardOp.Response201.builder().idempotencyReplayed(result.replayed())
                .response(mapper.claim(result.claim())).send(response);
    }

    @Override
    protected void handleGetPopularityRewardClaim(ServerRequest request, ServerResponse response, UUID cycleId,
                                                  UUID characterId) {
        GetPopularityRewardClaimOp.Response200.builder()
                .response(mapper.claim(claims.get(PlayerCaller.require(request).accountId(), cycleId, characterId)))
                .send(response);
    }
}
