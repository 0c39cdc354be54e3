package com.necpgame.speclint.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

/** One parsed YAML file: a service spec or a shared file under {@code common/}. */
public record SpecFile(Path path, JsonNode root) {

    public Located rootLocated() {
        return new Located(this, "", root);
    }

    public boolean isCommon(String fileName) {
        Path parent = path.getParent();
        return path.getFileName().toString().equals(fileName)
                && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("common");
    }
}
