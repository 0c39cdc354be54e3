package com.necpgame.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Checks a response (status, content type, body) against the service's spec as bundled into its generated
 * server jar ({@code META-INF/openapi.yaml} on the test classpath).
 */
public final class SpecConformance {
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(bundledSpec()).build();

    private SpecConformance() {
    }

    public static void assertConforms(String method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = VALIDATOR.validateResponse(pathOnly, Request.Method.valueOf(method),
                response.build());
        assertThat(report.getMessages())
                .as("%s %s -> %d does not conform to the spec: %s", method, path, status, body)
                .filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .isEmpty();
    }

    private static String bundledSpec() {
        try (InputStream in = SpecConformance.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.yaml (the service's generated server jar) is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
