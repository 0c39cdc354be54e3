package com.necpgame.bench;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;

/**
 * What the password hash allows: Argon2id hashes per second with auth's cost (memory KiB, iterations, parallelism
 * as in its {@code application.yaml}) on {@code threads} threads for {@code seconds}, after a second of warm-up (the hash is native: nothing to JIT). Prints one
 * JSON line, {@code {"kind":"argon2","hashesPerSecond":...}}. A login does exactly one such hash, so this is the
 * ceiling of logins per second on this machine. It hashes with the library auth hashes with (libargon2 over JNA), so
 * the bound is what this cost allows with the fastest implementation the service could use, not a slower one's.
 * <pre>java -cp ... com.necpgame.bench.Argon2Baseline MEMORY_KIB ITERATIONS PARALLELISM THREADS SECONDS</pre>
 */
public final class Argon2Baseline {
    private static final Argon2Advanced ARGON2ID = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);

    private Argon2Baseline() {
    }

    public static void main(String[] args) throws InterruptedException {
        int memory = Integer.parseInt(args[0]);
        int iterations = Integer.parseInt(args[1]);
        int parallelism = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        double seconds = Double.parseDouble(args[4]);
        run(memory, iterations, parallelism, threads, 1); // warm-up: load the native library, settle malloc's arenas
        double rate = run(memory, iterations, parallelism, threads, seconds);
        System.out.printf(java.util.Locale.ROOT, "{\"kind\":\"argon2\",\"name\":\"argon2id-m%d-t%d-p%d\",\"threads\":%d,"
                + "\"hashesPerSecond\":%.2f}%n", memory, iterations, parallelism, threads, rate);
    }

    private static double run(int memory, int iterations, int parallelism, int threads, double seconds)
            throws InterruptedException {
        AtomicLong hashes = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            workers[i] = Thread.ofPlatform().start(() -> {
                byte[] salt = new byte[16];
                new SecureRandom().nextBytes(salt);
                byte[] password = "correct horse battery staple".getBytes(StandardCharsets.UTF_8);
                while (System.nanoTime() < deadline) {
                    hash(password, salt, memory, iterations, parallelism);
                    hashes.incrementAndGet();
                }
            });
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return hashes.get() / ((System.nanoTime() - start) / 1e9);
    }

    static byte[] hash(byte[] password, byte[] salt, int memory, int iterations, int parallelism) {
        return ARGON2ID.rawHashAdvanced(iterations, memory, parallelism, password, salt, null, null, 32,
                Argon2Version.V13);
    }
}
