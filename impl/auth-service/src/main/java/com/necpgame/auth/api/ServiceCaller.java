package com.necpgame.auth.api;

import com.necpgame.auth.token.Scopes;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.platform.security.Caller;
import io.helidon.webserver.http.ServerRequest;

/**
 * The service behind a request to an internal operation. The platform already admits only service tokens to
 * operations marked internal in the spec; checking again here keeps these operations closed should that marking
 * ever be lost (an extension renamed, a spec edited).
 */
final class ServiceCaller {
    private ServiceCaller() {
    }

    static Caller require(ServerRequest request) {
        Caller caller = Caller.require(request);
        if (!caller.hasScope(Scopes.INTERNAL)) {
            throw ProblemException.forbidden("SERVICE_TOKEN_REQUIRED", "This operation is for services only.");
        }
        return caller;
    }
}
