package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.committee.AmendmentRequested;
import fr.ctg.actionplan.committee.AnnualReportValidated;
import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.CommitteeDecisionRecorded;
import fr.ctg.actionplan.committee.MeetingDecision;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.MeetingRecorded;
import fr.ctg.actionplan.committee.RecordMeeting;
import fr.ctg.actionplan.committee.RecordMeetingDecision;
import fr.ctg.convention.Period;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static fr.ctg.command.convention.RuleViolation.check;

/**
 * The convention's steering and technical committees: which meetings are recorded and which years' reports were
 * validated. A member of the Convention aggregate, which receives every event and hands it the commands; the
 * decisions that change an action go through {@link ActionStatusRules}, as the coordinator's updates do.
 */
class Meetings {

    private static final Pattern MEETING_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** What a decision needs to know of its meeting. */
    record Meeting(MeetingKind kind, LocalDate date) {
    }

    private final Map<String, Meeting> recorded = new LinkedHashMap<>();
    private final Set<Integer> validatedYears = new HashSet<>();

    /** The meeting's event, then one event per decision taken there; each decision sees the ones before it. */
    List<Object> record(RecordMeeting command, Period period, Function<String, ActionStatus> statusOf) {
        check(command.meetingId() != null && MEETING_ID.matcher(command.meetingId()).matches(), "meeting-id-invalid",
                "A meeting id is 1 to 64 letters, digits, '-' or '_'.");
        check(!recorded.containsKey(command.meetingId()), "meeting-already-recorded",
                "Meeting " + command.meetingId() + " is already recorded.");
        check(command.kind() != null, "meeting-kind-required", "Say which committee met: COPIL, COTECH or WORKING_GROUP.");
        check(command.date() != null, "date-required", "A date is required.");
        // Preparatory committees meet before the convention starts: the sample's COPIL of November 2022 chose the
        // themes of a 2023-2027 convention. A year before its period is allowed, no earlier, and none after.
        check(command.date().getYear() >= period.startYear() - 1 && command.date().getYear() <= period.endYear(),
                "meeting-date-outside-period", "A meeting on " + command.date() + " lies outside the convention's "
                        + "period " + period + " and the preparatory year before it.");
        // The place is optional (the source of the sample does not say where its COPILs met), never blank.
        check(command.place() == null || !command.place().isBlank(), "meeting-place-blank",
                "A meeting's place, when given, is not blank.");
        List<Attendee> attendees = command.attendees() == null ? List.of() : command.attendees();
        attendees.forEach(attendee -> check(attendee != null && filled(attendee.party()) && filled(attendee.role()),
                "meeting-attendee-incomplete", "Each attendee names the party they represent and their role."));
        List<String> agenda = command.agenda() == null ? List.of() : command.agenda();
        check(agenda.stream().allMatch(Meetings::filled), "meeting-agenda-item-blank", "An agenda item is not blank.");

        Meeting meeting = new Meeting(command.kind(), command.date());
        List<Object> events = new ArrayList<>();
        events.add(new MeetingRecorded(command.conventionId(), command.meetingId(), command.kind(), command.date(),
                command.place() == null ? null : command.place().strip(), attendees, agenda));
        events.addAll(decisions(command.conventionId(), command.meetingId(), meeting,
                command.decisions() == null ? List.of() : command.decisions(), period, statusOf));
        return events;
    }

    List<Object> decide(RecordMeetingDecision command, Period period, Function<String, ActionStatus> statusOf) {
        Meeting meeting = recorded.get(command.meetingId());
        if (meeting == null) {
            throw RuleViolation.notFound("meeting-not-found",
                    "No meeting " + command.meetingId() + " is recorded; record the meeting before its decisions.");
        }
        check(command.decision() != null, "decision-required", "Give the decision.");
        return decisions(command.conventionId(), command.meetingId(), meeting, List.of(command.decision()), period,
                statusOf);
    }

    private List<Object> decisions(String conventionId, String meetingId, Meeting meeting,
                                   List<MeetingDecision> decisions, Period period,
                                   Function<String, ActionStatus> statusOf) {
        // Decisions taken together see each other: a year validated twice, an action changed twice.
        Set<Integer> years = new HashSet<>(validatedYears);
        Map<String, ActionStatus> changed = new HashMap<>();
        List<Object> events = new ArrayList<>();
        for (MeetingDecision decision : decisions) {
            check(decision != null && decision.kind() != null, "decision-kind-required", "Say what kind of decision it is.");
            Object event = switch (decision.kind()) {
                case VALIDATE_REPORT -> validateReport(conventionId, meetingId, meeting, decision.year(), period, years);
                case REORIENT_ACTION, POSTPONE_ACTION, ABANDON_ACTION -> changeAction(conventionId, meetingId, meeting,
                        decision, period, id -> changed.containsKey(id) ? changed.get(id) : statusOf.apply(id));
                case REQUEST_AMENDMENT -> new AmendmentRequested(conventionId, meetingId, text(decision));
                case FREE -> new CommitteeDecisionRecorded(conventionId, meetingId, text(decision));
            };
            if (event instanceof AnnualReportValidated validated) {
                years.add(validated.year());
            } else if (event instanceof ActionStatusUpdated updated) {
                changed.put(updated.actionId(), updated.status());
            }
            events.add(event);
        }
        return events;
    }

    private static AnnualReportValidated validateReport(String conventionId, String meetingId, Meeting meeting,
                                                        Integer year, Period period, Set<Integer> validated) {
        check(meeting.kind() == MeetingKind.COPIL, "report-validated-by-copil-only",
                "Only the steering committee (COPIL) validates a year's report; this meeting is a " + meeting.kind() + ".");
        check(year != null, "report-year-required", "Say which year's report is validated.");
        check(period.contains(year), "report-year-outside-period",
                "The year " + year + " lies outside the convention's period " + period + ".");
        check(year <= meeting.date().getYear(), "report-year-not-begun",
                "A meeting of " + meeting.date() + " cannot validate the report of " + year + ", which has not begun.");
        check(!validated.contains(year), "report-year-already-validated",
                "The report of " + year + " is already validated.");
        return new AnnualReportValidated(conventionId, meetingId, year);
    }

    /** Through the coordinator's rule, dated on the meeting's day, with the meeting as its cause. */
    private static ActionStatusUpdated changeAction(String conventionId, String meetingId, Meeting meeting,
                                                    MeetingDecision decision, Period period,
                                                    Function<String, ActionStatus> statusOf) {
        check(filled(decision.actionId()), "decision-action-required", "Say which action the decision is about.");
        check(filled(decision.reason()), "decision-reason-required", "A committee's decision on an action states its reason.");
        ActionStatus status = switch (decision.kind()) {
            case POSTPONE_ACTION -> ActionStatus.POSTPONED;
            case ABANDON_ACTION -> ActionStatus.ABANDONED;
            default -> decision.status();
        };
        check(decision.status() == null || decision.status() == status, "decision-status-contradicts-kind",
                "A " + decision.kind() + " decision cannot set the status " + decision.status() + ".");
        return ActionStatusRules.change(conventionId, period, decision.actionId(), statusOf.apply(decision.actionId()),
                status, meeting.date(), null, decision.reason(), meetingId);
    }

    private static String text(MeetingDecision decision) {
        check(filled(decision.text()), "decision-text-required", "A " + decision.kind() + " decision states its text.");
        return decision.text().strip();
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    boolean has(String meetingId) {
        return recorded.containsKey(meetingId);
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        recorded.put(event.meetingId(), new Meeting(event.kind(), event.date()));
    }

    @EventSourcingHandler
    void on(AnnualReportValidated event) {
        validatedYears.add(event.year());
    }
}
