package com.necpgame.speclint;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule ids are what people search for: each is unique and documented in the module README. */
class RuleCatalogTest {

    private static final List<String> IDS = Linter.allRules().stream().map(Rule::id).toList();

    @Test
    void ruleIdsAreUniqueKebabCase() {
        assertThat(IDS).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z0-9]+)*"));
    }

    @Test
    void everyRuleIdIsDocumentedInTheReadme() throws Exception {
        // Surefire runs in the module directory.
        String readme = Files.readString(Path.of("README.md"));
        assertThat(IDS).allSatisfy(id -> assertThat(readme).contains("`" + id + "`"));
        assertThat(readme).contains("`" + Linter.OPENAPI_VERSION + "`");
    }
}
