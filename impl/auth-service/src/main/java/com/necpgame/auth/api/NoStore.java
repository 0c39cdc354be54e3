package com.necpgame.auth.api;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

/** Responses that carry tokens must never be cached (spec: {@code Cache-Control: no-store}). */
final class NoStore {
    private NoStore() {
    }

    static ServerResponse apply(ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(HeaderNames.PRAGMA, "no-cache");
        return response;
    }
}
