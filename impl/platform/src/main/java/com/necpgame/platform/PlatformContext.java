package com.necpgame.platform;

import java.time.Clock;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.client.ServiceDirectory;
import com.necpgame.platform.idempotency.IdempotencyStore;
import com.necpgame.platform.jobs.Scheduler;
import com.necpgame.platform.outbox.Outbox;
import io.helidon.config.Config;
import io.helidon.dbclient.DbClient;
import io.helidon.metrics.api.MeterRegistry;

/**
 * What the platform hands a service when it builds its routing: configuration, the database (helidon
 * {@link DbClient} with the named statements of {@code db.statements}, and the pool behind it), the clock to
 * read time from (tests fix it), the JSON mapper the server uses, the metrics registry served at
 * {@code /observe/metrics}, the idempotency store, the outbox, the scheduler of periodic jobs, and the directory of
 * the services it calls.
 *
 * @param serviceName  the service's name, e.g. {@code auth-service}
 * @param config       the whole configuration (root node)
 * @param db           the database client; connections use the service's schema
 * @param dataSource   the connection pool behind {@code db} (for plain JDBC where the client does not fit)
 * @param clock        the time source; UTC
 * @param json         the Jackson mapper that reads request bodies and writes responses
 * @param metrics      the registry {@code /observe/metrics} serves
 * @param idempotency  run-once store for value-moving operations
 * @param outbox       messages to other services, written in the caller's transaction, delivered by the relay
 * @param scheduler    periodic jobs, one replica at a time
 * @param services     base URLs of the services it calls and its own service token
 */
public record PlatformContext(String serviceName,
                              Config config,
                              DbClient db,
                              DataSource dataSource,
                              Clock clock,
                              ObjectMapper json,
                              MeterRegistry metrics,
                              IdempotencyStore idempotency,
                              Outbox outbox,
                              Scheduler scheduler,
                              ServiceDirectory services) {
}
