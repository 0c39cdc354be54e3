package com.necpgame.platform.problem;

/**
 * One invalid input of a request: {@code field} is a JSON pointer into the body ({@code /email}) or
 * {@code query.<name>}, {@code path.<name>}, {@code header.<name>} for parameters.
 */
public record FieldError(String field, String message) {
}
