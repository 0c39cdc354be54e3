package com.necpgame.platform.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;

/** helidon-dbclient's view of a HikariCP pool (Helidon 4.5.0 ships no pool of its own). */
final class HikariConnectionPool implements JdbcConnectionPool {
    private final DataSource dataSource;
    private final String dbType;

    HikariConnectionPool(DataSource dataSource, String dbType) {
        this.dataSource = dataSource;
        this.dbType = dbType;
    }

    @Override
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DbClientException("Cannot get a database connection", e);
        }
    }

    @Override
    public String dbType() {
        return dbType;
    }
}
