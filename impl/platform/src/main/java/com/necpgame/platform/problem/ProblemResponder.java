package com.necpgame.platform.problem;

import java.lang.System.Logger.Level;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.http.RequestId;
import io.helidon.http.BadRequestException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The one place that decides how a failure looks on the wire: every exception becomes an RFC 9457 problem
 * ({@code application/problem+json}); nothing else, and never a stack trace, leaves the process.
 * <ul>
 *     <li>{@link ProblemException}: as it is;</li>
 *     <li>JSON that does not parse or map, and the parse errors the generated stubs raise for parameters
 *     ({@link IllegalArgumentException}, {@link NumberFormatException}, {@link DateTimeException}), Helidon's
 *     {@link BadRequestException}: 400;</li>
 *     <li>Helidon's {@link NotFoundException} (no route): 404; other Helidon 4xx: their status;</li>
 *     <li>anything else: 500 with a generic detail that names the request id; the stack trace goes to the log.</li>
 * </ul>
 * Registered as the routing's error handler (failures in handlers) and called by the platform's outermost
 * filter (failures in filters), so both paths answer the same.
 */
public final class ProblemResponder implements ErrorHandler<Throwable> {
    private static final System.Logger LOG = System.getLogger(ProblemResponder.class.getName());
    private static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json;

    public ProblemResponder(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, Throwable failure) {
        respond(request, response, failure);
    }

    /** Answers {@code failure} as a problem, unless the response has already gone out (then it is only logged). */
    public void respond(ServerRequest request, ServerResponse response, Throwable failure) {
        String requestId = RequestId.of(request).orElse("-");
        ProblemException problem = toProblem(failure, requestId);
        log(request, requestId, problem, failure);
        if (response.isSent()) {
            return;
        }
        RequestId.of(request).ifPresent(id -> response.header(RequestId.HEADER, id));
        response.status(Status.create(problem.status()));
        response.header(HeaderNames.CONTENT_TYPE, PROBLEM_JSON);
        problem.retryAfter().ifPresent(wait -> response.header(HeaderNames.RETRY_AFTER,
                String.valueOf(Math.max(0, (wait.toMillis() + 999) / 1000))));
        if (problem.status() == 401) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        response.send(serialize(problem.toProblem(request.prologue().uriPath().rawPath())));
    }

    static ProblemException toProblem(Throwable failure, String requestId) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        JacksonException jackson = find(failure, JacksonException.class);
        if (jackson != null) {
            return badJson(jackson);
        }
        if (failure instanceof NotFoundException) {
            return ProblemException.notFound("No resource at this path.");
        }
        if (failure instanceof BadRequestException) {
            return ProblemException.badRequest("BAD_REQUEST", "The request is malformed.");
        }
        if (failure instanceof HttpException http && http.status().code() >= 400 && http.status().code() < 500) {
            return new ProblemException(http.status().code(), "HTTP_" + http.status().code(),
                    http.status().reasonPhrase(), "The request cannot be served as sent.");
        }
        if (find(failure, IllegalArgumentException.class) != null || find(failure, DateTimeException.class) != null) {
            // NumberFormatException is an IllegalArgumentException; DateTimeParseException a DateTimeException.
            return ProblemException.badRequest("BAD_REQUEST", "A parameter or the body has an invalid value.");
        }
        return new ProblemException(500, "INTERNAL", "Internal server error",
                "An unexpected error occurred. Quote request id " + requestId + " when reporting it.");
    }

    private static ProblemException badJson(JacksonException failure) {
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ProblemException.validationFailed("The request body does not match the schema.",
                    List.of(new FieldError(pointer(mapping.getPath()), "has the wrong type or format")));
        }
        return ProblemException.validationFailed("The request body is not valid JSON.",
                List.of(new FieldError("", "is not valid JSON")));
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            pointer.append(reference.getFieldName() != null
                    ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = failure; t != null && !seen.contains(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            seen.add(t);
        }
        return null;
    }

    private static void log(ServerRequest request, String requestId, ProblemException problem, Throwable failure) {
        String where = request.prologue().method().text() + " " + request.prologue().uriPath().rawPath();
        if (problem.status() >= 500) {
            LOG.log(Level.ERROR, "[" + requestId + "] " + where + " failed: " + problem.status(), failure);
        } else if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "[" + requestId + "] " + where + " -> " + problem.status() + " " + problem.code()
                    + (failure == problem ? "" : " (" + failure + ")"));
        }
    }

    byte[] serialize(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            // Cannot happen for this record; still answer with a valid problem rather than nothing.
            return ("{\"type\":\"" + ProblemException.TYPE_BASE + "internal\",\"title\":\"Internal server error\","
                    + "\"status\":500,\"code\":\"INTERNAL\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
