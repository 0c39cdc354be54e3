package com.necpgame.platform.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.helidon.http.Method;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The service's bundled spec, read once at start: the parsed model (for the request validator) and the table of
 * operations the platform matches each request against (for authentication, authorization, metrics).
 */
public final class ApiSpec {
    /**
     * Marks operations only services may call (see specs/README.md). Not {@code x-internal}: openapi-generator
     * drops operations carrying that one, so they would have neither stub nor client.
     */
    static final String INTERNAL_EXTENSION = "x-necp-internal";
    /** Marks operations only the operations console may call (see specs/README.md, Security). */
    static final String OPERATOR_EXTENSION = "x-necp-operator";
    /** The services allowed to call an internal operation (see specs/README.md, Who calls whom). */
    static final String CALLERS_EXTENSION = "x-callers";

    private final String text;
    private final OpenAPI model;
    private final List<Entry> entries;

    private ApiSpec(String text, OpenAPI model, List<Entry> entries) {
        this.text = text;
        this.model = model;
        this.entries = entries;
    }

    /**
     * Loads and parses the spec at classpath {@code resource}; fails fast when missing or invalid. A JSON rendering
     * beside a YAML resource ({@code openapi.json} next to {@code openapi.yaml}: the build bundles both, the same
     * document) is read instead: it parses in about half the time, which is a good part of a service's start.
     */
    public static ApiSpec load(String resource, ClassLoader loader) {
        String json = resource.replaceFirst("\\.yaml$", ".json");
        if (!json.equals(resource) && loader.getResource(json) != null) {
            resource = json;
        }
        String text;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("API spec not found on the classpath: " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read API spec " + resource, e);
        }
        return parse(text, resource);
    }

    static ApiSpec parse(String text, String name) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(text, null, options);
        OpenAPI model = result.getOpenAPI();
        if (model == null || model.getPaths() == null) {
            throw new IllegalStateException("API spec " + name + " is not valid OpenAPI: " + result.getMessages());
        }
        List<Entry> entries = new ArrayList<>();
        model.getPaths().forEach((path, item) -> {
            Map<Method, ApiOperation> operations = new LinkedHashMap<>();
            item.readOperationsMap().forEach((method, operation) ->
                    operations.put(Method.create(method.name()), operation(model, path, method, operation)));
            entries.add(new Entry(PathTemplate.of(path), Map.copyOf(operations)));
        });
        entries.sort((a, b) -> a.template().compareSpecificity(b.template()));
        return new ApiSpec(text, model, List.copyOf(entries));
    }

    private static ApiOperation operation(OpenAPI model, String path, PathItem.HttpMethod method, Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : model.getSecurity();
        // An empty requirement ({}) among the alternatives makes authentication optional: treat as public.
        boolean authenticated = security != null && !security.isEmpty()
                && security.stream().noneMatch(SecurityRequirement::isEmpty);
        String operationId = operation.getOperationId() != null
                ? operation.getOperationId()
                : method.name().toLowerCase() + path;
        return new ApiOperation(operationId, Method.create(method.name()), path, authenticated,
                flag(operation, INTERNAL_EXTENSION), flag(operation, OPERATOR_EXTENSION), callers(operation));
    }

    private static Set<String> callers(Operation operation) {
        Object value = operation.getExtensions() == null ? null : operation.getExtensions().get(CALLERS_EXTENSION);
        if (!(value instanceof List<?> list)) {
            return Set.of();
        }
        return list.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean flag(Operation operation, String extension) {
        Object value = operation.getExtensions() == null ? null : operation.getExtensions().get(extension);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** What a request path and method are in this spec. */
    public Match match(Method method, String path) {
        List<String> segments = PathTemplate.split(path);
        Optional<Entry> entry = entries.stream().filter(e -> e.template().matches(segments)).findFirst();
        if (entry.isEmpty()) {
            return new Match.UnknownPath();
        }
        ApiOperation operation = entry.get().operations().get(method);
        if (operation == null) {
            return new Match.MethodNotAllowed(entry.get().operations().keySet().stream()
                    .map(Method::text).sorted(Comparator.naturalOrder()).toList());
        }
        return new Match.Found(operation);
    }

    /** Every operation of the spec. */
    public List<ApiOperation> operations() {
        return entries.stream().flatMap(e -> e.operations().values().stream()).toList();
    }

    public OpenAPI model() {
        return model;
    }

    /** The spec as it was bundled, JSON or YAML as {@link #load} found it. */
    public String text() {
        return text;
    }

    /** Result of {@link #match}. */
    public sealed interface Match {
        record Found(ApiOperation operation) implements Match {
        }

        record MethodNotAllowed(List<String> allowed) implements Match {
        }

        record UnknownPath() implements Match {
        }
    }

    private record Entry(PathTemplate template, Map<Method, ApiOperation> operations) {
    }
}
