package com.necpgame.speclint.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A node together with the file and JSON pointer where it lives. */
public record Located(SpecFile file, String pointer, JsonNode node) {

    public Located child(String token) {
        return new Located(file, JsonPointers.append(pointer, token), node.path(token));
    }

    public Located element(int index) {
        return new Located(file, JsonPointers.append(pointer, Integer.toString(index)), node.path(index));
    }

    /** True when this node is exactly {@code common/<fileName>#<pointer>}. */
    public boolean isCommon(String fileName, String pointer) {
        return file.isCommon(fileName) && this.pointer.equals(pointer);
    }
}
