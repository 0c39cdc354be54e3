package com.necpgame.platform.http;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/**
 * The id of one request: taken from {@code X-Request-Id} when the caller sent a sane one (so a gateway's id
 * flows through), generated otherwise; echoed in the response and written to every log line about the request.
 */
public record RequestId(String value) {
    public static final HeaderName HEADER = HeaderNames.create("X-Request-Id");
    // Anything else (too long, odd characters) could pollute logs; such ids are replaced.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    static RequestId fromHeaderOrNew(ServerRequest request) {
        return request.headers().first(HEADER)
                .filter(id -> SANE.matcher(id).matches())
                .map(RequestId::new)
                .orElseGet(() -> new RequestId(UUID.randomUUID().toString()));
    }

    /** The id of the request being handled, if the platform has assigned one. */
    public static Optional<String> of(ServerRequest request) {
        return request.context().get(RequestId.class).map(RequestId::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
