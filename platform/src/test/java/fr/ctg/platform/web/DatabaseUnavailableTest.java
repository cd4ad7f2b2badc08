package fr.ctg.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void seesALostConnectionThroughTheFrameworksWrappers() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseUnavailable.causes(new TransactionSystemException(
                "Could not roll back JDBC transaction", lost))).isTrue();
        assertThat(DatabaseUnavailable.causes(new InternalAuthenticationServiceException("lookup failed",
                new org.springframework.jdbc.CannotGetJdbcConnectionException("no connection")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("the database system is shutting down", "57P03"))).isTrue();
    }

    @Test
    void aBugIsNotAnOutage() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("boom"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
    }
}
