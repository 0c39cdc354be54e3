package com.necpgame.platform.security;

import java.util.Optional;
import java.util.Set;

import com.necpgame.platform.problem.ProblemException;
import io.helidon.webserver.http.ServerRequest;

/**
 * Who is calling, as proven by a verified bearer token. Handlers of protected operations get it with
 * {@link #require(ServerRequest)}.
 *
 * @param subject   the token's {@code sub}: an account id for players, a service name for service tokens
 * @param sessionId the token's {@code sid} (the auth session), absent in service tokens
 * @param scopes    the token's {@code scope} values
 * @param service   whether this is a service token (scope {@code internal})
 */
public record Caller(String subject, Optional<String> sessionId, Set<String> scopes, boolean service) {
    public static final String INTERNAL_SCOPE = "internal";
    public static final String PLAYER_SCOPE = "player";
    /** The scopes a bearer token may carry; other tokens auth signs (quantum sync tokens) never authenticate. */
    public static final Set<String> BEARER_SCOPES = Set.of(PLAYER_SCOPE, INTERNAL_SCOPE);

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** The verified caller of this request; empty on public operations called without a token. */
    public static Optional<Caller> of(ServerRequest request) {
        return request.context().get(Caller.class);
    }

    /** The verified caller of this request, or a 401 problem. */
    public static Caller require(ServerRequest request) {
        return of(request).orElseThrow(() -> ProblemException.unauthorized("A valid bearer token is required."));
    }
}
