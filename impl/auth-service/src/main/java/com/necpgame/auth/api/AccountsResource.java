package com.necpgame.auth.api;

import com.necpgame.auth.account.AccountService;
import com.necpgame.auth.mapping.AuthMapper;
import com.necpgame.auth.model.RegisterRequestDto;
import com.necpgame.auth.session.SessionService;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** register and getMe. */
public final class AccountsResource extends AccountsService {
    private final AccountService accounts;
    private final SessionService sessions;
    private final AuthMapper mapper = AuthMapper.INSTANCE;

    public AccountsResource(AccountService accounts, SessionService sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    protected void handleRegister(ServerRequest request, ServerResponse response, RegisterRequestDto body) {
        var account = accounts.register(body.getEmail(), body.getUsername(), body.getPassword());
        RegisterOp.Response201.builder().response(mapper.account(account)).send(response);
    }

    @Override
    protected void handleGetMe(ServerRequest request, ServerResponse response) {
        PlayerCaller player = PlayerCaller.require(request);
        sessions.requireLiveSession(player.accountId(), player.sessionId());
        GetMeOp.Response200.builder().response(mapper.account(accounts.get(player.accountId()))).send(response);
    }
}
