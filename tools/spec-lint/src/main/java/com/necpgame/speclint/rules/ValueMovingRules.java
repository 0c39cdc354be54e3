package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Located;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mutations that move currency or items must be safe to retry: they take the shared required
 * {@code Idempotency-Key} header and their success responses declare {@code Idempotency-Replayed}.
 * <p>
 * Value-moving means {@code x-moves-value: true}, or a POST/PUT/PATCH whose operationId or path
 * names one of {@link #VALUE_WORDS} (so a forgotten flag cannot hide a trade). A false positive is
 * silenced only by {@code x-moves-value: false} with the reason in {@code x-moves-value-reason}.
 */
public final class ValueMovingRules {

    /** Words (matched as the start of a word of the operationId or the path) that mean value moves. */
    public static final List<String> VALUE_WORDS = List.of("bid", "buyout", "trade", "reward", "claim", "craft",
            "transfer", "mint", "burn", "settle", "loot", "convert");
    private static final Set<String> MUTATIONS = Set.of("post", "put", "patch");
    private static final String HEADERS = "./common/headers.yaml";

    private ValueMovingRules() {
    }

    /** Value-moving operations carry the shared Idempotency-Key header parameter. */
    public static Rule idempotencyKey() {
        return new Rule() {
            @Override
            public String id() {
                return "idempotency-key";
            }

            @Override
            public void check(Spec spec, Reporter reporter) {
                for (Operation op : spec.operations()) {
                    if (movesValue(op) && !op.hasCommonParameter("headers.yaml", "IdempotencyKey")) {
                        reporter.report(spec, op.pointer(), "value-moving operation " + op.name()
                                        + " lacks the Idempotency-Key header",
                                "add - $ref: '" + HEADERS + "#/components/parameters/IdempotencyKey'");
                    }
                }
            }
        };
    }

    /** Operations that look value-moving state it: x-moves-value true, or false with a reason. */
    public static Rule flag() {
        return new Rule() {
            @Override
            public String id() {
                return "moves-value-flag";
            }

            @Override
            public void check(Spec spec, Reporter reporter) {
                for (Operation op : spec.operations()) {
                    JsonNode flag = op.node().path("x-moves-value");
                    if (flag.isMissingNode()) {
                        namedWord(op).ifPresent(word -> reporter.report(spec, op.pointer(), "operation " + op.name()
                                        + " names '" + word + "', so it moves value, but does not say x-moves-value",
                                "add x-moves-value: true (or x-moves-value: false with x-moves-value-reason: why not)"));
                    } else if (!flag.isBoolean()) {
                        reporter.report(spec, op.pointer() + "/x-moves-value", "x-moves-value of operation "
                                + op.name() + " is not a boolean", "write x-moves-value: true or false");
                    } else if (!flag.asBoolean() && op.node().path("x-moves-value-reason").asText("").isBlank()) {
                        reporter.report(spec, op.pointer() + "/x-moves-value", "operation " + op.name()
                                        + " says x-moves-value: false without a reason",
                                "add x-moves-value-reason: why this operation moves no value");
                    }
                }
            }
        };
    }

    /** Success responses of value-moving operations declare the shared Idempotency-Replayed header. */
    public static Rule replayedHeader() {
        return new Rule() {
            @Override
            public String id() {
                return "idempotent-replayed-header";
            }

            @Override
            public void check(Spec spec, Reporter reporter) {
                for (Operation op : spec.operations()) {
                    if (!movesValue(op)) {
                        continue;
                    }
                    for (Map.Entry<String, Located> response : op.responses()) {
                        if (Operation.isSuccess(response.getKey()) && !declaresReplayed(spec, response.getValue())) {
                            reporter.report(spec, response.getValue().pointer(), "the " + response.getKey()
                                            + " response of value-moving operation " + op.name()
                                            + " does not declare the Idempotency-Replayed header",
                                    "add headers: {Idempotency-Replayed: {$ref: '" + HEADERS
                                            + "#/components/headers/IdempotentReplayed'}}");
                        }
                    }
                }
            }
        };
    }

    private static boolean declaresReplayed(Spec spec, Located response) {
        return spec.loader().deref(response)
                .flatMap(r -> spec.loader().deref(r.child("headers").child("Idempotency-Replayed")))
                .filter(h -> h.isCommon("headers.yaml", "/components/headers/IdempotentReplayed"))
                .isPresent();
    }

    public static boolean movesValue(Operation op) {
        JsonNode flag = op.node().path("x-moves-value");
        if (flag.isBoolean()) {
            return flag.asBoolean();
        }
        return namedWord(op).isPresent();
    }

    /** The value word a mutation's operationId or path names, if any. */
    static Optional<String> namedWord(Operation op) {
        if (!MUTATIONS.contains(op.method())) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(words(op.node().path("operationId").asText("")));
        words.addAll(words(op.path()));
        return VALUE_WORDS.stream().filter(v -> words.stream().anyMatch(w -> w.startsWith(v))).findFirst();
    }

    /** Splits camelCase, kebab-case, snake_case and path segments into lower-case words. */
    static List<String> words(String text) {
        String spaced = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        return Arrays.stream(spaced.split("[^A-Za-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
    }
}
