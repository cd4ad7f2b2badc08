package fr.ctg.query.actionprogress;

import fr.ctg.actionplan.ActionStatusUpdated;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import static fr.ctg.query.support.Columns.sqlDate;

/**
 * The status updates of one action within a processor batch, as the one write that has the effect of all of them:
 * the last one's status, and the sequences of all, so that the count grows by those the row has not taken yet.
 */
record StatusUpdates(String conventionId, String actionId, String status, Date statusOn, String note, String reason,
                     List<Long> sequences, long lastSequence) {

    static StatusUpdates of(ActionStatusUpdated event, long sequence) {
        return new StatusUpdates(event.conventionId(), event.actionId(), event.status().name(), sqlDate(event.on()),
                event.note(), event.reason(), List.of(sequence), sequence);
    }

    /** These updates, then {@code later}'s: the later status wins, the sequences add up. */
    StatusUpdates then(StatusUpdates later) {
        List<Long> both = new ArrayList<>(sequences);
        both.addAll(later.sequences);
        return new StatusUpdates(later.conventionId, later.actionId, later.status, later.statusOn, later.note,
                later.reason, List.copyOf(both), later.lastSequence);
    }

    SqlParameterSource parameters() {
        return new MapSqlParameterSource("conventionId", conventionId)
                .addValue("actionId", actionId)
                .addValue("status", status)
                .addValue("statusOn", statusOn)
                .addValue("note", note)
                .addValue("reason", reason)
                .addValue("sequences", sequences.toArray(Long[]::new))
                .addValue("sequence", lastSequence);
    }
}
