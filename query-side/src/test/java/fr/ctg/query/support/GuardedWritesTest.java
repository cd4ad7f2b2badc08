package fr.ctg.query.support;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardedWritesTest {

    private static final SqlStatement SET_A = SqlStatement.of("""
            UPDATE t SET a = :a, last_sequence = :sequence WHERE id = :id AND last_sequence < :sequence""");

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
    private final GuardedWrites writes = new GuardedWrites(jdbc, "test");

    @Test
    void aGuardedUpdateSendsEachNamedValueInItsPlaceAndTheEventsSequenceAtBothEnds() {
        writes.updateIfNewer(SET_A, 7, new MapSqlParameterSource("a", "value").addValue("id", "row"));

        assertThat(sent).containsExactly(
                "UPDATE t SET a = ?, last_sequence = ? WHERE id = ? AND last_sequence < ?[value, 7, row, 7]");
    }

    @Test
    void anUpdateThatDoesNotCompareTheRowsLastSequenceIsRefused() {
        SqlStatement unguarded = SqlStatement.of("UPDATE t SET a = :a, last_sequence = :sequence WHERE id = :id");

        assertThatThrownBy(() -> writes.updateIfNewer(unguarded, 7,
                new MapSqlParameterSource("a", "value").addValue("id", "row")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sent).isEmpty();
    }

    private record Count(String id, int added, long sequence) {
        Count then(Count later) {
            return new Count(later.id, added + later.added, later.sequence);
        }

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource("a", added).addValue("id", id).addValue("sequence", sequence);
        }
    }

    @Test
    void mergedUpdatesOfOneRowInABatchGoAsTheOneWriteTheirRecordsCombineInto() throws Exception {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("e1")));
        batch.executeWithResult(() -> {
            writes.mergeIfNewer(SET_A, "row1", new Count("row1", 1, 3), Count::then, Count::parameters);
            writes.mergeIfNewer(SET_A, "row2", new Count("row2", 10, 4), Count::then, Count::parameters);
            writes.mergeIfNewer(SET_A, "row1", new Count("row1", 2, 5), Count::then, Count::parameters);
            return null;
        });

        assertThat(sent).containsExactly("UPDATE t SET a = ?, last_sequence = ? WHERE id = ? AND last_sequence < ?"
                + " x2[[3, 5, row1, 5], [10, 4, row2, 4]]");
    }
}
