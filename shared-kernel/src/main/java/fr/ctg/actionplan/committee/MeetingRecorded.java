package fr.ctg.actionplan.committee;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A committee met. Its minutes are not part of it: once documents can be stored (issue 17), a
 * {@code MeetingMinutesAttached(conventionId, meetingId, documentId)} event of its own will attach them, and the
 * meeting view already has the place for it ({@code minutesDocumentId}).
 */
@Revision("1")
public record MeetingRecorded(
        String conventionId,
        String meetingId,
        MeetingKind kind,
        LocalDate date,
        String place,
        List<Attendee> attendees,
        List<String> agenda) {
}
