package com.necpgame.platform.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.necpgame.platform.problem.ProblemException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /docs}: the service's rendered API reference (Redocly build-docs of its bundled spec, Redoc inlined,
 * no CDN), which the build puts next to the spec in the generated server jar. Read once at start.
 */
public final class ApiDocs implements Handler {
    private final Optional<byte[]> html;

    public ApiDocs(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            this.html = in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Where the build puts the rendered reference of a spec: next to the bundled spec. */
    public static String resourceFor(String specResource) {
        return specResource.replaceFirst("openapi\\.yaml$", "docs.html");
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        byte[] page = html.orElseThrow(() -> ProblemException.notFound("DOCS_NOT_BUILT",
                "This build has no rendered API reference (built with -Ddocs.skip); the spec is at /openapi."));
        response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8").send(page);
    }
}
