package fr.ctg.query.committee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.committee.AmendmentRequested;
import fr.ctg.actionplan.committee.AnnualReportValidated;
import fr.ctg.actionplan.committee.CommitteeDecisionRecorded;
import fr.ctg.actionplan.committee.DecisionKind;
import fr.ctg.actionplan.committee.MeetingRecorded;
import fr.ctg.actionplan.committee.query.FindMeeting;
import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.FindMeetingsOfConventions;
import fr.ctg.actionplan.committee.query.MeetingsOfConventions;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.document.DocumentAttached;
import fr.ctg.document.DocumentRole;
import fr.ctg.platform.eventstore.EventJson;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.support.GuardedWrites;
import fr.ctg.query.support.SqlStatement;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.List;

import static fr.ctg.query.support.Columns.sqlDate;

/**
 * Per convention, its committees' meetings and their decisions. Every write is an insert that ignores a row already
 * there ({@link GuardedWrites}): a meeting by its id, a decision by its event's sequence number, so an event
 * delivered again changes nothing. A status change names its meeting when a committee decided it; the others are
 * the coordinator's and not shown here.
 */
@Component
@ProcessingGroup(ProcessorNames.MEETING)
class MeetingProjection implements ReadModel {

    /** Built once: building a mapper costs more than the write it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final String DECISION = """
            INSERT INTO committee_decision (convention_id, sequence_number, meeting_id, kind, report_year, action_id,
                previous_status, status, reason, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    /**
     * The minutes last attached are the meeting's. Guarded in its own way, as an upsert: the row's
     * {@code last_sequence < EXCLUDED.last_sequence}, so an older attachment delivered again changes nothing.
     */
    private static final SqlStatement MINUTES = SqlStatement.of("""
            INSERT INTO committee_minutes (convention_id, meeting_id, sha256, last_sequence)
            VALUES (:conventionId, :meetingId, :sha256, :sequence)
            ON CONFLICT (convention_id, meeting_id) DO UPDATE
                SET sha256 = EXCLUDED.sha256, last_sequence = EXCLUDED.last_sequence
                WHERE committee_minutes.last_sequence < EXCLUDED.last_sequence""");

    private final JdbcTemplate jdbc;
    private final GuardedWrites writes;

    MeetingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new GuardedWrites(jdbc, ProcessorNames.MEETING);
    }

    @Override
    public String processorName() {
        return ProcessorNames.MEETING;
    }

    @Override
    public List<String> tables() {
        return List.of("committee_convention", "committee_meeting", "committee_decision", "committee_minutes");
    }

    @EventHandler
    void on(ConventionDefined event) {
        writes.insert("INSERT INTO committee_convention (convention_id) VALUES (?) ON CONFLICT DO NOTHING",
                event.conventionId());
    }

    @EventHandler
    void on(MeetingRecorded event, @SequenceNumber long sequence) throws JsonProcessingException {
        writes.insert("""
                        INSERT INTO committee_meeting (convention_id, meeting_id, kind, meeting_date, place, attendees,
                            agenda, recorded_sequence)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) ON CONFLICT DO NOTHING""",
                event.conventionId(), event.meetingId(), event.kind().name(), sqlDate(event.date()), event.place(),
                JSON.writeValueAsString(event.attendees()), JSON.writeValueAsString(event.agenda()), sequence);
    }

    /** Of the documents attached, only a meeting's minutes are this view's: their SHA-256, to download them by. */
    @EventHandler
    void on(DocumentAttached event, @SequenceNumber long sequence) {
        if (event.role() != DocumentRole.MINUTES) {
            return;
        }
        writes.update(MINUTES, new MapSqlParameterSource("conventionId", event.conventionId())
                .addValue("meetingId", event.subjectKey()).addValue("sha256", event.document().sha256())
                .addValue("sequence", sequence));
    }

    @EventHandler
    void on(AnnualReportValidated event, @SequenceNumber long sequence) {
        writes.insert(DECISION, event.conventionId(), sequence, event.meetingId(), DecisionKind.VALIDATE_REPORT.name(),
                event.year(), null, null, null, null, null);
    }

    @EventHandler
    void on(AmendmentRequested event, @SequenceNumber long sequence) {
        writes.insert(DECISION, event.conventionId(), sequence, event.meetingId(),
                DecisionKind.REQUEST_AMENDMENT.name(), null, null, null, null, null, event.text());
    }

    @EventHandler
    void on(CommitteeDecisionRecorded event, @SequenceNumber long sequence) {
        writes.insert(DECISION, event.conventionId(), sequence, event.meetingId(), DecisionKind.FREE.name(), null,
                null, null, null, null, event.text());
    }

    @EventHandler
    void on(ActionStatusUpdated event, @SequenceNumber long sequence) {
        if (event.meetingId() == null) {
            return;
        }
        writes.insert(DECISION, event.conventionId(), sequence, event.meetingId(), kindOf(event.status()).name(),
                null, event.actionId(), event.previousStatus().name(), event.status().name(), event.reason(), null);
    }

    /** The command's kind is not stored: a committee's postponement or abandonment is read back from the status. */
    private static DecisionKind kindOf(ActionStatus status) {
        return switch (status) {
            case POSTPONED -> DecisionKind.POSTPONE_ACTION;
            case ABANDONED -> DecisionKind.ABANDON_ACTION;
            default -> DecisionKind.REORIENT_ACTION;
        };
    }

    @QueryHandler
    MeetingList handle(FindMeetings query) {
        return new MeetingQueries(jdbc).meetings(query);
    }

    @QueryHandler
    MeetingView handle(FindMeeting query) {
        return new MeetingQueries(jdbc).meeting(query);
    }

    @QueryHandler
    MeetingsOfConventions handle(FindMeetingsOfConventions query) {
        return new MeetingQueries(jdbc).meetings(query);
    }
}
