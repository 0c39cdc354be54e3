package com.necpgame.platform.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.necpgame.platform.problem.FieldError;
import com.necpgame.platform.problem.ProblemException;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Checks a request against everything the spec says about it (parameters, headers, body schema: types, required
 * fields, lengths, patterns, formats, bounds, enums). Violations become one 400 {@code VALIDATION_FAILED} problem
 * listing every field at fault.
 *
 * <p>Two validators, both built once per service: {@link CompiledRequestCheck} (schemas compiled at start) lets a
 * valid request through at a small cost; only a request it does not vouch for goes to swagger-request-validator,
 * which re-matches the path and interprets the schemas on every call, and which decides and words the answer. With
 * {@code crossCheck} both run on every request and a request the fast one passed but the full one refuses fails
 * with an {@link IllegalStateException} (a 500 in a test), so the fast path can never quietly loosen the spec.
 */
public final class RequestValidator {
    private static final Pattern MISSING_PROPERTIES = Pattern.compile("\\(\\[(.*)]\\)");
    private static final Pattern JSON_LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");

    private final OpenApiInteractionValidator validator;
    private final CompiledRequestCheck compiled;
    private final boolean crossCheck;

    public RequestValidator(ApiSpec spec) {
        this(spec, false);
    }

    /** @param crossCheck also run the full validator on what the compiled check passed (tests: {@code validation.cross-check}) */
    public RequestValidator(ApiSpec spec, boolean crossCheck) {
        this.compiled = CompiledRequestCheck.compile(spec.text());
        this.crossCheck = crossCheck;
        this.validator = OpenApiInteractionValidator.createFor(ApiSpec.parse(spec.text(), "validator").model())
                .withLevelResolver(LevelResolver.create()
                        // The platform authenticates before validating, with real token checks.
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        // Clients may ask for JSON while errors are problem+json; not a reason to refuse.
                        .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The parts of a request the validator needs, copied out of the HTTP request. */
    public record Input(String method, String path, Map<String, List<String>> query,
                        Map<String, List<String>> headers, Optional<byte[]> body) {
    }

    /** Throws a 400 problem when {@code input}, a request of {@code operation}, breaks the spec. */
    public void validate(ApiOperation operation, Input input) {
        if (!compiled.vouchesFor(operation, input)) {
            validate(input);
        } else if (crossCheck) {
            try {
                validate(input);
            } catch (ProblemException refused) {
                throw new IllegalStateException("The compiled request check passed a request of "
                        + operation.operationId() + " that swagger-request-validator refuses: " + refused.getMessage()
                        + " " + refused.errors(), refused);
            }
        }
    }

    /** The full validator alone: throws a 400 problem when {@code input} breaks the spec. */
    public void validate(Input input) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(input.method()), input.path());
        input.query().forEach(request::withQueryParam);
        input.headers().forEach(request::withHeader);
        input.body().ifPresent(request::withBody);
        ValidationReport report = validator.validateRequest(request.build());
        List<FieldError> errors = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                errors.addAll(fieldErrors(message));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validationFailed("The request does not match the API specification.", errors);
        }
    }

    private static List<FieldError> fieldErrors(ValidationReport.Message message) {
        var context = message.getContext();
        Optional<Parameter> parameter = context.flatMap(ValidationReport.MessageContext::getParameter);
        if (parameter.isPresent()) {
            return List.of(new FieldError(parameter.get().getIn() + "." + parameter.get().getName(),
                    message.getKey().endsWith(".missing") ? "is required" : clean(message.getMessage())));
        }
        Optional<String> headerName = missingHeader(message);
        if (headerName.isPresent()) {
            return List.of(new FieldError("header." + headerName.get(),
                    message.getKey().endsWith(".missing") ? "is required" : clean(message.getMessage())));
        }
        if (message.getKey().endsWith(".invalidJson")) {
            return List.of(new FieldError("", invalidJson(message.getMessage())));
        }
        if (message.getKey().equals("validation.request.body.missing")) {
            return List.of(new FieldError("", "a request body is required"));
        }
        String pointer = context.flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .map(p -> p.equals("/") ? "" : p) // the whole document is "" in RFC 6901
                .orElse("");
        if (message.getKey().endsWith(".schema.required")) {
            List<FieldError> missing = missingProperties(pointer, message.getMessage());
            if (!missing.isEmpty()) {
                return missing;
            }
        }
        return List.of(new FieldError(pointer, clean(message.getMessage())));
    }

    /** "object has missing required properties (["email","password"])" -> one error per property. */
    private static List<FieldError> missingProperties(String pointer, String text) {
        Matcher matcher = MISSING_PROPERTIES.matcher(text);
        if (!matcher.find()) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (String name : matcher.group(1).split(",")) {
            String property = name.trim().replace("\"", "");
            if (!property.isEmpty()) {
                errors.add(new FieldError(pointer + "/" + property, "is required"));
            }
        }
        return errors;
    }

    private static Optional<String> missingHeader(ValidationReport.Message message) {
        if (!message.getKey().equals("validation.request.parameter.header.missing")
                && !message.getKey().startsWith("validation.request.contentType")) {
            return Optional.empty();
        }
        if (message.getKey().startsWith("validation.request.contentType")) {
            return Optional.of("Content-Type");
        }
        Matcher name = Pattern.compile("'([^']+)'").matcher(message.getMessage());
        return name.find() ? Optional.of(name.group(1)) : Optional.empty();
    }

    /** The parser's text names internals; keep only where the JSON broke. */
    private static String invalidJson(String text) {
        Matcher location = JSON_LOCATION.matcher(text);
        return location.find()
                ? "is not valid JSON (line " + location.group(1) + ", column " + location.group(2) + ")"
                : "is not valid JSON";
    }

    /** Drops the validator's "[Path '/x'] " style prefixes: the field already says where. */
    private static String clean(String text) {
        return text.replaceFirst("^(\\[[^]]*] ?)+", "").trim();
    }
}
