package com.necpgame.speclint.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML files into Jackson trees (once per file) and resolves {@code $ref}s between them,
 * relative to the referring file, the way OpenAPI tools do.
 */
public final class SpecLoader {

    /** Longest chain of refs to refs followed before giving up (guards against cycles). */
    private static final int MAX_REF_HOPS = 32;

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final Map<Path, SpecFile> cache = new HashMap<>();

    public SpecFile load(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        SpecFile cached = cache.get(normalized);
        if (cached != null) {
            return cached;
        }
        SpecFile file = new SpecFile(normalized, read(path));
        cache.put(normalized, file);
        return file;
    }

    private JsonNode read(Path path) {
        try {
            JsonNode root = mapper.readTree(Files.newBufferedReader(path));
            if (root == null || root.isMissingNode()) {
                throw new SpecParseException(path + ": the file is empty", null);
            }
            return root;
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
            throw new SpecParseException(path + where + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SpecParseException(path + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Resolves one {@code $ref} value written in {@code from}; empty when the file or the pointer does not exist. */
    public Optional<Located> resolve(SpecFile from, String ref) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        SpecFile target = from;
        if (!filePart.isEmpty()) {
            if (filePart.contains("://")) {
                return Optional.empty();
            }
            Path path = from.path().getParent().resolve(filePart).normalize();
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            target = load(path);
        }
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            return Optional.empty();
        }
        JsonNode node = target.root().at(pointer);
        return node.isMissingNode() ? Optional.empty() : Optional.of(new Located(target, pointer, node));
    }

    /**
     * Follows {@code $ref}s from {@code start} until a node that is not a reference;
     * returns {@code start} itself when it is not a reference, empty when a ref does not resolve.
     */
    public Optional<Located> deref(Located start) {
        Located current = start;
        for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
            JsonNode ref = current.node().get("$ref");
            if (ref == null || !ref.isTextual()) {
                return Optional.of(current);
            }
            Optional<Located> next = resolve(current.file(), ref.asText());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.empty();
    }
}
