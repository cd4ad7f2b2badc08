package fr.ctg.platform.eventstore;

import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Axon's JDBC token store, reading the {@code jsonb} token as text (the driver would hand back a PGobject). */
class JsonbTokenStore extends JdbcTokenStore {

    JsonbTokenStore(Builder builder) {
        super(builder.contentType(String.class));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <T> T readSerializedData(ResultSet resultSet, String columnName) throws SQLException {
        return (T) resultSet.getString(columnName);
    }
}
