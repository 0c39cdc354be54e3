package com.necpgame.social;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.function.Supplier;

/**
 * Two services in one test JVM share one classpath, and the platform's Flyway reads {@code classpath:db/migration}
 * (through the thread's context class loader): each would apply the other's migrations too, and their V1s clash.
 * While a service starts, this loader shows {@code db/migration} only from the jar or folder of its definition.
 * (A platform change would make this unnecessary: migrations located per service, see the README.)
 */
final class OwnMigrationsOnly extends ClassLoader {
    private static final String MIGRATIONS = "db/migration";
    private final String home;

    private OwnMigrationsOnly(ClassLoader parent, Class<?> definition) {
        super(parent);
        String location = definition.getProtectionDomain().getCodeSource().getLocation().toString();
        this.home = location.endsWith(".jar") ? "jar:" + location + "!/" : location;
    }

    static <T> T start(Class<?> definition, Supplier<T> start) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new OwnMigrationsOnly(previous, definition));
        try {
            return start.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> all = super.getResources(name);
        if (!name.startsWith(MIGRATIONS)) {
            return all;
        }
        return Collections.enumeration(Collections.list(all).stream()
                .filter(url -> url.toString().startsWith(home)).toList());
    }

    @Override
    public URL getResource(String name) {
        if (!name.startsWith(MIGRATIONS)) {
            return super.getResource(name);
        }
        try {
            Enumeration<URL> own = getResources(name);
            return own.hasMoreElements() ? own.nextElement() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
