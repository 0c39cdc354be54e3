package com.necpgame.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * Finds the PostgreSQL binaries like zonky's default resolver, but takes the first copy on the classpath where
 * the default refuses two. Two copies are the same artifact: a test that depends on a runnable service jar also
 * gets that jar's {@code libs/} through its manifest {@code Class-Path}.
 */
public final class FirstOnClasspathBinaryResolver implements PgBinaryResolver {

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String resource = String.format("postgres-%s-%s.txz", system, machineHardware).toLowerCase(Locale.ROOT);
        URL first = FirstOnClasspathBinaryResolver.class.getClassLoader().getResource(resource);
        return first != null ? first.openStream()
                             : DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
    }
}
