package com.necpgame.platform.security;

import java.util.UUID;

import com.necpgame.platform.problem.ProblemException;
import io.helidon.webserver.http.ServerRequest;

/**
 * The player behind a request: the platform verified the access token; this insists on scope {@code player}
 * (a service token has no account: 403 {@code PLAYER_TOKEN_REQUIRED}) and reads the account id ({@code sub})
 * and the auth session ({@code sid}).
 */
public record PlayerCaller(UUID accountId, UUID sessionId) {

    public static PlayerCaller require(ServerRequest request) {
        Caller caller = Caller.require(request);
        if (!caller.hasScope(Caller.PLAYER_SCOPE)) {
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
