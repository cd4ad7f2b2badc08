package fr.ctg.command.convention;

import fr.ctg.convention.Commune;
import fr.ctg.reference.ActesId;
import fr.ctg.reference.ActesNature;

import java.time.LocalDate;

/**
 * Checks that an ACTES identifier names this council's deliberation of this session: a commune's, or the EPCI's
 * (whose SIREN and department it then carries). A malformed identifier is malformed input (400), not a broken rule.
 */
final class ActesIdRules {

    private ActesIdRules() {
    }

    static ActesId check(String text, Commune council, LocalDate sessionDate, String deliberationNumber) {
        ActesId id;
        try {
            id = ActesId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.malformed("actes-id-malformed", "ACTES identifier: " + e.getMessage() + ".");
        }
        String departement = ActesId.departementOf(council.departement());
        RuleViolation.check(id.departement().equals(departement), "actes-id-department-mismatch",
                "ACTES identifier names department " + id.departement() + ", but " + council.name()
                        + " is in department " + departement + ".");
        RuleViolation.check(id.siren().equals(council.siren()), "actes-id-siren-mismatch",
                "ACTES identifier names SIREN " + id.siren() + ", but the SIREN of " + council.name() + " is "
                        + council.siren() + ".");
        RuleViolation.check(id.decisionDate().equals(sessionDate), "actes-id-date-mismatch",
                "ACTES identifier is dated " + id.decisionDate() + ", but the council session was on "
                        + sessionDate + ".");
        RuleViolation.check(id.nature() == ActesNature.DE, "actes-id-not-a-deliberation",
                "ACTES identifier has nature " + id.nature() + "; a council deliberation is DE.");
        RuleViolation.check(id.internalNumber().equals(deliberationNumber), "actes-id-number-mismatch",
                "ACTES identifier carries number " + id.internalNumber() + ", but the deliberation is number "
                        + deliberationNumber + ".");
        return id;
    }
}
