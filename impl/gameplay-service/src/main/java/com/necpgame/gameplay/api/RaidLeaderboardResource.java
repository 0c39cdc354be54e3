package com.necpgame.gameplay.api;

import java.util.Optional;

import com.necpgame.gameplay.mapping.RaidMapper;
import com.necpgame.gameplay.model.RaidDifficultyDto;
import com.necpgame.gameplay.raid.RaidLeaderboards;
import com.necpgame.gameplay.raid.RaidTypes;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Guild and pilot leaderboards by clear time (NORMAL when no difficulty is given). */
public final class RaidLeaderboardResource extends RaidLeaderboardService {
    private final RaidLeaderboards boards;
    private final RaidMapper mapper = RaidMapper.INSTANCE;

    public RaidLeaderboardResource(RaidLeaderboards boards) {
        this.boards = boards;
    }

    @Override
    protected void handleGetRaidGuildLeaderboard(ServerRequest request, ServerResponse response,
                                                 Optional<RaidDifficultyDto> difficulty, Optional<Integer> page,
                                                 Optional<Integer> limit) {
        PlayerCaller.require(request);
        GetRaidGuildLeaderboardOp.Response200.builder()
                .response(mapper.guildPage(boards.guilds(difficulty(difficulty), PageRequest.of(page, limit))))
                .send(response);
    }

    @Override
    protected void handleGetRaidPilotLeaderboard(ServerRequest request, ServerResponse response,
                                                 Optional<RaidDifficultyDto> difficulty, Optional<Integer> page,
                                                 Optional<Integer> limit) {
        PlayerCaller.require(request);
        GetRaidPilotLeaderboardOp.Response200.builder()
                .response(mapper.pilotPage(boards.pilots(difficulty(difficulty), PageRequest.of(page, limit))))
                .send(response);
    }

    private static RaidTypes.Difficulty difficulty(Optional<RaidDifficultyDto> difficulty) {
        return difficulty.map(d -> RaidTypes.Difficulty.valueOf(d.name())).orElse(RaidTypes.Difficulty.NORMAL);
    }
}
