package com.necpgame.speclint;

import com.necpgame.speclint.rules.ParameterExampleRule;
import com.necpgame.speclint.rules.SchemaNameRule;
import org.junit.jupiter.api.Test;

import static com.necpgame.speclint.Fixtures.lint;
import static com.necpgame.speclint.Fixtures.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NamingAndParameterRulesTest {

    @Test
    void parameterExampleFiresOncePerParameterWithoutExample() {
        assertThat(lint(new ParameterExampleRule(), "bad/parameter-example.yaml"))
                .extracting(Finding::pointer, Finding::message)
                .containsExactly(
                        tuple("/components/parameters/ThingId",
                                "parameter thingId of operation getThing has no example"),
                        tuple(op("/api/v1/auth/things/{thingId}", "get") + "/parameters/0",
                                "parameter verbose of operation getThing has no example"));
    }

    @Test
    void schemaNameFiresOnDtoSuffixAndNonUpperCamelCase() {
        assertThat(lint(new SchemaNameRule(), "bad/schema-name.yaml"))
                .extracting(Finding::pointer, Finding::message)
                .containsExactly(
                        tuple("/components/schemas/ReefLotDto",
                                "schema name ReefLotDto ends in Dto, which the generator adds itself"),
                        tuple("/components/schemas/reef_bid", "schema name reef_bid is not UpperCamelCase"));
    }
}
