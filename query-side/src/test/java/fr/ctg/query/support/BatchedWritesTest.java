package fr.ctg.query.support;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedWritesTest {

    /** Records what reaches the database instead of sending it. */
    private final List<String> sent = new ArrayList<>();
    private final JdbcTemplate jdbc = new JdbcTemplate() {
        @Override
        public int update(String sql, Object... args) {
            sent.add(sql + Arrays.toString(args));
            return 1;
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
            sent.add(sql + " x" + batchArgs.size() + batchArgs.stream().map(Arrays::toString).toList());
            return new int[batchArgs.size()];
        }
    };
    private final BatchedWrites writes = new BatchedWrites(jdbc, "test");

    @Test
    void inAProcessorBatchWritesWaitForTheCommitAndKeepTheirOrder() throws Exception {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("e1")));
        batch.executeWithResult(() -> {
            writes.update("A", 1);
            writes.update("A", 2);
            writes.update("B", 3);
            writes.update("A", 4);
            assertThat(sent).as("nothing sent before the commit").isEmpty();
            return null;
        });
        assertThat(sent).containsExactly("A x2[[1], [2]]", "B[3]", "A[4]");
    }

    @Test
    void flushSendsTheBatchSoFarSoThatAReadSeesIt() throws Exception {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("e1")));
        batch.executeWithResult(() -> {
            writes.update("A", 1);
            writes.flush();
            assertThat(sent).containsExactly("A[1]");
            writes.update("B", 2);
            return null;
        });
        assertThat(sent).containsExactly("A[1]", "B[2]");
    }

    @Test
    void outsideAProcessorBatchAWriteIsSentAtOnce() throws Exception {
        writes.update("A", 1);
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("query")).executeWithResult(() -> {
            writes.update("B", 2);
            assertThat(sent).containsExactly("A[1]", "B[2]");
            return null;
        });
    }

    @Test
    void aRolledBackBatchSendsNothing() {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("e1")));
        try {
            batch.executeWithResult(() -> {
                writes.update("A", 1);
                throw new IllegalStateException("handler failed");
            });
        } catch (Exception expected) {
            // the batch rolls back
        }
        assertThat(sent).isEmpty();
    }

    @Test
    void aMergedWriteFoldsIntoTheEarlierOneForTheSameRowUntilAnotherStatementComes() throws Exception {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("e1")));
        BinaryOperator<Object[]> sum = (earlier, later) -> new Object[] {later[0], (int) earlier[1] + (int) later[1]};
        batch.executeWithResult(() -> {
            writes.merge("M", "row1", new Object[] {"row1", 1}, sum);
            writes.merge("M", "row2", new Object[] {"row2", 10}, sum);
            writes.merge("M", "row1", new Object[] {"row1", 2}, sum);
            writes.update("B", 3);
            writes.merge("M", "row1", new Object[] {"row1", 4}, sum);
            writes.merge("N", "row1", new Object[] {"row1", 5}, sum);
            writes.merge("M", "row1", new Object[] {"row1", 6}, sum);
            return null;
        });
        assertThat(sent).containsExactly("M x2[[row1, 3], [row2, 10]]", "B[3]", "M[row1, 4]", "N[row1, 5]",
                "M[row1, 6]");
    }
}
