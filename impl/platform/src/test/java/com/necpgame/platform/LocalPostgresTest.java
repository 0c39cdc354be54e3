package com.necpgame.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.necpgame.platform.db.LocalPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database of a local run: one schema and one role per service, and no role reads another's schema. */
class LocalPostgresTest {

    @Test
    void eachServiceRoleOwnsItsSchemaAndNothingElse(@TempDir Path dir) throws Exception {
        Path credentials = dir.resolve("run/db.env");
        try (EmbeddedPostgres server = LocalPostgres.start(0, dir.resolve("pg"), credentials, List.of("auth", "character"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
            Map<String, String> env = new HashMap<>();
            for (String line : Files.readAllLines(credentials)) {
                env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
            String url = env.get("NECP_DB_URL");
            try (Connection auth = DriverManager.getConnection(url, env.get("NECP_DB_USER_auth"),
                    env.get("NECP_DB_PASSWORD_auth")); Statement sql = auth.createStatement()) {
                sql.execute("CREATE TABLE auth.accounts (id int)");
                sql.execute("INSERT INTO auth.accounts VALUES (1)");
            }
            try (Connection character = DriverManager.getConnection(url, env.get("NECP_DB_USER_character"),
                    env.get("NECP_DB_PASSWORD_character")); Statement sql = character.createStatement()) {
                sql.execute("CREATE TABLE character.characters (id int)");
                assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM auth.accounts"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> sql.execute("CREATE TABLE auth.stolen (id int)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }
}
