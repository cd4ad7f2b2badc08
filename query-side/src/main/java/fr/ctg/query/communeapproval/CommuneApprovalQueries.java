package fr.ctg.query.communeapproval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.convention.PartyKind;
import fr.ctg.platform.eventstore.EventJson;
import fr.ctg.route.BallotType;
import fr.ctg.route.DeliberationEnding;
import fr.ctg.route.LegalityControl;
import fr.ctg.route.PrefectLetterKind;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.RouteProgress;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.CouncilList;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindCouncilsOfConventions;
import fr.ctg.route.query.LegalityEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.ctg.query.support.Columns.date;
import static fr.ctg.query.support.Columns.enumOf;
import static fr.ctg.query.support.Columns.integer;

/**
 * The reads of the commune approval view; answers null for a convention it has never seen. The list holds the
 * communes only; the EPCI's row is read on its own. What a council lacks and when its control window ends come from
 * the shared kernel's {@link RouteProgress} and {@link LegalityControl}, rebuilt from the row's columns.
 */
class CommuneApprovalQueries {

    /** Built once: building a mapper costs more than the read it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();

    private static final TypeReference<List<LegalityEvent>> LEGALITY_EVENTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    CommuneApprovalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CommuneApprovalPage find(FindCommuneApprovals query) {
        if (!known(query.conventionId())) {
            return null;
        }
        StringBuilder where = new StringBuilder(" WHERE convention_id = ? AND kind = 'COMMUNE'");
        List<Object> arguments = new ArrayList<>(List.of(query.conventionId()));
        if (query.perimeterCode() != null) {
            where.append(" AND perimeter_code = ?");
            arguments.add(query.perimeterCode());
        }
        if (query.stage() != null) {
            where.append(" AND stage = ?");
            arguments.add(query.stage().name());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM commune_approval" + where, Long.class,
                arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(query.page().size());
        paged.add(query.page().offset());
        List<CommuneApprovalView> items = jdbc.query(
                "SELECT * FROM commune_approval" + where + " ORDER BY ordinal LIMIT ? OFFSET ?",
                (rs, n) -> view(rs), paged.toArray());
        return new CommuneApprovalPage(query.conventionId(), items, query.page().page(), query.page().size(),
                total == null ? 0 : total);
    }

    /** The EPCI's row, or null: when the convention is unknown, or has no EPCI among its parties. */
    CommuneApprovalView epci(String conventionId) {
        List<CommuneApprovalView> rows = jdbc.query(
                "SELECT * FROM commune_approval WHERE convention_id = ? AND kind = 'EPCI'", (rs, n) -> view(rs),
                conventionId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Every council of these conventions in one statement, whatever their number. */
    CouncilList councils(FindCouncilsOfConventions query) {
        if (query.conventionIds().isEmpty()) {
            return new CouncilList(List.of());
        }
        return new CouncilList(jdbc.query("""
                SELECT * FROM commune_approval WHERE convention_id = ANY(?)
                ORDER BY convention_id, kind, ordinal""", (rs, n) -> view(rs),
                (Object) query.conventionIds().toArray(String[]::new)));
    }

    private boolean known(String conventionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM commune_approval WHERE convention_id = ?)", Boolean.class,
                conventionId));
    }

    private static CommuneApprovalView view(ResultSet rs) throws SQLException {
        CommuneStage stage = CommuneStage.valueOf(rs.getString("stage"));
        LocalDate receivedOn = date(rs, "transmission_received_on");
        LocalDate publishedOn = date(rs, "published_on");
        LegalityControl legality = legality(rs, receivedOn);
        return new CommuneApprovalView(
                rs.getString("convention_id"),
                rs.getString("perimeter_code"),
                rs.getString("insee_code"),
                rs.getString("commune_name"),
                rs.getInt("population"),
                stage,
                date(rs, "presented_on"),
                date(rs, "voted_on"),
                rs.getInt("votes_held"),
                enumOf(VoteOutcome.class, rs, "outcome"),
                enumOf(BallotType.class, rs, "ballot"),
                integer(rs, "votes_for"),
                integer(rs, "votes_against"),
                integer(rs, "abstentions"),
                integer(rs, "not_taking_part"),
                rs.getString("deliberation_number"),
                rs.getString("actes_id"),
                date(rs, "transmission_sent_on"),
                receivedOn,
                publishedOn,
                date(rs, "executory_on"),
                date(rs, "withdrawn_on"),
                rs.getString("withdrawal_reason"),
                PartyKind.valueOf(rs.getString("kind")),
                integer(rs, "members_in_office"),
                integer(rs, "present"),
                integer(rs, "represented"),
                date(rs, "quorum_lacking_on"),
                enumOf(PublicationMode.class, rs, "publication_mode"),
                rs.getString("publication_url"),
                legality == null ? null : legality.windowEndsOn(),
                legality != null && legality.letterPending(),
                date(rs, "referred_on"),
                enumOf(DeliberationEnding.class, rs, "ending"),
                date(rs, "ended_on"),
                new RouteProgress(stage, receivedOn != null, publishedOn != null).missing(),
                legalityEvents(rs.getString("legality_events")),
                rs.getString("departement"),
                rs.getString("siren"));
    }

    /** The prefect's control as the fold holds it: none before the receipt of the transmission. */
    private static LegalityControl legality(ResultSet rs, LocalDate receivedOn) throws SQLException {
        if (receivedOn == null) {
            return null;
        }
        return new LegalityControl(receivedOn, enumOf(PrefectLetterKind.class, rs, "letter_kind"),
                date(rs, "letter_received_on"), date(rs, "letter_answered_on"), date(rs, "referred_on"));
    }

    private static List<LegalityEvent> legalityEvents(String json) {
        try {
            return List.copyOf(JSON.readValue(json, LEGALITY_EVENTS));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
