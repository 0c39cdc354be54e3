package com.necpgame.contracts.provider;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retries: an interaction with the provider state {@value #SENT_BEFORE} pins what the provider answers when a
 * consumer sends a request again (an outbox retrying a delivery whose answer got lost). The provider's
 * idempotency compares the raw body, and the body exists only once pact has filled in the other states' values,
 * so the state is made true here, just before the verification: the very request, byte for byte, is sent once.
 * Pact then checks the retry's answer (status, headers, the body's shape); for a request with an Idempotency-Key,
 * whose repeat must return the first result, the same request is sent once more afterwards and its body must
 * equal the first answer's, ids and times included.
 */
public final class Retries {
    public static final String SENT_BEFORE = "the same request was sent once before";

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Retries() {
    }

    /**
     * Verifies the interaction, a retry as described above. Call it once the real token is on the request, in
     * place of {@code context.verifyInteraction()}.
     */
    public static void verify(PactVerificationContext context, HttpRequest request)
            throws IOException, InterruptedException {
        if (context.getInteraction().getProviderStates().stream().map(ProviderState::getName)
                .noneMatch(SENT_BEFORE::equals)) {
            context.verifyInteraction();
            return;
        }
        HttpResponse<String> first = send(request);
        if (first.statusCode() >= 300) {
            throw new IllegalStateException("The first sending of a retried request was refused with "
                    + first.statusCode() + ": " + first.body());
        }
        context.verifyInteraction();
        if (request.containsHeader("Idempotency-Key")) {
            HttpResponse<String> again = send(request);
            assertThat(again.statusCode()).as("status of a repeat with the same Idempotency-Key")
                    .isEqualTo(first.statusCode());
            assertThat(JSON.readTree(again.body())).as("a repeat with the same Idempotency-Key returns the first result")
                    .isEqualTo(JSON.readTree(first.body()));
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpEntity entity = request instanceof ClassicHttpRequest classic ? classic.getEntity() : null;
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        java.net.http.HttpRequest.Builder copy = java.net.http.HttpRequest.newBuilder(uri(request))
                .method(request.getMethod(), body.length == 0 ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        for (Header header : request.getHeaders()) {
            if (!RESTRICTED.contains(header.getName().toLowerCase())) {
                copy.header(header.getName(), header.getValue());
            }
        }
        if (entity != null && entity.getContentType() != null && !request.containsHeader("Content-Type")) {
            copy.header("Content-Type", entity.getContentType());
        }
        return HTTP.send(copy.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(HttpRequest request) {
        try {
            return request.getUri();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("pact built a request without a valid URI", e);
        }
    }
}
