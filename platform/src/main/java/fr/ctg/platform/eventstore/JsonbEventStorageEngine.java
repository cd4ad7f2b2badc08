package fr.ctg.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Axon's JDBC engine, reading {@code jsonb} payload and metadata as text (the driver would hand back a PGobject). */
class JsonbEventStorageEngine extends JdbcEventStorageEngine {

    JsonbEventStorageEngine(Builder builder) {
        super(builder.dataType(String.class));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <T> T readPayload(ResultSet resultSet, String columnName) throws SQLException {
        return (T) resultSet.getString(columnName);
    }
}
