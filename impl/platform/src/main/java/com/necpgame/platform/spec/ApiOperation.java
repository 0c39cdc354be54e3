package com.necpgame.platform.spec;

import io.helidon.http.Method;

/**
 * One operation of the service's spec, as the platform needs it per request.
 *
 * @param operationId   the spec's operationId (metrics tag, logs)
 * @param method        HTTP method
 * @param pathTemplate  the spec path, e.g. {@code /api/v1/auth/sessions/{sessionId}}
 * @param authenticated whether its effective {@code security} requires a bearer token
 * @param internal      {@code x-necp-internal: true}: only service tokens (scope {@code internal}) may call it
 * @param operator      {@code x-necp-operator: true}: only the operations console's service token may call it
 */
public record ApiOperation(String operationId,
                           Method method,
                           String pathTemplate,
                           boolean authenticated,
                           boolean internal,
                           boolean operator) {
}
