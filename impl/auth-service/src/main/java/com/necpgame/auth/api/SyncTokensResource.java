package com.necpgame.auth.api;

import com.necpgame.auth.mapping.AuthMapper;
import com.necpgame.auth.model.SyncTokenRequestDto;
import com.necpgame.auth.model.VerifySyncTokenRequestDto;
import com.necpgame.auth.pilot.PilotTier;
import com.necpgame.auth.session.SessionService;
import com.necpgame.auth.sync.SyncTokenService;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** issueSyncToken (players) and the internal verifySyncToken (gameplay). */
public final class SyncTokensResource extends SyncTokensService {
    private final SyncTokenService syncTokens;
    private final SessionService sessions;
    private final AuthMapper mapper = AuthMapper.INSTANCE;

    public SyncTokensResource(SyncTokenService syncTokens, SessionService sessions) {
        this.syncTokens = syncTokens;
        this.sessions = sessions;
    }

    @Override
    protected void handleIssueSyncToken(ServerRequest request, ServerResponse response, SyncTokenRequestDto body) {
        PlayerCaller player = PlayerCaller.require(request);
        sessions.requireLiveSession(player.accountId(), player.sessionId());
        var token = syncTokens.issue(player.accountId(), body.getInstanceId(),
                PilotTier.valueOf(body.getRequiredTier().name()), body.getWindowEndsAt().toInstant());
        IssueSyncTokenOp.Response201.builder().response(mapper.syncToken(token)).send(NoStore.apply(response));
    }

    @Override
    protected void handleVerifySyncToken(ServerRequest request, ServerResponse response,
                                         VerifySyncTokenRequestDto body) {
        var verification = syncTokens.verify(body.getToken(), body.getInstanceId());
        VerifySyncTokenOp.Response200.builder().response(mapper.verification(verification)).send(response);
    }
}
