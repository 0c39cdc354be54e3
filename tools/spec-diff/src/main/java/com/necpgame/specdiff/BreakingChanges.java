package com.necpgame.specdiff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * The breaking changes between two versions of a spec, by openapi-diff, each named by its operation: a removed
 * operation, or an operation whose parameters, request body, responses or security changed incompatibly (a new
 * required parameter or property, a removed response property or status, a narrowed enum or type, ...).
 */
public final class BreakingChanges {
    private BreakingChanges() {
    }

    /** The result of comparing {@code before} with {@code after}. */
    public record Result(String versionBefore, String versionAfter, List<String> breaking) {
        public boolean newMajor() {
            return major(versionAfter) > major(versionBefore);
        }

        private static int major(String version) {
            try {
                return Integer.parseInt(version.split("\\.")[0].replaceAll("\\D", ""));
            } catch (RuntimeException e) {
                return 0;
            }
        }
    }

    public static Result between(Path before, Path after) {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(before.toUri().toString(), after.toUri().toString());
        List<String> breaking = new ArrayList<>();
        if (diff.isChanged().isIncompatible()) {
            for (Endpoint removed : diff.getMissingEndpoints()) {
                breaking.add(name(removed.getOperation(), removed.getMethod().name(), removed.getPathUrl())
                        + ": the operation was removed");
            }
            for (ChangedOperation changed : diff.getChangedOperations()) {
                if (!changed.isChanged().isIncompatible()) {
                    continue;
                }
                String operation = name(changed.getNewOperation(), changed.getHttpMethod().name(), changed.getPathUrl());
                List<String> parts = new ArrayList<>();
                if (changed.getParameters() != null && changed.getParameters().isChanged().isIncompatible()) {
                    parts.add(parameters(changed));
                }
                if (incompatible(changed.resultRequestBody())) {
                    parts.add("its request body changed incompatibly (a new required property, a narrower type or enum)");
                }
                if (incompatible(changed.resultApiResponses())) {
                    parts.add("its responses changed incompatibly (a removed status or property, a wider type or enum)");
                }
                if (incompatible(changed.resultSecurityRequirements())) {
                    parts.add("its security requirements changed");
                }
                if (parts.isEmpty()) {
                    parts.add("changed incompatibly");
                }
                breaking.add(operation + ": " + String.join("; ", parts));
            }
        }
        return new Result(diff.getOldSpecOpenApi().getInfo().getVersion(),
                diff.getNewSpecOpenApi().getInfo().getVersion(), breaking);
    }

    private static String parameters(ChangedOperation changed) {
        var parameters = changed.getParameters();
        List<String> details = new ArrayList<>();
        parameters.getMissing().forEach(p -> details.add("parameter " + p.getIn() + "." + p.getName() + " removed"));
        parameters.getIncreased().stream().filter(p -> Boolean.TRUE.equals(p.getRequired()))
                .forEach(p -> details.add("required parameter " + p.getIn() + "." + p.getName() + " added"));
        parameters.getChanged().stream().filter(p -> p.isChanged().isIncompatible())
                .forEach(p -> details.add("parameter " + p.getIn() + "." + p.getName() + " changed incompatibly"));
        return details.isEmpty() ? "its parameters changed incompatibly" : String.join(", ", details);
    }

    private static boolean incompatible(DiffResult result) {
        return result != null && result.isIncompatible();
    }

    private static String name(Operation operation, String method, String path) {
        String id = operation == null || operation.getOperationId() == null ? "(no operationId)" : operation.getOperationId();
        return id + " (" + method + " " + path + ")";
    }
}
