package fr.ctg.query.actionprogress;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.convention.Period;

import java.time.LocalDate;

/**
 * An action is overdue when its period has ended (31 December of its last year is before the date asked) and it
 * is still expected: planned, in progress or postponed. A done action is not overdue, nor an abandoned one, which
 * will never be done and is counted as abandoned instead.
 */
final class Overdue {

    private Overdue() {
    }

    static boolean isOverdue(Period period, ActionStatus status, LocalDate asOf) {
        boolean ended = asOf.isAfter(LocalDate.of(period.endYear(), 12, 31));
        return ended && (status == ActionStatus.PLANNED || status == ActionStatus.IN_PROGRESS
                || status == ActionStatus.POSTPONED);
    }
}
