package com.necpgame.platform.idempotency;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.ServerRequest;

/**
 * The JSON of stored idempotent responses ({@link StoredResponse#body()}): written once by the first request, read
 * back into the generated response model for every replay.
 */
public final class StoredJson {
    private final ObjectMapper json;
    private final ObjectMapper storing;

    /**
     * Stored bodies keep their nulls: read back, an absent optional list or map would otherwise become the empty
     * container the generated model starts with, and a replay would answer {@code "before": {}} where the first
     * answer had none.
     */
    public StoredJson(ObjectMapper json) {
        this.json = json;
        this.storing = json.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);
    }

    public String write(Object dto) {
        try {
            return storing.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a " + dto.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored response is not a " + type.getSimpleName(), e);
        }
    }

    /** The request's body as the idempotency key's fingerprint input (empty without one). */
    public static byte[] body(ServerRequest request) {
        return request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
    }
}
