package com.necpgame.platform;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.client.ServiceDirectory;
import com.necpgame.platform.client.ServiceTokens;
import com.necpgame.platform.db.Database;
import com.necpgame.platform.db.DatabaseReadiness;
import com.necpgame.platform.db.PoolMetrics;
import com.necpgame.platform.http.ApiDocs;
import com.necpgame.platform.http.ObservingFilter;
import com.necpgame.platform.http.OperationFilter;
import com.necpgame.platform.idempotency.IdempotencyStore;
import com.necpgame.platform.jobs.Scheduler;
import com.necpgame.platform.outbox.Outbox;
import com.necpgame.platform.problem.ProblemDirectHandler;
import com.necpgame.platform.problem.ProblemResponder;
import com.necpgame.platform.security.TokenVerifier;
import com.necpgame.platform.spec.ApiSpec;
import com.necpgame.platform.spec.RequestValidator;
import io.helidon.config.Config;
import io.helidon.health.HealthCheck;
import io.helidon.http.DirectHandler;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.logging.common.LogConfig;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.openapi.OpenApiFeature;
import io.helidon.service.registry.Services;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

/** Starts a service on the platform: {@link #run} from {@code main}, {@link #start} from tests. */
public final class ServiceRuntime {
    private static final System.Logger LOG = System.getLogger(ServiceRuntime.class.getName());
    /** The client id of the operations console (specs/README.md, Security); {@code security.operator-client}. */
    static final String DEFAULT_OPERATOR_CLIENT = "ops-console";
    static final String DEFAULT_AUTH_URL = "http://localhost:8081";
    static final Duration OUTBOX_POLL = Duration.ofMillis(250);
    static final Duration IDEMPOTENCY_RETENTION = Duration.ofHours(48);

    private ServiceRuntime() {
    }

    /**
     * For {@code main}: configures JUL logging, loads {@code application.yaml} from the classpath with
     * environment variables ({@code DB_URL} -> {@code db.url}) and system properties over it, starts the service,
     * and on SIGTERM stops it gracefully (stop accepting, finish in-flight requests, close the pool, stop the
     * embedded database).
     */
    public static void run(ServiceDefinition definition) {
        run(definition, new String[0]);
    }

    /**
     * {@link #run(ServiceDefinition)} with {@code main}'s arguments: {@code --migrate-only} (or config
     * {@code db.migrate-only}, {@code DB_MIGRATE_ONLY=true}) only migrates the database and exits (0 when migrated,
     * 1 when not: {@link MigrateOnly}); any other argument is refused (exit 2) rather than ignored.
     */
    public static void run(ServiceDefinition definition, String... args) {
        List<String> unknown = MigrateOnly.unknown(args);
        if (!unknown.isEmpty()) {
            System.err.println(definition.name() + ": unknown argument(s) " + unknown + "; usage: [" + MigrateOnly.ARGUMENT
                    + "] (configuration comes from application.yaml, environment variables and system properties)");
            System.exit(MigrateOnly.USAGE);
        }
        LogConfig.configureRuntime();
        Config config = Config.create();
        Services.set(Config.class, config);
        Database.embeddedStoppedByOwner();
        if (MigrateOnly.requested(List.of(args), config)) {
            System.exit(MigrateOnly.run(definition, config));
        }
        RunningService service = start(definition, config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.log(Level.INFO, definition.name() + " shutting down");
            service.stop();
            Database.stopEmbedded();
        }, definition.name() + "-shutdown"));
        LOG.log(Level.INFO, definition.name() + " listening on " + service.baseUrl());
    }

    /**
     * Migrates {@code definition}'s schema (the platform's history, then the service's) on the database of
     * {@code config} and closes it again, serving nothing: what {@code --migrate-only} does, for callers that keep
     * their own process (tests).
     */
    public static void migrate(ServiceDefinition definition, Config config) {
        MigrateOnly.migrate(definition, config);
    }

    /** Starts {@code definition} with {@code config} (root node) and the system UTC clock. */
    public static RunningService start(ServiceDefinition definition, Config config) {
        return start(definition, config, Clock.systemUTC());
    }

    /**
     * Starts {@code definition}: database (embedded when {@code db.url} is empty) and migrations, spec,
     * token verification, the platform filters and error handler, the service's routing, health, metrics and
     * {@code /openapi}. Callable many times per JVM (tests use {@code server.port: 0}); each start has its own
     * database when embedded.
     */
    public static RunningService start(ServiceDefinition definition, Config config, Clock clock) {
        long startNanos = System.nanoTime();
        // The database (pool and migrations, the embedded server when there is no db.url) opens on a thread of its
        // own while this one parses the spec and compiles its validator: neither needs the other, and together they
        // are most of a start (impl/platform/README.md).
        FutureTask<TimedDatabase> opening = new FutureTask<>(() -> {
            Database opened = Database.open(config.get("db"), definition.schema());
            return new TimedDatabase(opened, System.nanoTime() - startNanos);
        });
        Thread.ofPlatform().name(definition.name() + "-database-open").start(opening);
        ObjectMapper json;
        ApiSpec spec;
        RequestValidator validator;
        try {
            json = Json.mapper();
            spec = ApiSpec.load(definition.specResource(), classLoader(definition));
            validator = new RequestValidator(spec, config.get("validation.cross-check").asBoolean().orElse(false));
        } catch (RuntimeException | Error e) {
            closeOnceOpen(opening, e);
            throw e;
        }
        long specNanos = System.nanoTime() - startNanos;
        TimedDatabase timed = opened(opening);
        Database database = timed.database();
        LOG.log(Level.INFO, () -> "%s: spec and validator ready in %d ms, database and migrations in %d ms (in parallel)"
                .formatted(definition.name(), specNanos / 1_000_000, timed.nanos() / 1_000_000));
        PlatformContext context = null;
        try {
            MeterRegistry metrics = Metrics.globalRegistry();
            PoolMetrics.register(metrics, definition.name(), database);
            context = new PlatformContext(definition.name(), config, database.client(),
                    database.dataSource(), clock, json, metrics, new IdempotencyStore(database.client(), clock),
                    new Outbox(definition.name(), database.client(), json, clock, metrics,
                            config.get("outbox.poll-interval").as(Duration.class).orElse(OUTBOX_POLL)),
                    new Scheduler(definition.name(), database.dataSource()),
                    serviceDirectory(definition, config, clock, json));
            TokenVerifier tokens = TokenVerifier.create(config.get("security"), definition.localKeys(context), clock);
            ProblemResponder problems = new ProblemResponder(json);

            HttpRouting.Builder routing = HttpRouting.builder()
                    .addFilter(new ObservingFilter(definition.name(), problems, metrics))
                    .addFilter(new OperationFilter(spec, tokens, validator,
                            config.get("security.operator-client").asString().orElse(DEFAULT_OPERATOR_CLIENT)))
                    .error(Throwable.class, new UnreachableDatabase(problems));
            routing.get("/docs", new ApiDocs(ApiDocs.resourceFor(definition.specResource()), classLoader(definition)));
            definition.routing(routing, context);
            routing.any(OperationFilter::notImplemented);
            schedulePlatformJobs(context);

            WebServer server = WebServer.builder()
                    .config(config.get("server"))
                    // main registers its own hook that also closes the database, in order
                    .shutdownHook(false)
                    .directHandlers(handlers -> {
                        ProblemDirectHandler direct = new ProblemDirectHandler(problems);
                        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
                            handlers.addHandler(type, direct);
                        }
                    })
                    .mediaContext(MediaContext.builder().addMediaSupport(JacksonSupport.create(json)).build())
                    .addFeature(ObserveFeature.builder()
                            .addObserver(HealthObserver.builder()
                                    .details(true)
                                    .addCheck(new DatabaseReadiness(database.dataSource()))
                                    .addChecks(definition.healthChecks(context).toArray(HealthCheck[]::new))
                                    .build())
                            .addObserver(MetricsObserver.create())
                            .build())
                    .addFeature(OpenApiFeature.builder().staticFile(definition.specResource()).build())
                    .routing(routing)
                    .build()
                    .start();
            context.outbox().start();
            return new Running(server, database, context);
        } catch (RuntimeException e) {
            if (context != null) {
                context.outbox().close();
                context.scheduler().close();
            }
            database.close();
            throw e;
        }
    }

    /**
     * Housekeeping every service gets: idempotency records kept 48 hours (the specs promise at least 24), delivered
     * outbox messages kept 7 days.
     */
    private static void schedulePlatformJobs(PlatformContext context) {
        context.scheduler().every("purge-idempotency-keys", Duration.ofHours(1),
                () -> context.idempotency().purgeOlderThan(IDEMPOTENCY_RETENTION));
        context.scheduler().every("purge-delivered-outbox", Duration.ofHours(1),
                () -> context.outbox().purgeDelivered(Duration.ofDays(7)));
    }

    private static ServiceDirectory serviceDirectory(ServiceDefinition definition, Config config, Clock clock,
                                                     ObjectMapper json) {
        Config services = config.get("services");
        String authUrl = services.get("auth.url").asString().orElse(DEFAULT_AUTH_URL);
        return new ServiceDirectory(services, new ServiceTokens(authUrl,
                services.get("client.id").asString().orElse(definition.name()),
                services.get("client.secret").asString().orElse(""), clock, json));
    }

    private record TimedDatabase(Database database, long nanos) {
    }

    /** What the database thread gave: its database, or its failure rethrown here as it was thrown there. */
    private static TimedDatabase opened(FutureTask<TimedDatabase> opening) {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException("Cannot open the database", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opening.cancel(true);
            throw new IllegalStateException("Interrupted while the database opened", e);
        }
    }

    /** The start failed before it needed the database: close it once open, so no pool or server outlives it. */
    private static void closeOnceOpen(FutureTask<TimedDatabase> opening, Throwable failure) {
        try {
            opened(opening).database().close();
        } catch (RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    private static ClassLoader classLoader(ServiceDefinition definition) {
        ClassLoader loader = definition.getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    private static final class Running implements RunningService {
        private final WebServer server;
        private final Database database;
        private final PlatformContext context;
        private final AtomicBoolean stopped = new AtomicBoolean();

        private Running(WebServer server, Database database, PlatformContext context) {
            this.server = server;
            this.database = database;
            this.context = context;
        }

        @Override
        public int port() {
            return server.port();
        }

        @Override
        public PlatformContext context() {
            return context;
        }

        @Override
        public void stop() {
            if (stopped.compareAndSet(false, true)) {
                List<RuntimeException> failures = new ArrayList<>();
                try {
                    server.stop(); // waits for in-flight requests up to the shutdown grace period
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                context.outbox().close();
                context.scheduler().close();
                database.close();
                if (!failures.isEmpty()) {
                    throw failures.getFirst();
                }
            }
        }
    }
}
