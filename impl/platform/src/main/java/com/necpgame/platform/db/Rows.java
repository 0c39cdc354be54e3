package com.necpgame.platform.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.helidon.dbclient.DbRow;

/**
 * Reads typed values from a {@link DbRow} of the JDBC client, whose columns hold what the PostgreSQL driver
 * returns ({@code timestamptz} as {@link Timestamp}, {@code uuid} as {@link UUID}), and converts instants for
 * statement parameters (the driver binds {@link OffsetDateTime}, not {@link Instant}).
 */
public final class Rows {
    private Rows() {
    }

    public static String string(DbRow row, String column) {
        return (String) raw(row, column);
    }

    public static int integer(DbRow row, String column) {
        return ((Number) raw(row, column)).intValue();
    }

    public static long longValue(DbRow row, String column) {
        return ((Number) raw(row, column)).longValue();
    }

    public static double doubleValue(DbRow row, String column) {
        return ((Number) raw(row, column)).doubleValue();
    }

    public static boolean bool(DbRow row, String column) {
        return (Boolean) raw(row, column);
    }

    public static Optional<String> optionalString(DbRow row, String column) {
        return Optional.ofNullable(raw(row, column)).map(Object::toString);
    }

    public static byte[] bytes(DbRow row, String column) {
        return (byte[]) raw(row, column);
    }

    public static UUID uuid(DbRow row, String column) {
        Object value = raw(row, column);
        return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }

    public static Optional<UUID> optionalUuid(DbRow row, String column) {
        return Optional.ofNullable(raw(row, column)).map(v -> v instanceof UUID u ? u : UUID.fromString(v.toString()));
    }

    public static Instant instant(DbRow row, String column) {
        return optionalInstant(row, column).orElseThrow(
                () -> new IllegalStateException("Column " + column + " is null"));
    }

    public static Optional<Instant> optionalInstant(DbRow row, String column) {
        Object value = raw(row, column);
        return switch (value) {
            case null -> Optional.empty();
            case Timestamp timestamp -> Optional.of(timestamp.toInstant());
            case OffsetDateTime dateTime -> Optional.of(dateTime.toInstant());
            case Instant instant -> Optional.of(instant);
            default -> throw new IllegalStateException("Column " + column + " is not a timestamp: " + value.getClass());
        };
    }

    /** The column's value as the driver returned it; null for SQL NULL. */
    private static Object raw(DbRow row, String column) {
        return row.column(column).asOptional().orElse(null);
    }

    /** A uuid as a statement parameter for {@code CAST(:x AS uuid)}: its text; null stays null (a typed null). */
    public static String param(UUID id) {
        return id == null ? null : id.toString();
    }

    /** An instant as a statement parameter (UTC); null stays null. */
    public static OffsetDateTime param(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
