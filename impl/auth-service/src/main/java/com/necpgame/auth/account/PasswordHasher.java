package com.necpgame.auth.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;

/**
 * Argon2id password hashing. Hashes are stored in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}), so the cost parameters travel with each hash and can be
 * raised later without breaking existing passwords: {@link #verify} always uses the parameters of the stored hash.
 *
 * <p>The hash is the reference C implementation (libargon2, bundled for each platform by argon2-jvm and called over
 * JNA): it hashes about 1.5 times as fast as Bouncy Castle's Java one here, and its 19 MiB live outside the Java
 * heap, where Bouncy Castle's 19,000 one-KiB blocks per hash made the collector copy them under login load.
 * The calls block their thread in native code, so they run on {@link HashSlots}' platform threads, never on a
 * virtual thread's carrier.
 */
public final class PasswordHasher {
    private static final Pattern PHC = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Argon2Advanced ARGON2ID = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);

    private final Argon2Cost cost;
    private final HashSlots slots;
    private final SecureRandom random = new SecureRandom();
    // Verified against on unknown accounts, so that a login for a missing account costs the same time.
    private final String decoyHash;

    /**
     * @param cost  memory (KiB), iterations and parallelism for new hashes
     * @param slots how many hashes run at once, and how long the others wait (503 beyond)
     */
    public PasswordHasher(Argon2Cost cost, HashSlots slots) {
        this.cost = cost;
        this.slots = slots;
        this.decoyHash = hash("decoy password that matches no account");
    }

    /** The OWASP baseline for Argon2id: 19 MiB, 2 iterations, 1 lane; one hash per core at a time. */
    public static PasswordHasher withDefaults() {
        return new PasswordHasher(Argon2Cost.DEFAULT, HashSlots.perCore());
    }

    /** A fresh PHC-formatted Argon2id hash of {@code password} with a random salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = slots.run(() -> argon2(password, salt, cost, HASH_BYTES));
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code storedHash}, compared in constant time; false for a broken hash. */
    public boolean verify(String password, String storedHash) {
        Matcher phc = PHC.matcher(storedHash);
        if (!phc.matches()) {
            return false;
        }
        Argon2Cost stored = new Argon2Cost(Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                Integer.parseInt(phc.group(3)));
        byte[] salt = B64_DECODER.decode(phc.group(4));
        byte[] expected = B64_DECODER.decode(phc.group(5));
        byte[] actual = slots.run(() -> argon2(password, salt, stored, expected.length));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of one verification and answers nothing: the unknown-account path of a login. */
    public void verifyDecoy(String password) {
        verify(password, decoyHash);
    }

    private static byte[] argon2(String password, byte[] salt, Argon2Cost cost, int length) {
        byte[] passwordBytes = password.getBytes(StandardCharsets.UTF_8);
        try {
            return ARGON2ID.rawHashAdvanced(cost.iterations(), cost.memoryKib(), cost.parallelism(), passwordBytes,
                    salt, null, null, length, Argon2Version.V13);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    /** Argon2id cost parameters. */
    public record Argon2Cost(int memoryKib, int iterations, int parallelism) {
        public static final Argon2Cost DEFAULT = new Argon2Cost(19 * 1024, 2, 1);

        public Argon2Cost {
            if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
                throw new IllegalArgumentException("Invalid Argon2 cost: m=" + memoryKib + ", t=" + iterations
                        + ", p=" + parallelism);
            }
        }
    }
}
