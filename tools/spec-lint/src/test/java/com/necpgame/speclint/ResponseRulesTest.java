package com.necpgame.speclint;

import com.necpgame.speclint.rules.ErrorResponsesRule;
import com.necpgame.speclint.rules.PaginationRule;
import com.necpgame.speclint.rules.ProblemResponseRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.necpgame.speclint.Fixtures.lint;
import static com.necpgame.speclint.Fixtures.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ResponseRulesTest {

    @Test
    void errorResponsesRequires400Always401And403WhenProtectedAnd404ForPathIds() {
        List<Finding> findings = lint(new ErrorResponsesRule(), "bad/error-responses.yaml");

        String getThing = op("/api/v1/auth/things/{thingId}", "get") + "/responses";
        String publicThing = op("/api/v1/auth/public", "get") + "/responses";
        assertThat(findings).extracting(Finding::pointer, Finding::message).containsExactly(
                tuple(publicThing, "operation publicThing lacks the 400 response"),
                tuple(publicThing + "/500", "operation publicThing declares a 500 response"),
                tuple(getThing, "operation getThing lacks the 400 response"),
                tuple(getThing, "operation getThing lacks the 401 response"),
                tuple(getThing, "operation getThing lacks the 403 response"),
                tuple(getThing, "operation getThing lacks the 404 response"));
        assertThat(findings.get(5).fix()).isEqualTo("add '404': {$ref: './common/problem.yaml#/components/responses/NotFound'}");
    }

    @Test
    void problemResponseFiresOnEveryErrorThatIsNotTheSharedProblem() {
        List<Finding> findings = lint(new ProblemResponseRule(), "bad/problem-response.yaml");

        String responses = op("/api/v1/auth/things", "get") + "/responses/";
        assertThat(findings).extracting(Finding::pointer).containsExactly(
                responses + "400", responses + "404", responses + "409", responses + "422", responses + "429");
        assertThat(findings.get(0).message()).contains("is not served only as application/problem+json");
        assertThat(findings.get(1).message()).contains("does not use the shared Problem schema");
    }

    @Test
    void paginationFiresOnBareArraysAndOnPagesThatDoNotUseTheSharedPieces() {
        List<Finding> findings = lint(new PaginationRule(), "bad/pagination.yaml");

        assertThat(findings).extracting(Finding::pointer, Finding::message).containsExactlyInAnyOrder(
                tuple(
                        op("/api/v1/auth/bare", "get") + "/responses/200/content/application~1json/schema",
                        "the 200 response of operation listBare is a bare array, which cannot be paginated"),
                tuple(op("/api/v1/auth/pages", "get"),
                        "list operation listPages lacks the shared Limit parameter"),
                tuple("/components/schemas/ThingPage",
                        "the page of list operation listPages has no property page referring to the shared PageNumber"),
                tuple("/components/schemas/ThingPage",
                        "the page of list operation listPages has no property total referring to the shared TotalCount"),
                tuple("/components/schemas/ThingPage",
                        "the page of list operation listPages does not require total"));
    }
}
