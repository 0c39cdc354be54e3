package com.necpgame.platform.spec;

import java.util.Set;

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
 * @param callers       {@code x-callers} of an internal operation: the services (token {@code sub}) allowed to call
 *                      it; empty for every other operation
 */
public record ApiOperation(String operationId,
                           Method method,
                           String pathTemplate,
                           boolean authenticated,
                           boolean internal,
                           boolean operator,
                           Set<String> callers) {
    public ApiOperation {
        callers = Set.copyOf(callers);
    }

    /**
     * Whether a service token with this {@code sub} may call the operation: least privilege between services,
     * an internal operation admits exactly its {@code x-callers} (none when the spec names none).
     */
    public boolean admitsCaller(String serviceName) {
        return !internal || callers.contains(serviceName);
    }
}
