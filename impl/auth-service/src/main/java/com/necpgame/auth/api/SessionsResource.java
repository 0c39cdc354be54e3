package com.necpgame.auth.api;

import com.necpgame.auth.mapping.AuthMapper;
import com.necpgame.auth.model.LoginRequestDto;
import com.necpgame.auth.model.RefreshRequestDto;
import com.necpgame.auth.session.SessionService;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** login, refreshToken and logout. */
public final class SessionsResource extends SessionsService {
    private final SessionService sessions;
    private final AuthMapper mapper = AuthMapper.INSTANCE;

    public SessionsResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void handleLogin(ServerRequest request, ServerResponse response, LoginRequestDto body) {
        var session = sessions.login(body.getLogin(), body.getPassword());
        LoginOp.Response200.builder().response(mapper.tokenPair(session)).send(NoStore.apply(response));
    }

    @Override
    protected void handleRefreshToken(ServerRequest request, ServerResponse response, RefreshRequestDto body) {
        var session = sessions.refresh(body.getRefreshToken());
        RefreshTokenOp.Response200.builder().response(mapper.tokenPair(session)).send(NoStore.apply(response));
    }

    @Override
    protected void handleLogout(ServerRequest request, ServerResponse response) {
        PlayerCaller player = PlayerCaller.require(request);
        sessions.logout(player.accountId(), player.sessionId());
        LogoutOp.Response204.builder().send(response);
    }
}
