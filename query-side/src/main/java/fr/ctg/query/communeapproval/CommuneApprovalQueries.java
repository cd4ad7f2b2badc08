package fr.ctg.query.communeapproval;

import fr.ctg.route.BallotType;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.FindCommuneApprovals;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static fr.ctg.query.support.Columns.date;
import static fr.ctg.query.support.Columns.enumOf;
import static fr.ctg.query.support.Columns.integer;

/** The reads of the commune approval view; answers null for a convention it has never seen. */
class CommuneApprovalQueries {

    private final JdbcTemplate jdbc;

    CommuneApprovalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CommuneApprovalPage find(FindCommuneApprovals query) {
        Boolean known = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM commune_approval WHERE convention_id = ?)", Boolean.class,
                query.conventionId());
        if (!Boolean.TRUE.equals(known)) {
            return null;
        }
        StringBuilder where = new StringBuilder(" WHERE convention_id = ?");
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

    private static CommuneApprovalView view(ResultSet rs) throws SQLException {
        return new CommuneApprovalView(
                rs.getString("convention_id"),
                rs.getString("perimeter_code"),
                rs.getString("insee_code"),
                rs.getString("commune_name"),
                rs.getInt("population"),
                CommuneStage.valueOf(rs.getString("stage")),
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
                date(rs, "transmission_received_on"),
                date(rs, "published_on"),
                date(rs, "executory_on"),
                date(rs, "withdrawn_on"),
                rs.getString("withdrawal_reason"));
    }
}
