package com.necpgame.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The world_state migrations on a database that holds data: world_state and its history as the first migration
 * made them, filled, then migrated to the latest version, which must keep every row and give each revision an
 * event id. Runs in a schema of its own in the service's embedded database, on world-service's migrations only
 * (the classpath also holds character-service's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationTest {
    private static final String SCHEMA = "world_migration_check";

    @AutoClose
    private final TestWorldService world = new TestWorldService();

    private Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("filesystem:target/classes/db/world").table("world_history_check").target(target)
                .load();
    }

    @Test
    void theSecondMigrationKeepsTheFirstOnesDataAndGivesEveryRevisionAnEventId() throws SQLException {
        DataSource dataSource = world.service.context().dataSource();
        assertThat(flyway(dataSource, "6001").migrate().migrationsExecuted).isEqualTo(1);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            s.execute("""
                    INSERT INTO world_state VALUES
                      ('night-city-eu-1', 'watson.curfew', '{"active": false}', 2, 'OPERATOR', NULL, 'ops-console', now()),
                      ('night-city-eu-1', 'npc.emir-kaan', '{"disposition": "ALLY"}', 1, 'QUEST_CONSEQUENCE',
                       'q-sandstorm-oath', 'gameplay-service', now())""");
            s.execute("""
                    INSERT INTO world_state_history VALUES
                      ('night-city-eu-1', 'watson.curfew', 1, '{"active": true}', NULL, 'OPERATOR', NULL, 'ops-console',
                       'Curfew.', now()),
                      ('night-city-eu-1', 'watson.curfew', 2, '{"active": false}', '{"active": true}', 'OPERATOR', NULL,
                       'ops-console', 'Lifted.', now()),
                      ('night-city-eu-1', 'npc.emir-kaan', 1, '{"disposition": "ALLY"}', NULL, 'QUEST_CONSEQUENCE',
                       'q-sandstorm-oath', 'gameplay-service', NULL, now())""");
        }

        assertThat(flyway(dataSource, "latest").migrate().migrationsExecuted).isEqualTo(2);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            try (ResultSet rows = s.executeQuery("SELECT count(*) FROM world_state")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
            Set<String> eventIds = new HashSet<>();
            try (ResultSet rows = s.executeQuery(
                    "SELECT event_id, CAST(previous_value AS text) FROM world_state_history ORDER BY state_key, version")) {
                while (rows.next()) {
                    assertThat(rows.getString(1)).isNotNull();
                    eventIds.add(rows.getString(1));
                }
            }
            assertThat(eventIds).hasSize(3);
            try (ResultSet rows = s.executeQuery(
                    "SELECT CAST(value AS text) FROM world_state WHERE state_key = 'watson.curfew'")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("{\"active\": false}");
            }
        }
    }
}
