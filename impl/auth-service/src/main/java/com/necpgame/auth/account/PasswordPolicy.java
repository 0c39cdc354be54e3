package com.necpgame.auth.account;

import java.util.Locale;
import java.util.Optional;

/**
 * The password rules beyond the length the schema enforces (12 to 128, checked by the platform against the spec):
 * a password must not contain the username or the email's local part (case-insensitive) and must not be one
 * character repeated. Answers why a password is weak, or nothing.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> weakness(String password, String username, String email) {
        // Defensive: the spec validation guarantees the length, but the rule must hold without it too.
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("The password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long.");
        }
        String lowerPassword = password.toLowerCase(Locale.ROOT);
        if (!username.isEmpty() && lowerPassword.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username.");
        }
        String localPart = localPart(email).toLowerCase(Locale.ROOT);
        if (!localPart.isEmpty() && lowerPassword.contains(localPart)) {
            return Optional.of("The password must not contain the local part of the email address.");
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of("The password must not be a single repeated character.");
        }
        return Optional.empty();
    }

    private static String localPart(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }
}
