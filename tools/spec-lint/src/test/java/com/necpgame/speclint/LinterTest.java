package com.necpgame.speclint;

import com.necpgame.speclint.model.SpecParseException;
import com.necpgame.speclint.rules.OperationIdRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.necpgame.speclint.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class LinterTest {

    @Test
    void rejectsDocumentsThatAreNotOpenApi303WithoutRunningTheRules() {
        assertThat(lint(new OperationIdRule(), "bad/swagger2.yaml", "bad/openapi31.yaml", "bad/no-paths.yaml"))
                .extracting(Finding::file, Finding::ruleId, Finding::message)
                .containsExactly(
                        tuple("bad/no-paths.yaml", "openapi-version", "the document lacks info or paths"),
                        tuple("bad/openapi31.yaml", "openapi-version",
                                "the file is not an OpenAPI 3.0.3 document (openapi: 3.1.0)"),
                        tuple("bad/swagger2.yaml", "openapi-version",
                                "the file is not an OpenAPI 3.0.3 document (openapi: missing)"));
    }

    @Test
    void acceptsOpenApi303() {
        assertThat(lint(new OperationIdRule(), "good.yaml")).isEmpty();
    }

    @Test
    void parseErrorNamesTheFileAndTheLine() {
        var broken = Fixtures.resource("broken/broken.yaml");
        assertThatThrownBy(() -> new Linter(Linter.allRules()).lint(List.of(broken), Fixtures.SPECS))
                .isInstanceOf(SpecParseException.class)
                .hasMessageStartingWith(broken + ":7:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void duplicateKeysAreParseErrors() {
        var duplicate = Fixtures.resource("broken/duplicate-key.yaml");
        assertThatThrownBy(() -> new Linter(Linter.allRules()).lint(List.of(duplicate), Fixtures.SPECS))
                .isInstanceOf(SpecParseException.class)
                .hasMessageStartingWith(duplicate + ":4:")
                .hasMessageContaining("paths");
    }
}
