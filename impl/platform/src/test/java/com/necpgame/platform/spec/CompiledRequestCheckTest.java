package com.necpgame.platform.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.necpgame.platform.problem.ProblemException;
import io.helidon.http.Method;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast check against the full validator on the platform's test spec: what it vouches for, the full validator
 * accepts; what the full validator refuses, it does not vouch for (and so the full validator words the 400).
 */
class CompiledRequestCheckTest {
    private static final ApiSpec SPEC = ApiSpec.load("META-INF/openapi/widgets/openapi.yaml",
            CompiledRequestCheckTest.class.getClassLoader());
    private static final CompiledRequestCheck FAST = CompiledRequestCheck.compile(SPEC.text());
    private static final RequestValidator FULL = new RequestValidator(SPEC);
    private static final String ID = "0b6f3b3e-6c2b-4a53-9a51-3b2e1f0c9d7a";

    /** "METHOD path?query | header: value | body" */
    @ParameterizedTest
    @ValueSource(strings = {
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\",\"count\":3}",
            "POST /api/v1/test/widgets | Content-Type: application/json; charset=utf-8 | {\"name\":\"gizmo\",\"count\":100,\"color\":\"RED\",\"email\":\"v@necp.dev\",\"createdAt\":\"2026-11-27T12:00:00Z\"}",
            "GET /api/v1/test/widgets?q=ab",
            "GET /api/v1/test/widgets?q=ab&limit=100",
            "GET /api/v1/test/widgets/me",
            "GET /api/v1/test/widgets/" + ID,
            "POST /api/v1/test/transfers | Idempotency-Key: key-0001 | {\"amount\":9223372036854775807}",
            "POST /api/v1/test/failures/crash",
    })
    void vouchesForValidRequests(String request) {
        Case c = Case.of(request);
        assertThatCode(() -> FULL.validate(c.input())).doesNotThrowAnyException();
        assertThat(FAST.vouchesFor(c.operation(), c.input())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\"}",
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\",\"count\":3,\"colour\":\"RED\"}",
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"Gizmo\",\"count\":3}",
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\",\"count\":101}",
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\",\"count\":3000000000}",
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\",\"count\":\"3\"}",
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\",\"count\":3,\"email\":\"nope\"}",
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\",\"count\":3,\"color\":\"BLUE\"}",
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\",\"count\":3,\"createdAt\":\"yesterday\"}",
            "POST /api/v1/test/widgets | Content-Type: application/json | {\"name\":\"gizmo\",",
            "POST /api/v1/test/widgets | Content-Type: text/plain | {\"name\":\"gizmo\",\"count\":3}",
            "POST /api/v1/test/widgets",
            "GET /api/v1/test/widgets",
            "GET /api/v1/test/widgets?q=a",
            "GET /api/v1/test/widgets?q=ab&limit=0",
            "GET /api/v1/test/widgets?q=ab&limit=ten",
            "GET /api/v1/test/widgets/not-a-uuid",
            "POST /api/v1/test/transfers | Content-Type: application/json | {\"amount\":5}",
            "POST /api/v1/test/transfers | Idempotency-Key: short | {\"amount\":5}",
            "POST /api/v1/test/transfers | Idempotency-Key: key-0001 | {\"amount\":0}",
            "POST /api/v1/test/failures/unknown",
    })
    void neverVouchesForWhatTheFullValidatorRefuses(String request) {
        Case c = Case.of(request);
        assertThatThrownBy(() -> FULL.validate(c.input())).isInstanceOf(ProblemException.class);
        assertThat(FAST.vouchesFor(c.operation(), c.input())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /api/v1/test/widgets?q=ab&unknown=1", // not modelled: the full validator decides
    })
    void leavesWhatItDoesNotModelToTheFullValidator(String request) {
        Case c = Case.of(request);
        assertThat(FAST.vouchesFor(c.operation(), c.input())).isFalse();
    }

    private record Case(ApiOperation operation, RequestValidator.Input input) {
        static Case of(String text) {
            String[] parts = text.split(" \\| ");
            String[] line = parts[0].split(" ", 2);
            String[] target = line[1].split("\\?", 2);
            Map<String, List<String>> query = new LinkedHashMap<>();
            if (target.length > 1) {
                for (String pair : target[1].split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>()).add(kv[1]);
                }
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            Optional<byte[]> body = Optional.empty();
            for (int i = 1; i < parts.length; i++) {
                int colon = parts[i].indexOf(": ");
                if (parts[i].startsWith("{") || colon < 0) {
                    body = Optional.of(parts[i].getBytes(StandardCharsets.UTF_8));
                    headers.putIfAbsent("Content-Type", List.of("application/json"));
                } else {
                    headers.put(parts[i].substring(0, colon), List.of(parts[i].substring(colon + 2)));
                }
            }
            ApiOperation operation = ((ApiSpec.Match.Found) SPEC.match(Method.create(line[0]), target[0])).operation();
            return new Case(operation, new RequestValidator.Input(line[0], target[0], query, headers, body));
        }
    }
}
