package fr.ctg.query.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.convention.Period;
import fr.ctg.convention.query.ConventionMilestones;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionStage;
import fr.ctg.convention.query.ConventionSummary;
import fr.ctg.convention.query.ConventionSummaryList;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.platform.eventstore.EventJson;
import fr.ctg.query.route.RouteFigures;
import fr.ctg.route.Signatory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import static fr.ctg.query.support.Columns.date;

/** The reads of the convention overview; null for a convention it has never seen. */
class ConventionOverviewQueries {

    /** Built once: building a mapper costs more than the write it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();

    private static final TypeReference<List<Signatory>> SIGNATORIES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    ConventionOverviewQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ConventionOverviewView overview(String conventionId) {
        List<ConventionOverviewView> views = jdbc.query(
                "SELECT * FROM convention_overview WHERE convention_id = ?",
                (rs, n) -> {
                    ConventionStage stage = ConventionStage.valueOf(rs.getString("stage"));
                    PartyRows parties = new PartyRows(parties(conventionId), date(rs, "caf_board_decided_on"));
                    return new ConventionOverviewView(rs.getString("convention_id"), rs.getString("name"),
                            rs.getString("caf"), period(rs), stage, milestones(rs),
                            RouteFigures.totals(parties.communes()), signatories(rs.getString("signatories")),
                            parties.views(), stage == ConventionStage.SIGNED ? List.of() : parties.blockers(),
                            parties.endedAfterSignature(), !parties.endedAfterSignature().isEmpty());
                },
                conventionId);
        return views.isEmpty() ? null : views.get(0);
    }

    private List<PartyRow> parties(String conventionId) {
        return jdbc.query("SELECT * FROM convention_overview_party WHERE convention_id = ? ORDER BY ordinal",
                (rs, n) -> PartyRow.of(rs), conventionId);
    }

    ConventionSummaryPage list(PageRequest page) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM convention_overview", Long.class);
        List<ConventionSummary> items = jdbc.query(
                "SELECT * FROM convention_overview ORDER BY convention_id LIMIT ? OFFSET ?",
                (rs, n) -> summary(rs), page.size(), page.offset());
        return new ConventionSummaryPage(items, page.page(), page.size(), total == null ? 0 : total);
    }

    /** These conventions' summaries in one statement, whatever their number. */
    ConventionSummaryList summaries(List<String> conventionIds) {
        return new ConventionSummaryList(jdbc.query(
                "SELECT * FROM convention_overview WHERE convention_id = ANY(?) ORDER BY convention_id",
                (rs, n) -> summary(rs), (Object) conventionIds.toArray(String[]::new)));
    }

    private static ConventionSummary summary(ResultSet rs) throws SQLException {
        return new ConventionSummary(rs.getString("convention_id"), rs.getString("name"), rs.getString("caf"),
                period(rs), ConventionStage.valueOf(rs.getString("stage")), date(rs, "signed_on"));
    }

    private static Period period(ResultSet rs) throws SQLException {
        return new Period(rs.getInt("period_start"), rs.getInt("period_end"));
    }

    private static ConventionMilestones milestones(ResultSet rs) throws SQLException {
        return new ConventionMilestones(rs.getObject("defined_at", OffsetDateTime.class).toInstant(),
                date(rs, "first_presentation_on"), date(rs, "first_vote_on"), date(rs, "first_adoption_on"),
                date(rs, "first_executory_on"), date(rs, "ready_to_sign_on"), date(rs, "signed_on"));
    }

    private static List<Signatory> signatories(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, SIGNATORIES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
