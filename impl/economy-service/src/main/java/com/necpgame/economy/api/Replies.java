package com.necpgame.economy.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.ServerRequest;

/** The JSON of stored idempotent responses: written once by the first request, read back for every replay. */
public final class Replies {
    private final ObjectMapper json;

    public Replies(ObjectMapper json) {
        this.json = json;
    }

    String write(Object dto) {
        try {
            return json.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored response is not a " + type.getSimpleName(), e);
        }
    }

    static byte[] body(ServerRequest request) {
        return request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
    }
}
