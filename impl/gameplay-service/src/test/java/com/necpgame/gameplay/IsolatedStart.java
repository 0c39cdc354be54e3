package com.necpgame.gameplay;

import java.io.IOException;
import java.net.URL;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;

import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceDefinition;
import com.necpgame.platform.ServiceRuntime;

/**
 * Starts one of several services that share this test JVM's classpath. The platform reads {@code application.yaml}
 * and Flyway scans {@code db/migration} through the thread's context class loader, which here sees those of
 * gameplay, auth and character at once (three V1 migrations, three application.yaml). While a service starts, this
 * narrows both to the jar (or classes directory) of the service's own definition.
 */
final class IsolatedStart {
    private IsolatedStart() {
    }

    static RunningService start(ServiceDefinition definition, String overridesYaml, Clock clock) {
        return withOwnResources(definition.getClass(),
                () -> ServiceRuntime.start(definition, ServiceConfig.forTests(overridesYaml), clock));
    }

    static <T> T withOwnResources(Class<?> owner, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        String home = owner.getProtectionDomain().getCodeSource().getLocation().getPath();
        thread.setContextClassLoader(new OwnResources(previous, home));
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Delegates everything, but finds a service's own resources only in its own code source. */
    private static final class OwnResources extends ClassLoader {
        private final String home;

        OwnResources(ClassLoader parent, String home) {
            super(parent);
            this.home = home;
        }

        private static boolean serviceOwned(String name) {
            return name.startsWith("db/migration") || name.equals("application.yaml");
        }

        @Override
        public URL getResource(String name) {
            if (!serviceOwned(name)) {
                return super.getResource(name);
            }
            try {
                Enumeration<URL> own = getResources(name);
                return own.hasMoreElements() ? own.nextElement() : null;
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> all = super.getResources(name);
            if (!serviceOwned(name)) {
                return all;
            }
            List<URL> own = Collections.list(all).stream().filter(url -> url.toString().contains(home)).toList();
            return Collections.enumeration(own);
        }
    }
}
