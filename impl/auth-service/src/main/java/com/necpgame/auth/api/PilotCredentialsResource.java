package com.necpgame.auth.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.auth.mapping.AuthMapper;
import com.necpgame.auth.model.UpsertPilotCredentialRequestDto;
import com.necpgame.auth.pilot.PilotCredentialService;
import com.necpgame.auth.pilot.PilotTier;
import com.necpgame.auth.session.SessionService;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** getMyPilotCredential (players) and the internal getPilotCredential / upsertPilotCredential (gameplay). */
public final class PilotCredentialsResource extends PilotCredentialsService {
    private final PilotCredentialService credentials;
    private final SessionService sessions;
    private final AuthMapper mapper = AuthMapper.INSTANCE;

    public PilotCredentialsResource(PilotCredentialService credentials, SessionService sessions) {
        this.credentials = credentials;
        this.sessions = sessions;
    }

    @Override
    protected void handleGetMyPilotCredential(ServerRequest request, ServerResponse response) {
        PlayerCaller player = PlayerCaller.require(request);
        sessions.requireLiveSession(player.accountId(), player.sessionId());
        GetMyPilotCredentialOp.Response200.builder()
                .response(mapper.pilotCredential(credentials.get(player.accountId())))
                .send(response);
    }

    // Internal operations: the platform admits only service tokens (x-necp-internal in the spec).

    @Override
    protected void handleGetPilotCredential(ServerRequest request, ServerResponse response, UUID playerId) {
        GetPilotCredentialOp.Response200.builder()
                .response(mapper.pilotCredential(credentials.get(playerId)))
                .send(response);
    }

    @Override
    protected void handleUpsertPilotCredential(ServerRequest request, ServerResponse response, UUID playerId,
                                               UpsertPilotCredentialRequestDto body) {
        var credential = credentials.upsert(playerId, PilotTier.valueOf(body.getTier().name()), body.getScore(),
                Optional.ofNullable(body.getCertificationId()), Boolean.TRUE.equals(body.getCertificationPassed()));
        UpsertPilotCredentialOp.Response200.builder().response(mapper.pilotCredential(credential)).send(response);
    }
}
