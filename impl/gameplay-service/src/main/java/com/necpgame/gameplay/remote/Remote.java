package com.necpgame.gameplay.remote;

import java.net.http.HttpClient;
import java.time.Duration;

import com.necpgame.platform.client.ServiceTokens;
import com.necpgame.platform.outbox.Delivery;
import com.necpgame.platform.problem.ProblemException;

/** What every call to another service shares: timeouts, the 503 of a callee that does not answer, deliveries. */
final class Remote {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private Remote() {
    }

    static HttpClient.Builder httpClient() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT);
    }

    /** A synchronous call that got no usable answer (no connection, timeout, 5xx, or a refused service token). */
    static ProblemException unavailable(String service, int status) {
        return ProblemException.unavailable(service + " does not answer" + (status > 0 ? " (HTTP " + status + ")" : "")
                + "; try again shortly.", Duration.ofSeconds(5));
    }

    /**
     * A push's answer: 2xx delivered; {@code alreadyDoneCode} (the receiver's "already applied") counts as
     * delivered; 401 forgets the service token and retries; otherwise the platform's reading of the status.
     */
    static Delivery delivery(int status, String body, String alreadyDoneCode, ServiceTokens tokens) {
        if (status == 409 && alreadyDoneCode != null && body != null && body.contains("\"" + alreadyDoneCode + "\"")) {
            return Delivery.delivered();
        }
        if (status == 401) {
            tokens.invalidate();
            return Delivery.retry("HTTP 401: service token refused, fetching a new one");
        }
        return Delivery.ofStatus(status, body);
    }
}
