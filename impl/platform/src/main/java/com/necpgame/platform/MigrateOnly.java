package com.necpgame.platform;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;

import com.necpgame.platform.db.Database;
import io.helidon.config.Config;

/**
 * The migration step of a rollout (tools/deploy's migrate Jobs): {@code --migrate-only}, or config
 * {@code db.migrate-only: true} ({@code DB_MIGRATE_ONLY=true} in the environment), opens the service's database, which
 * runs Flyway over the platform's and the service's histories, closes it and ends the process without starting a
 * server: exit 0 when migrated, 1 with the reason on standard error when not.
 */
final class MigrateOnly {
    static final String ARGUMENT = "--migrate-only";
    static final int MIGRATED = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final System.Logger LOG = System.getLogger(MigrateOnly.class.getName());

    private MigrateOnly() {
    }

    /**
     * Whether {@code args} or the configuration ask for migrations only. Helidon maps {@code DB_MIGRATE_ONLY} to
     * {@code db.migrate.only} and {@code DB_MIGRATE_dash_ONLY} to {@code db.migrate-only}: both count.
     */
    static boolean requested(List<String> args, Config config) {
        return args.contains(ARGUMENT)
                || config.get("db.migrate-only").asBoolean().orElse(false)
                || config.get("db.migrate.only").asBoolean().orElse(false);
    }

    /** The arguments the entry point does not know; a typo must not start a server instead of migrating. */
    static List<String> unknown(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.equals(ARGUMENT)).toList();
    }

    /** Migrates and returns the process's exit code; the failure's reason goes to standard error. */
    static int run(ServiceDefinition definition, Config config) {
        if (config.get("db.url").asString().orElse("").isBlank()
                && config.get("db.embedded.data-dir").asString().orElse("").isBlank()) {
            LOG.log(Level.WARNING, definition.name() + ": " + ARGUMENT + " without db.url or db.embedded.data-dir "
                    + "migrates a temporary embedded database that is discarded at exit");
        }
        try {
            migrate(definition, config);
            LOG.log(Level.INFO, definition.name() + ": schema " + definition.schema() + " migrated; not serving ("
                    + ARGUMENT + ")");
            return MIGRATED;
        } catch (RuntimeException e) {
            System.err.println(definition.name() + ": migration of schema " + definition.schema() + " failed: "
                    + reasons(e));
            LOG.log(Level.ERROR, definition.name() + ": migration failed", e);
            return FAILED;
        } finally {
            Database.stopEmbedded();
        }
    }

    /** Opens the database (Flyway: platform history, then the service's) and closes it again. */
    static void migrate(ServiceDefinition definition, Config config) {
        Database.open(config.get("db"), definition.schema()).close();
    }

    /** The messages of the cause chain: Flyway's and the driver's own words, without a stack trace. */
    private static String reasons(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : " <- ").append(message);
            }
        }
        return text.toString();
    }
}
