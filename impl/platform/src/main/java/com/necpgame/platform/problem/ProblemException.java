package com.necpgame.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Ends a request with an RFC 9457 problem. Throw it from anywhere below the routing (handlers, services,
 * repositories); the platform turns it into {@code application/problem+json} with this status, code and detail.
 * <p>
 * {@code code} is the stable UPPER_SNAKE_CASE identifier clients switch on; the problem {@code type} URI is derived
 * from it ({@code EMAIL_TAKEN} -> {@code https://necpgame.dev/problems/email-taken}).
 */
public class ProblemException extends RuntimeException {
    static final String TYPE_BASE = "https://necpgame.dev/problems/";

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(int status, String code, String title, String detail,
                            List<FieldError> errors, Duration retryAfter) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), null);
    }

    // --- factories, one per status the specs use -------------------------------------------------------------

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, "Bad request", detail);
    }

    /** 400 {@code VALIDATION_FAILED} with field errors. */
    public static ProblemException validationFailed(String detail, List<FieldError> errors) {
        return new ProblemException(400, "VALIDATION_FAILED", "Request validation failed", detail, errors, null);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "UNAUTHORIZED", "Unauthorized", detail);
    }

    public static ProblemException unauthorized(String code, String detail) {
        return new ProblemException(401, code, "Unauthorized", detail);
    }

    public static ProblemException forbidden(String detail) {
        return forbidden("FORBIDDEN", detail);
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail);
    }

    public static ProblemException notFound(String detail) {
        return notFound("NOT_FOUND", detail);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(404, code, "Not found", detail);
    }

    public static ProblemException methodNotAllowed(String detail) {
        return new ProblemException(405, "METHOD_NOT_ALLOWED", "Method not allowed", detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, "Unprocessable request", detail);
    }

    public static ProblemException unprocessable(String code, String detail, List<FieldError> errors) {
        return new ProblemException(422, code, "Unprocessable request", detail, errors, null);
    }

    public static ProblemException locked(String code, String detail, Duration retryAfter) {
        return new ProblemException(423, code, "Locked", detail, List.of(), retryAfter);
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(429, "RATE_LIMITED", "Too many requests", detail, List.of(), retryAfter);
    }

    /** A spec operation without a handler (the platform's last route); never a service's own answer. */
    public static ProblemException notImplemented(String detail) {
        return new ProblemException(501, "NOT_IMPLEMENTED", "Not implemented", detail);
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "UNAVAILABLE", "Service unavailable", detail);
    }

    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(503, "UNAVAILABLE", "Service unavailable", detail, List.of(), retryAfter);
    }

    // --- accessors --------------------------------------------------------------------------------------------

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The problem type URI derived from the code. */
    public String type() {
        return TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The body for this problem, answered at {@code instance} (the request path). */
    public Problem toProblem(String instance) {
        return new Problem(type(), title, status, detail(), instance, code, errors);
    }
}
