package com.necpgame.speclint.model;

/** A spec (or a file it refers to) could not be read or is not valid YAML; carries the line when known. */
public final class SpecParseException extends RuntimeException {

    public SpecParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
