package com.necpgame.platform.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.necpgame.platform.problem.ProblemException;
import com.necpgame.platform.security.Caller;
import com.necpgame.platform.security.TokenVerifier;
import com.necpgame.platform.spec.ApiOperation;
import com.necpgame.platform.spec.ApiSpec;
import com.necpgame.platform.spec.RequestValidator;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Puts every request through the spec before a handler sees it, in this order:
 * <ol>
 *     <li>match it to a spec operation (404 unknown path, 405 wrong method); platform paths
 *     ({@code /observe/**}, {@code /openapi}) pass untouched;</li>
 *     <li>authenticate when the operation's security requires it (401), and allow operations marked
 *     {@code x-necp-internal} only to service tokens of the services its {@code x-callers} names (403), so an
 *     anonymous caller learns nothing about a protected operation's schema;</li>
 *     <li>validate parameters, headers and body against the spec (400).</li>
 * </ol>
 * The body is read for validation with {@link io.helidon.http.media.ReadableEntity#buffer()}: Helidon keeps the
 * bytes and serves every later {@code content().as(...)} from them, so the generated stub still reads its DTO.
 */
public final class OperationFilter implements Filter {
    private static final Set<String> PLATFORM_PREFIXES = Set.of("/observe", "/openapi", "/docs");
    private static final String BEARER = "Bearer ";

    private final ApiSpec spec;
    private final TokenVerifier tokens;
    private final RequestValidator validator;
    private final String operatorClient;

    /**
     * @param operatorClient the service client id of the operations console, the only caller of operations
     *                       marked {@code x-necp-operator}
     */
    public OperationFilter(ApiSpec spec, TokenVerifier tokens, RequestValidator validator, String operatorClient) {
        this.spec = spec;
        this.tokens = tokens;
        this.validator = validator;
        this.operatorClient = operatorClient;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.prologue().uriPath().path();
        if (isPlatformPath(path)) {
            chain.proceed();
            return;
        }
        ApiOperation operation = switch (spec.match(request.prologue().method(), path)) {
            case ApiSpec.Match.Found found -> found.operation();
            case ApiSpec.Match.MethodNotAllowed notAllowed -> {
                response.header(HeaderNames.ALLOW, String.join(", ", notAllowed.allowed()));
                throw ProblemException.methodNotAllowed("This path allows only " + notAllowed.allowed() + ".");
            }
            case ApiSpec.Match.UnknownPath unknown -> throw ProblemException.notFound("No resource at this path.");
        };
        request.context().register(operation);
        authenticate(request, operation);
        validator.validate(operation, input(request, path));
        request.context().register(Admitted.INSTANCE);
        chain.proceed();
    }

    /** In a request's context once the platform let it through to the service's routing. */
    public enum Admitted { INSTANCE }

    /**
     * The last route of every service: a request of a spec operation that no handler took. It answers 501 (the
     * operation is in the spec, the service does not implement it), which the negative tests, the platform's test
     * client and the readiness audit all refuse.
     */
    public static void notImplemented(io.helidon.webserver.http.ServerRequest request,
                                      io.helidon.webserver.http.ServerResponse response) {
        String operation = request.context().get(ApiOperation.class).map(ApiOperation::operationId).orElse(null);
        if (operation == null) {
            response.next();
            return;
        }
        throw ProblemException.notImplemented("The operation " + operation + " is in the spec but not implemented.");
    }

    private void authenticate(RoutingRequest request, ApiOperation operation) {
        Optional<String> authorization = request.headers().first(HeaderNames.AUTHORIZATION);
        if (!operation.authenticated()) {
            return; // public: a token, if sent, is ignored rather than half-trusted
        }
        String header = authorization.orElseThrow(
                () -> ProblemException.unauthorized("A valid bearer token is required."));
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ProblemException.unauthorized("A valid bearer token is required.");
        }
        Caller caller = tokens.verify(header.substring(BEARER.length()).trim());
        if (operation.internal() && !caller.hasScope(Caller.INTERNAL_SCOPE)) {
            throw ProblemException.forbidden("This operation is for services only.");
        }
        if (!operation.admitsCaller(caller.subject())) {
            throw ProblemException.forbidden("CALLER_NOT_ALLOWED",
                    "This internal operation is not for " + caller.subject() + " (see its x-callers).");
        }
        if (operation.operator() && !(caller.service() && caller.subject().equals(operatorClient))) {
            throw ProblemException.forbidden("OPERATOR_ONLY", "This operation is for the operations console only.");
        }
        request.context().register(caller);
    }

    private static RequestValidator.Input input(RoutingRequest request, String path) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String name : request.query().names()) {
            query.put(name, request.query().all(name));
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach(header -> headers.put(header.name(), header.allValues()));
        return new RequestValidator.Input(request.prologue().method().text(), path, query, headers, body(request));
    }

    private static Optional<byte[]> body(RoutingRequest request) {
        if (!request.content().hasEntity()) {
            return Optional.empty();
        }
        try {
            request.content().buffer();
        } catch (IllegalStateException tooLarge) {
            throw new ProblemException(413, "PAYLOAD_TOO_LARGE", "Payload too large",
                    "The request body is larger than this service accepts.");
        }
        try (var in = request.content().inputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPlatformPath(String path) {
        for (String prefix : PLATFORM_PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}
