package fr.ctg.platform.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's unique violation (SQLSTATE 23505) wherever the driver puts it: a batched insert reports it
 * in the chain of "next" exceptions, which Axon's default resolver does not read. Without this, two concurrent
 * commands on one convention would surface as a server error instead of a concurrency conflict.
 */
class UniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
