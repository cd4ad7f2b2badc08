package fr.ctg.query.committee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.DecisionKind;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.query.DecisionView;
import fr.ctg.actionplan.committee.query.FindMeeting;
import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.FindMeetingsOfConventions;
import fr.ctg.actionplan.committee.query.MeetingsOfConventions;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.platform.eventstore.EventJson;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static fr.ctg.query.support.Columns.date;

/** Reads meetings in date order (then in the order recorded) and their decisions in the order they were taken. */
class MeetingQueries {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final TypeReference<List<Attendee>> ATTENDEES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final String MEETINGS = """
            SELECT m.*, n.sha256 AS minutes_sha256
            FROM committee_meeting m LEFT JOIN committee_minutes n USING (convention_id, meeting_id)
            WHERE convention_id = ANY(?) AND (CAST(? AS integer) IS NULL OR extract(year FROM meeting_date) = ?)
            ORDER BY meeting_date, recorded_sequence""";
    private static final String DECISIONS = """
            SELECT * FROM committee_decision WHERE convention_id = ANY(?) ORDER BY sequence_number""";

    private final JdbcTemplate jdbc;

    MeetingQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Null for a convention this view has never seen. */
    MeetingList meetings(FindMeetings query) {
        if (!known(query.conventionId())) {
            return null;
        }
        return new MeetingList(query.conventionId(), query.year(),
                meetings(List.of(query.conventionId()), query.year()).getOrDefault(query.conventionId(), List.of()));
    }

    /** Every meeting of these conventions in one read, by convention; one without meetings has no entry. */
    MeetingsOfConventions meetings(FindMeetingsOfConventions query) {
        return new MeetingsOfConventions(meetings(query.conventionIds(), null));
    }

    private Map<String, List<MeetingView>> meetings(List<String> conventionIds, Integer year) {
        Object ids = conventionIds.toArray(String[]::new);
        Map<String, List<DecisionView>> decisions = decisions(ids);
        Map<String, List<MeetingView>> byConvention = new LinkedHashMap<>();
        jdbc.query(MEETINGS, rs -> {
            byConvention.computeIfAbsent(rs.getString("convention_id"), id -> new ArrayList<>())
                    .add(meeting(rs, decisions));
        }, ids, year, year);
        return byConvention;
    }

    /** Null for an unknown convention or meeting. */
    MeetingView meeting(FindMeeting query) {
        Map<String, List<DecisionView>> decisions = decisions(new String[]{query.conventionId()});
        return jdbc.query("""
                        SELECT m.*, n.sha256 AS minutes_sha256
                        FROM committee_meeting m LEFT JOIN committee_minutes n USING (convention_id, meeting_id)
                        WHERE convention_id = ? AND meeting_id = ?""",
                (rs, n) -> meeting(rs, decisions), query.conventionId(), query.meetingId()).stream()
                .findFirst().orElse(null);
    }

    private boolean known(String conventionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM committee_convention WHERE convention_id = ?)", Boolean.class,
                conventionId));
    }

    /** By convention and meeting ({@link #decisionKey}), the decisions in the order they were taken. */
    private Map<String, List<DecisionView>> decisions(Object conventionIds) {
        Map<String, List<DecisionView>> byMeeting = new LinkedHashMap<>();
        jdbc.query(DECISIONS, rs -> {
            byMeeting.computeIfAbsent(decisionKey(rs), id -> new ArrayList<>()).add(decision(rs));
        }, conventionIds);
        return byMeeting;
    }

    /** A meeting's id is unique within its convention only. */
    private static String decisionKey(ResultSet rs) throws SQLException {
        return rs.getString("convention_id") + "/" + rs.getString("meeting_id");
    }

    private static DecisionView decision(ResultSet rs) throws SQLException {
        return new DecisionView(DecisionKind.valueOf(rs.getString("kind")),
                (Integer) rs.getObject("report_year"), rs.getString("action_id"),
                status(rs.getString("previous_status")), status(rs.getString("status")), rs.getString("reason"),
                rs.getString("text"));
    }

    private static MeetingView meeting(ResultSet rs, Map<String, List<DecisionView>> decisions) throws SQLException {
        String id = rs.getString("meeting_id");
        return new MeetingView(id, MeetingKind.valueOf(rs.getString("kind")), date(rs, "meeting_date"),
                rs.getString("place"), json(rs.getString("attendees"), ATTENDEES), json(rs.getString("agenda"), TEXTS),
                rs.getString("minutes_sha256"), List.copyOf(decisions.getOrDefault(decisionKey(rs), List.of())));
    }

    private static ActionStatus status(String name) {
        return name == null ? null : ActionStatus.valueOf(name);
    }

    private static <T> T json(String text, TypeReference<T> type) {
        try {
            return Objects.requireNonNull(JSON.readValue(text, type));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
