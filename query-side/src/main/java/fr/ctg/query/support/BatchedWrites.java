package fr.ctg.query.support;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * A projection's writes during one processor batch, sent just before the batch's transaction commits, in the order
 * they were made, each run of the same statement as one JDBC batch (one round trip instead of one per event).
 * Outside a processor batch (the replay check, tests calling a handler directly) a write is sent at once.
 * A handler that reads its own tables calls {@link #flush()} first, so that it sees the batch's earlier writes.
 */
public final class BatchedWrites {

    private final JdbcTemplate jdbc;
    private final String resource;

    public BatchedWrites(JdbcTemplate jdbc, String projection) {
        this.jdbc = jdbc;
        this.resource = BatchedWrites.class.getName() + "." + projection;
    }

    public void update(String sql, Object... arguments) {
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(sql, arguments);
        } else {
            pending.add(sql, arguments);
        }
    }

    public void flush() {
        Pending pending = pending();
        if (pending != null) {
            pending.flush();
        }
    }

    private Pending pending() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>)) {
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(resource, key -> {
            Pending created = new Pending(jdbc);
            batch.onPrepareCommit(unitOfWork -> created.flush());
            return created;
        });
    }

    private static final class Pending {
        private final JdbcTemplate jdbc;
        private final List<String> statements = new ArrayList<>();
        private final List<Object[]> arguments = new ArrayList<>();

        Pending(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void add(String sql, Object[] values) {
            statements.add(sql);
            arguments.add(values);
        }

        void flush() {
            int start = 0;
            while (start < statements.size()) {
                int end = start + 1;
                while (end < statements.size() && statements.get(end).equals(statements.get(start))) {
                    end++;
                }
                if (end - start == 1) {
                    jdbc.update(statements.get(start), arguments.get(start));
                } else {
                    jdbc.batchUpdate(statements.get(start), arguments.subList(start, end));
                }
                start = end;
            }
            statements.clear();
            arguments.clear();
        }
    }
}
