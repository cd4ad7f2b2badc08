package fr.ctg.command.convention;

import fr.ctg.convention.Commune;
import fr.ctg.reference.ActesId;
import fr.ctg.reference.ActesNature;

import java.time.LocalDate;

/** Checks that an ACTES identifier names this commune's deliberation of this session. */
final class ActesIdRules {

    private ActesIdRules() {
    }

    static ActesId check(String text, Commune commune, LocalDate sessionDate, String deliberationNumber) {
        ActesId id;
        try {
            id = ActesId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.conflict("actes-id-malformed", "ACTES identifier: " + e.getMessage() + ".");
        }
        String departement = ActesId.departementOf(commune.departement());
        RuleViolation.check(id.departement().equals(departement), "actes-id-department-mismatch",
                "ACTES identifier names department " + id.departement() + ", but " + commune.name()
                        + " is in department " + departement + ".");
        RuleViolation.check(id.siren().equals(commune.siren()), "actes-id-siren-mismatch",
                "ACTES identifier names SIREN " + id.siren() + ", but the SIREN of " + commune.name() + " is "
                        + commune.siren() + ".");
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
