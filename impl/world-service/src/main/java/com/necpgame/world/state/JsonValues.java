package com.necpgame.world.state;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.platform.problem.ProblemException;

/** World state values are JSON objects of at most 16 KiB serialized; stored as jsonb, read back as text. */
public final class JsonValues {
    public static final int MAX_BYTES = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonValues() {
    }

    public static String write(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode object(String text) {
        JsonNode node = read(text);
        if (!node.isObject()) {
            throw new IllegalStateException("stored world state value is not a JSON object: " + text);
        }
        return (ObjectNode) node;
    }

    public static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse", e);
        }
    }

    public static ObjectNode newObject() {
        return JSON.createObjectNode();
    }

    /** 422 {@code VALUE_TOO_LARGE} above 16 KiB serialized. */
    public static void requireSize(JsonNode value) {
        if (write(value).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.unprocessable("VALUE_TOO_LARGE", "A value is at most 16 KiB serialized.");
        }
    }
}
