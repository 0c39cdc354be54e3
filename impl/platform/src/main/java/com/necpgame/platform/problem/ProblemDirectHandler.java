package com.necpgame.platform.problem;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

/**
 * Answers what Helidon rejects before routing (a malformed request line, header or percent-encoding, an
 * oversized entity) with the same problem shape as everything else, instead of Helidon's plain-text reply.
 * The detail stays generic: the raw message may echo the malformed input.
 */
public final class ProblemDirectHandler implements DirectHandler {
    private final ProblemResponder responder;

    public ProblemDirectHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        ProblemException problem = new ProblemException(status.code(), code(status), status.reasonPhrase(),
                status.code() >= 500 ? "The request could not be processed." : "The request is malformed.");
        return TransportResponse.builder()
                .status(status)
                .headers(headers)
                .header(HeaderNames.CONTENT_TYPE, "application/problem+json")
                .entity(responder.serialize(problem.toProblem(request.path())))
                .keepAlive(eventType.keepAlive())
                .build();
    }

    private static String code(Status status) {
        return switch (status.code()) {
            case 400 -> "BAD_REQUEST";
            case 413 -> "PAYLOAD_TOO_LARGE";
            default -> "HTTP_" + status.code();
        };
    }
}
