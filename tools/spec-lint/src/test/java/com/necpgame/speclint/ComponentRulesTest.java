package com.necpgame.speclint;

import com.necpgame.speclint.rules.CompositionRule;
import com.necpgame.speclint.rules.DuplicateOperationIdRule;
import com.necpgame.speclint.rules.InlineSchemaRule;
import com.necpgame.speclint.rules.UnresolvedRefRule;
import com.necpgame.speclint.rules.UnusedComponentRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.necpgame.speclint.Fixtures.lint;
import static com.necpgame.speclint.Fixtures.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ComponentRulesTest {

    @Test
    void unusedComponentFiresOnEverySectionAndOnSchemasOnlyDeadCodeUses() {
        assertThat(lint(new UnusedComponentRule(), "bad/unused.yaml"))
                .extracting(Finding::pointer)
                .containsExactly(
                        "/components/examples/Lonely",
                        "/components/headers/XTrace",
                        "/components/parameters/Unused",
                        "/components/requestBodies/Orphan",
                        "/components/responses/Gone",
                        "/components/schemas/Dead",
                        "/components/schemas/OnlyFromDead",
                        "/components/schemas/OnlyFromOrphan",
                        "/components/securitySchemes/apiKey");
    }

    @Test
    void inlineSchemaFiresOnInlineBodiesAndOnCopiesOfNamedSchemas() {
        List<Finding> findings = lint(new InlineSchemaRule(), "bad/inline-schema.yaml");

        String createThing = op("/api/v1/auth/things", "post");
        assertThat(findings).extracting(Finding::pointer, Finding::message).containsExactly(
                tuple("/components/schemas/MyFieldError",
                        "this schema is a copy of the named schema ../common/problem.yaml#/components/schemas/FieldError"),
                tuple("/components/schemas/Thing/properties/status",
                        "this schema is a copy of the named schema #/components/schemas/ThingStatus"),
                tuple(createThing + "/requestBody/content/application~1json/schema",
                        "the request body of operation createThing is an inline object schema"),
                tuple(createThing + "/responses/200/content/application~1json/schema/items",
                        "the 200 response of operation createThing is an inline object schema"));
    }

    @Test
    void compositionFiresOnAllOfAndNestedOneOf() {
        assertThat(lint(new CompositionRule(), "bad/composition.yaml"))
                .extracting(Finding::pointer)
                .containsExactly(
                        "/components/schemas/Derived/allOf",
                        "/components/schemas/Derived/allOf/1/properties/variant/oneOf");
    }

    @Test
    void unresolvedRefFiresOnMissingFilesAndPointersButNotOnExampleData() {
        String getA = op("/api/v1/auth/a", "get");
        assertThat(lint(new UnresolvedRefRule(), "bad/unresolved-ref.yaml"))
                .extracting(Finding::pointer)
                .containsExactly(
                        getA + "/parameters/1/$ref",
                        getA + "/parameters/2/$ref",
                        getA + "/responses/200/content/application~1json/schema/$ref");
    }

    @Test
    void duplicateOperationIdFiresOnEveryOccurrenceAcrossSpecs() {
        List<Finding> findings = lint(new DuplicateOperationIdRule(), "bad/duplicate-a.yaml", "bad/duplicate-b.yaml");

        assertThat(findings).extracting(Finding::file, Finding::pointer).containsExactly(
                tuple("bad/duplicate-a.yaml", op("/api/v1/gameplay/leaderboard", "get") + "/operationId"),
                tuple("bad/duplicate-b.yaml", op("/api/v1/social/leaderboard", "get") + "/operationId"));
        assertThat(findings.get(0).message()).isEqualTo("operationId getLeaderboard is also used by "
                + "bad/duplicate-b.yaml#" + op("/api/v1/social/leaderboard", "get"));
    }

    @Test
    void duplicateOperationIdIsQuietOnDistinctSpecs() {
        assertThat(lint(new DuplicateOperationIdRule(), "good.yaml", "bad/duplicate-a.yaml")).isEmpty();
    }
}
