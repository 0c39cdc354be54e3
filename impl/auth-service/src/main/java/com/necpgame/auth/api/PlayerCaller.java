package com.necpgame.auth.api;

import java.util.UUID;

import com.necpgame.auth.token.Scopes;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.platform.security.Caller;
import io.helidon.webserver.http.ServerRequest;

/**
 * The player behind a request: the platform verified the access token; this insists on scope {@code player}
 * (service tokens have no account: 403) and reads the account id and session family.
 */
record PlayerCaller(UUID accountId, UUID sessionId) {

    static PlayerCaller require(ServerRequest request) {
        Caller caller = Caller.require(request);
        if (!caller.hasScope(Scopes.PLAYER)) {
            throw ProblemException.forbidden("PLAYER_TOKEN_REQUIRED",
                    "This operation needs a player's access token; service tokens have no account.");
        }
        try {
            return new PlayerCaller(UUID.fromString(caller.subject()),
                    UUID.fromString(caller.sessionId().orElseThrow()));
        } catch (RuntimeException malformed) {
            throw ProblemException.unauthorized("UNAUTHORIZED", "The access token lacks its account or session.");
        }
    }
}
