package fr.ctg.actionplan;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An action's status changed, on the coordinator's update or on a committee's decision, in which case
 * {@code meetingId} names the meeting (null otherwise). Revision 2 added {@code meetingId}; revision 1 events are
 * upcast with a null one.
 */
@Revision("2")
public record ActionStatusUpdated(
        String conventionId,
        String actionId,
        ActionStatus previousStatus,
        ActionStatus status,
        LocalDate on,
        String note,
        String reason,
        String meetingId) {

    /** A coordinator's update, caused by no meeting. */
    public ActionStatusUpdated(String conventionId, String actionId, ActionStatus previousStatus, ActionStatus status,
                               LocalDate on, String note, String reason) {
        this(conventionId, actionId, previousStatus, status, on, note, reason, null);
    }
}
