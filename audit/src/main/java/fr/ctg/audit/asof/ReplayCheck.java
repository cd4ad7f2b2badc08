package fr.ctg.audit.asof;

import fr.ctg.audit.jobs.JobProgress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays the whole history into throwaway read models and compares them, table by table and row by row, with the
 * live ones. Any difference means a projection is not a pure function of the events, or a view was altered.
 */
@Component
class ReplayCheck {

    record TableDifference(String table, long onlyLive, long onlyReplayed) {
    }

    record Report(String status, long head, long eventsReplayed, List<String> tablesCompared,
                  List<TableDifference> differences) {
    }

    private final StoredEvents events;
    private final ThrowawayReadModels throwaway;
    private final ReplayableViews views;
    private final JdbcTemplate jdbc;

    ReplayCheck(StoredEvents events, ThrowawayReadModels throwaway, ReplayableViews views, JdbcTemplate jdbc) {
        this.events = events;
        this.throwaway = throwaway;
        this.views = views;
        this.jdbc = jdbc;
    }

    Report run(Duration catchUp, JobProgress progress) throws InterruptedException {
        long head = events.head();
        progress.total(head);
        awaitLiveViews(head, catchUp);
        return throwaway.use(copy -> {
            copy.copyAll();
            long[] done = {0};
            long replayed = events.forEachUpTo(head, page -> {
                copy.feed(page);
                done[0] += page.size();
                progress.advanced(done[0]);
            });
            List<String> tables = throwaway.tables();
            List<TableDifference> differences = new ArrayList<>();
            for (String table : tables) {
                String live = copy.liveSchema() + "." + table;
                long onlyLive = count("SELECT * FROM " + live + " EXCEPT ALL SELECT * FROM " + table);
                long onlyReplayed = count("SELECT * FROM " + table + " EXCEPT ALL SELECT * FROM " + live);
                if (onlyLive + onlyReplayed > 0) {
                    differences.add(new TableDifference(table, onlyLive, onlyReplayed));
                }
            }
            return new Report(differences.isEmpty() ? "identical" : "different", head, replayed, tables, differences);
        });
    }

    private long count(String rows) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM (" + rows + ") AS difference", Long.class);
        return count == null ? 0 : count;
    }

    /** The live views must have processed what is replayed, or they differ only by lag. */
    private void awaitLiveViews(long head, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!views.liveViewsReached(head)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The live views did not reach position " + head + " in " + patience);
            }
            Thread.sleep(50);
        }
    }
}
