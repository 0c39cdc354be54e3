package com.necpgame.speclint;

import com.necpgame.speclint.rules.ConsistentIdRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.necpgame.speclint.Fixtures.lint;
import static com.necpgame.speclint.Fixtures.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ConsistentIdRuleTest {

    private static final String UUID = "type: string, format: uuid";
    private static final String SLUG = "type: string, pattern: '^[a-z0-9][a-z0-9-]{1,63}$'";
    private static final String SOCIAL_CHARACTER = op("/api/v1/social/characters/{characterId}", "get");

    private final List<Finding> findings =
            lint(new ConsistentIdRule(), "bad/consistent-id-a.yaml", "bad/consistent-id-b.yaml");

    @Test
    void firesOnEveryOccurrenceThatDiffersFromTheUsualShapeAcrossSpecsAndTheFilesTheyReferTo() {
        assertThat(findings).extracting(Finding::file, Finding::pointer).containsExactly(
                tuple("bad/consistent-id-a.yaml", "/components/schemas/ServerCharacter/properties/questId"),
                tuple("bad/consistent-id-b.yaml", "/components/schemas/SocialCharacter/properties/questId"),
                tuple("bad/consistent-id-b.yaml", SOCIAL_CHARACTER + "/parameters/0"),
                tuple("bad/consistent-id-b.yaml", SOCIAL_CHARACTER + "/parameters/1"),
                // The majority decides, even against a shared file: eventId is a plain string three times in B.
                tuple("common/events.yaml", "/components/schemas/WorldStateChange/properties/eventId"),
                tuple("common/events.yaml", "/components/schemas/WorldStateChangeAck/properties/eventId"));
    }

    @Test
    void namesBothShapesHowManyPlacesUseTheUsualOneAndTheFix() {
        Finding characterId = findings.get(2);

        assertThat(characterId.message()).isEqualTo("parameter characterId is type: string here but " + UUID
                + " in 2 places (e.g. bad/consistent-id-a.yaml#" + op("/api/v1/world/servers/{serverId}/characters/{characterId}", "get")
                + "/parameters/0)");
        assertThat(characterId.fix()).isEqualTo("use " + UUID + " like the 2 other places");
        // serverId: a $ref to a named slug in A and the inline slug of common/events.yaml are the same shape.
        assertThat(findings.get(3).message()).startsWith("parameter serverId is " + UUID + " here but " + SLUG + " in 2 places");
    }

    @Test
    void withoutAUsualShapeReportsEveryPlaceAndLeavesTheChoiceOpen() {
        assertThat(findings.get(0).message()).isEqualTo("property questId is " + SLUG + " here; questId has no usual shape"
                + " across the specs: " + SLUG + " (1 place) vs type: string, maxLength: 64 (1 place)");
        assertThat(findings.get(0).fix()).startsWith("choose one shape for questId");
    }

    @Test
    void isQuietWhenRefsAndInlineSchemasHaveTheSameShape() {
        assertThat(lint(new ConsistentIdRule(), "ids/good-a.yaml", "ids/good-b.yaml")).isEmpty();
    }
}
