package fr.ctg.query.overview;

import fr.ctg.convention.PartyKind;
import fr.ctg.route.DeliberationEnding;
import fr.ctg.route.RouteProgress;
import fr.ctg.route.query.CommuneStage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import static fr.ctg.query.support.Columns.date;
import static fr.ctg.query.support.Columns.enumOf;
import static fr.ctg.query.support.Columns.integer;

/** One row of {@code convention_overview_party}; {@code route} is null for a party without a route. */
record PartyRow(String partyId, PartyKind kind, String name, String siret, Integer population, RouteProgress route,
                DeliberationEnding ending, LocalDate endedOn, boolean endedAfterSignature, LocalDate signedOn,
                String signatoryName, String signatoryRole) {

    static PartyRow of(ResultSet rs) throws SQLException {
        CommuneStage stage = enumOf(CommuneStage.class, rs, "stage");
        return new PartyRow(rs.getString("party_id"), PartyKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("siret"), integer(rs, "population"),
                stage == null ? null : new RouteProgress(stage, rs.getBoolean("transmitted"), rs.getBoolean("published")),
                enumOf(DeliberationEnding.class, rs, "ending"), date(rs, "ended_on"),
                rs.getBoolean("ended_after_signature"), date(rs, "signed_on"), rs.getString("signatory_name"),
                rs.getString("signatory_role"));
    }

    CommuneStage stage() {
        return route == null ? null : route.stage();
    }
}
