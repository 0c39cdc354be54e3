package com.necpgame.contracts.provider;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
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

/**
 * Retries: an interaction with the provider state {@value #SENT_BEFORE} pins what the provider answers when a
 * consumer sends a request again (an outbox retrying a delivery whose answer got lost). The provider's
 * idempotency compares the raw body, and the body exists only once pact has filled in the other states' values,
 * so the state is made true here, just before the verification: the very request, byte for byte, is sent once.
 */
public final class Retries {
    public static final String SENT_BEFORE = "the same request was sent once before";

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Retries() {
    }

    /**
     * Sends {@code request} once if the interaction is a retry; fails unless that first request succeeded. Call it
     * after the real token was put on the request, right before {@code context.verifyInteraction()}.
     */
    public static void sendFirstIfRetry(PactVerificationContext context, HttpRequest request)
            throws IOException, InterruptedException {
        if (context.getInteraction().getProviderStates().stream().map(ProviderState::getName)
                .noneMatch(SENT_BEFORE::equals)) {
            return;
        }
        HttpEntity entity = request instanceof ClassicHttpRequest classic ? classic.getEntity() : null;
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        java.net.http.HttpRequest.Builder first = java.net.http.HttpRequest.newBuilder(uri(request))
                .method(request.getMethod(), body.length == 0 ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        for (Header header : request.getHeaders()) {
            if (!RESTRICTED.contains(header.getName().toLowerCase())) {
                first.header(header.getName(), header.getValue());
            }
        }
        if (entity != null && entity.getContentType() != null && !request.containsHeader("Content-Type")) {
            first.header("Content-Type", entity.getContentType());
        }
        HttpResponse<String> answer = HTTP.send(first.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("The first sending of a retried request was refused with "
                    + answer.statusCode() + ": " + answer.body());
        }
    }

    private static URI uri(HttpRequest request) {
        try {
            return request.getUri();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("pact built a request without a valid URI", e);
        }
    }
}
