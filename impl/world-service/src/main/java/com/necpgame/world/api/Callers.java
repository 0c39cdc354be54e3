package com.necpgame.world.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.security.Caller;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;

/** Who calls: the token's {@code sub} (recorded as the actor), and the account when it is a player. */
final class Callers {
    private Callers() {
    }

    static String actor(ServerRequest request) {
        return Caller.require(request).subject();
    }

    /** The player's account; empty for a service token (services may read any character's data). */
    static Optional<UUID> playerAccount(ServerRequest request) {
        return Caller.require(request).service() ? Optional.empty()
                : Optional.of(PlayerCaller.require(request).accountId());
    }
}
