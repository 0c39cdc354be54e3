package com.necpgame.platform.idempotency;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.ServerRequest;

/**
 * The JSON of stored idempotent responses ({@link StoredResponse#body()}): written once by the first request, read
 * back into the generated response model for every replay.
 *
 * <p>The first request answers the model it has just written, not a copy read back from its own JSON: the read was
 * 10% of economy's CPU under Reef bid load (JFR), paid by every value-moving answer. The model travels from
 * {@link #write} to {@link #read} on the request's thread (a write and the read of its answer happen on one thread:
 * the transaction runs synchronously in the request), recognised by the very String instance {@code write} returned;
 * a replay's body comes from the database, is another instance, and is read. Both answers are the same JSON (the
 * services' tests compare a first answer with its replay).
 */
public final class StoredJson {
    /** The last body this thread wrote, with the model it was written from, until its answer reads it. */
    private static final ThreadLocal<Written> JUST_WRITTEN = new ThreadLocal<>();

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
            String body = storing.writeValueAsString(dto);
            JUST_WRITTEN.set(new Written(body, dto));
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a " + dto.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(String body, Class<T> type) {
        Written written = JUST_WRITTEN.get();
        if (written != null) {
            JUST_WRITTEN.remove();
            if (written.body() == body && type.isInstance(written.dto())) { // identity: this thread's own write
                return type.cast(written.dto());
            }
        }
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored response is not a " + type.getSimpleName(), e);
        }
    }

    private record Written(String body, Object dto) {
    }

    /** The request's body as the idempotency key's fingerprint input (empty without one). */
    public static byte[] body(ServerRequest request) {
        return request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
    }
}
