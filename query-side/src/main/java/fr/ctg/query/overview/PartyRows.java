package fr.ctg.query.overview;

import fr.ctg.convention.PartyKind;
import fr.ctg.convention.query.ConventionParty;
import fr.ctg.convention.query.EndedAfterSignature;
import fr.ctg.query.route.CommuneFacts;
import fr.ctg.route.PartyReadiness;
import fr.ctg.route.query.PartyBlocker;
import fr.ctg.route.query.RouteStep;

import java.time.LocalDate;
import java.util.List;

/**
 * A convention's parties as the overview shows them. What each lacks is {@link PartyReadiness}'s answer, the one the
 * aggregate's signature rule gives, from the facts the rows keep.
 *
 * @param boardDecidedOn the CAF's board decision, or null
 */
record PartyRows(List<PartyRow> rows, LocalDate boardDecidedOn) {

    List<CommuneFacts> communes() {
        return rows.stream().filter(row -> row.kind() == PartyKind.COMMUNE)
                .map(row -> new CommuneFacts(row.stage(), row.population() == null ? 0 : row.population()))
                .toList();
    }

    List<ConventionParty> views() {
        return rows.stream().map(row -> new ConventionParty(row.partyId(), row.kind(), row.name(), row.siret(),
                row.stage(), row.kind() == PartyKind.CAF ? boardDecidedOn : null, row.signedOn(),
                row.signatoryName(), row.signatoryRole(), beforeConventionSigned(row))).toList();
    }

    List<PartyBlocker> blockers() {
        return rows.stream().filter(row -> !beforeConventionSigned(row).isEmpty())
                .map(row -> new PartyBlocker(row.partyId(), row.kind(), row.name(), beforeConventionSigned(row)))
                .toList();
    }

    List<EndedAfterSignature> endedAfterSignature() {
        return rows.stream().filter(PartyRow::endedAfterSignature)
                .map(row -> new EndedAfterSignature(row.partyId(), row.kind(), row.name(), row.ending(),
                        row.endedOn(), row.stage()))
                .toList();
    }

    private List<RouteStep> beforeConventionSigned(PartyRow row) {
        return PartyReadiness.beforeConventionSigned(row.kind(), row.route(), boardDecidedOn != null,
                row.signedOn() != null);
    }
}
