package com.necpgame.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.necpgame.platform.ServiceDefinition;

/**
 * Checks a response (status, content type, body) against a service's spec as bundled into its generated server
 * jar ({@code META-INF/openapi/<spec>/openapi.yaml} on the test classpath). One validator per spec per JVM.
 */
public final class SpecConformance {
    private static final Map<String, SpecConformance> BY_SPEC = new ConcurrentHashMap<>();
    private final OpenApiInteractionValidator validator;

    private SpecConformance(String specName) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(bundledSpec(specName)).build();
    }

    /** The checker of {@code specs/<specName>.yaml} (e.g. {@code character}). */
    public static SpecConformance of(String specName) {
        return BY_SPEC.computeIfAbsent(specName, SpecConformance::new);
    }

    public void assertConforms(String method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator.validateResponse(pathOnly, Request.Method.valueOf(method),
                response.build());
        assertThat(report.getMessages())
                .as("%s %s -> %d does not conform to the spec: %s", method, path, status, body)
                .filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .isEmpty();
    }

    private static String bundledSpec(String specName) {
        String resource = ServiceDefinition.specResource(specName);
        try (InputStream in = SpecConformance.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " (from generated/" + specName
                        + "-server) is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
