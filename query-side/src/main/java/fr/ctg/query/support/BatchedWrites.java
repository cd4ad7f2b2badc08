package fr.ctg.query.support;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * A projection's writes during one processor batch, sent just before the batch's transaction commits, in the order
 * they were made, each run of the same statement as one JDBC batch (one round trip instead of one per event).
 * Outside a processor batch (the replay check, tests calling a handler directly) a write is sent at once.
 * A handler that reads its own tables calls {@link #flush()} first, so that it sees the batch's earlier writes.
 * A write through {@link #merge} may instead be folded into an earlier one for the same row.
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

    /**
     * A write to the one row {@code key} names, folded into the batch's pending write of the same statement for the
     * same row when no other statement came after it: {@code combine(earlier, later)} gives the arguments of the
     * one write that has the effect of both. Folding moves the later write before writes of the same statement to
     * other rows, which is harmless because each touches its own row only. A row that many events of one batch
     * change (an action's status, updated every few weeks for years) is then written once per batch.
     */
    public void merge(String sql, Object key, Object[] arguments, BinaryOperator<Object[]> combine) {
        merge(sql, key, arguments, combine, Function.identity());
    }

    /** {@link #merge(String, Object, Object[], BinaryOperator)} of a named write, {@code arguments} giving its values. */
    public <W> void merge(String sql, Object key, W write, BinaryOperator<W> combine, Function<W, Object[]> arguments) {
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(sql, arguments.apply(write));
        } else {
            pending.merge(sql, key, new Foldable<>(write, combine, arguments));
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

    /** A write that may fold into an earlier one of the same statement for the same row. */
    private record Foldable<W>(W write, BinaryOperator<W> combine, Function<W, Object[]> values) {

        Object[] arguments() {
            return values.apply(write);
        }

        /** This write and then {@code later}, as one; a statement's writes are all of one type. */
        @SuppressWarnings("unchecked")
        Foldable<W> then(Foldable<?> later) {
            return new Foldable<>(combine.apply(write, (W) later.write()), combine, values);
        }
    }

    private record Folded(int index, Foldable<?> write) {
    }

    private static final class Pending {
        private final JdbcTemplate jdbc;
        private final List<String> statements = new ArrayList<>();
        private final List<Object[]> arguments = new ArrayList<>();
        /** Each row's write in the run of one foldable statement that ends the list, and where it is. */
        private final Map<Object, Folded> foldable = new HashMap<>();

        Pending(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void add(String sql, Object[] values) {
            foldable.clear();
            statements.add(sql);
            arguments.add(values);
        }

        void merge(String sql, Object key, Foldable<?> write) {
            if (!statements.isEmpty() && !statements.get(statements.size() - 1).equals(sql)) {
                foldable.clear();
            }
            Folded earlier = foldable.get(key);
            if (earlier != null) {
                Foldable<?> both = earlier.write().then(write);
                foldable.put(key, new Folded(earlier.index(), both));
                arguments.set(earlier.index(), both.arguments());
            } else {
                foldable.put(key, new Folded(statements.size(), write));
                statements.add(sql);
                arguments.add(write.arguments());
            }
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
            foldable.clear();
        }
    }
}
