package com.necpgame.auth.serviceclient;

import com.necpgame.platform.problem.ProblemException;
import com.necpgame.auth.token.IssuedToken;
import com.necpgame.auth.token.TokenFactory;

/** The client-credentials grant: a configured service proves its secret and gets a service token. */
public final class ServiceTokenService {
    private final ServiceClients clients;
    private final TokenFactory tokens;

    public ServiceTokenService(ServiceClients clients, TokenFactory tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    /** A service token for {@code clientId}; 401 {@code INVALID_CLIENT_CREDENTIALS} for any bad pair. */
    public IssuedToken issue(String clientId, String clientSecret) {
        if (!clients.authenticate(clientId, clientSecret)) {
            throw ProblemException.unauthorized("INVALID_CLIENT_CREDENTIALS", "Unknown client or wrong secret.");
        }
        return tokens.serviceToken(clientId);
    }
}
