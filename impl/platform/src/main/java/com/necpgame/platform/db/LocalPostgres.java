package com.necpgame.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL for a local run of the whole backend ({@code tools/run-backend}): database {@code necp},
 * and per service a schema owned by a login role of its own ({@code <schema>_service}, a fresh random password at
 * every start), so no service can read another's tables. Writes the connection settings as a shell file readable
 * by the user only, prints {@code READY}, and runs until SIGTERM.
 * <pre>
 * java -cp ... com.necpgame.platform.db.LocalPostgres PORT DATA_DIR CREDENTIALS_FILE schema[,schema...]
 * </pre>
 * The credentials file sets {@code NECP_DB_URL} and, per schema, {@code NECP_DB_USER_<schema>} and
 * {@code NECP_DB_PASSWORD_<schema>}. Development only: the server trusts local connections.
 */
public final class LocalPostgres {
    private static final String DATABASE = "necp";

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LocalPostgres PORT DATA_DIR CREDENTIALS_FILE schema[,schema...]");
            System.exit(2);
        }
        Path credentials = Path.of(args[2]);
        EmbeddedPostgres server = start(Integer.parseInt(args[0]), Path.of(args[1]), credentials,
                List.of(args[3].split(",")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "local-postgres-stop"));
        System.out.println("READY port=" + server.getPort() + " credentials=" + credentials);
        stopped.await();
    }

    /** Starts the server, provisions database, schemas and roles, writes {@code credentials}; the caller stops it. */
    public static EmbeddedPostgres start(int port, Path dataDir, Path credentials, List<String> schemas)
            throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir)
                .setCleanDataDirectory(false).setPgBinaryResolver(new FirstOnClasspathBinaryResolver()).start();
        EmbeddedPostgresServer.database(server, DATABASE);
        // Not server.getJdbcUrl(...): it carries user=postgres, which would override every role's own name.
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
        List<String> lines = new ArrayList<>(List.of("NECP_DB_URL=" + url));
        try (Connection connection = server.getDatabase("postgres", DATABASE).getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            for (String schema : schemas) {
                String role = provision(sql, schema, lines);
                sql.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + role);
            }
        }
        writeUserOnly(credentials, lines);
        return server;
    }

    /** The schema's own login role, owner of the schema and of nothing else. */
    private static String provision(Statement sql, String schema, List<String> lines) throws SQLException {
        if (!schema.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        String role = schema + "_service";
        String password = randomPassword();
        boolean exists;
        try (var rows = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            exists = rows.next();
        }
        sql.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " LOGIN PASSWORD '" + password + "'");
        sql.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + role);
        sql.execute("ALTER SCHEMA " + schema + " OWNER TO " + role);
        lines.add("NECP_DB_USER_" + schema + "=" + role);
        lines.add("NECP_DB_PASSWORD_" + schema + "=" + password);
        return role;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void writeUserOnly(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, lines);
    }
}
