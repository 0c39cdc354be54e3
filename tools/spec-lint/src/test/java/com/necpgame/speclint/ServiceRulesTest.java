package com.necpgame.speclint;

import com.necpgame.speclint.model.JsonPointers;
import com.necpgame.speclint.rules.InternalOperationRule;
import com.necpgame.speclint.rules.MicroserviceRule;
import com.necpgame.speclint.rules.SecurityRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.necpgame.speclint.Fixtures.lint;
import static com.necpgame.speclint.Fixtures.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ServiceRulesTest {

    @Test
    void microserviceFiresWhenTheBlockIsMissing() {
        assertThat(lint(new MicroserviceRule(), "bad/x-microservice-missing.yaml"))
                .extracting(Finding::pointer, Finding::message)
                .containsExactly(tuple("/info", "info has no x-microservice"));
    }

    @Test
    void microserviceFiresOnMissingFieldsForeignPathsAndServersOffThePort() {
        List<Finding> findings = lint(new MicroserviceRule(), "bad/x-microservice.yaml");

        assertThat(findings).extracting(Finding::pointer, Finding::message).containsExactly(
                tuple("/info/x-microservice", "x-microservice has no package"),
                tuple("/info/x-microservice/name", "x-microservice.name Economy is not <service>-service"),
                tuple(JsonPointers.of("paths", "/api/v1/auction/lots"),
                        "path /api/v1/auction/lots does not start with the base-path /api/v1/economy"),
                tuple(JsonPointers.of("paths", "/api/v1/economyx/lots"),
                        "path /api/v1/economyx/lots does not start with the base-path /api/v1/economy"),
                tuple("/servers/0/url", "server url http://localhost:8081 is not on x-microservice.port 8085"),
                tuple("/servers/1/url", "server url https://economy.necpgame.dev is not on x-microservice.port 8085"));
    }

    @Test
    void unprotectedOperationFiresOutsideThePublicListAndOnOptionalAuth() {
        assertThat(lint(new SecurityRule(), "bad/unprotected.yaml"))
                .extracting(Finding::pointer)
                .containsExactly(op("/api/v1/economy/login", "post"), op("/api/v1/economy/maybe", "get"));
    }

    @Test
    void unprotectedOperationFiresWhenNoSecurityAppliesAtAll() {
        List<Finding> findings = lint(new SecurityRule(), "bad/no-top-level-security.yaml");

        assertThat(findings).extracting(Finding::pointer).containsExactly(op("/api/v1/auth/me", "get"));
        assertThat(findings.get(0).message())
                .contains("auth: getJwks, issueServiceToken, login, refreshToken, register");
    }

    @Test
    void internalOperationFiresWhenPathFlagCallersOrSecurityDisagree() {
        List<Finding> findings = lint(new InternalOperationRule(), "bad/internal.yaml");

        assertThat(findings).extracting(Finding::pointer, Finding::message).containsExactly(
                tuple(op("/api/v1/economy/flagged-outside", "get") + "/x-necp-internal",
                        "operation getFlaggedOutside is x-necp-internal: true but its path is not under /api/v1/economy/internal/"),
                tuple(op("/api/v1/economy/internal/bad-caller", "get") + "/x-callers/0",
                        "x-callers entry \"World\" of operation getBadCaller is not a service name"),
                tuple(op("/api/v1/economy/internal/no-callers", "get"),
                        "internal operation getNoCallers has no x-callers"),
                tuple(op("/api/v1/economy/internal/open", "get"), "internal operation getOpen is not protected"),
                tuple(op("/api/v1/economy/internal/openapi-flag", "get"),
                        "operation getOpenapiFlag is under /api/v1/economy/internal/ but lacks x-necp-internal: true"),
                tuple(op("/api/v1/economy/internal/openapi-flag", "get") + "/x-internal",
                        "operation getOpenapiFlag uses x-internal, which makes openapi-generator drop it from stubs and clients"),
                tuple(op("/api/v1/economy/internal/unflagged", "get"),
                        "operation getUnflagged is under /api/v1/economy/internal/ but lacks x-necp-internal: true"));
    }
}
