package fr.ctg.command.convention;

import fr.ctg.reference.ActesId;
import fr.ctg.route.PrefectureReceipt;

/**
 * Checks that the prefecture's receipt acknowledges this council's adopted deliberation: a deliberation (nature code
 * 1, DE), with the ACTES identifier of the vote when it recorded one, or else one naming the council's SIREN and
 * department, the day of the vote and the deliberation's number. Any other act is refused whole, with no event.
 */
final class ReceiptRules {

    static final String NATURE_DELIBERATION = "1";

    private ReceiptRules() {
    }

    static ActesId check(PrefectureReceipt receipt, CommuneRoute route) {
        ActesId id;
        try {
            id = ActesId.parse(receipt.actesId());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.malformed("receipt-malformed", "The receipt's IDActe: " + e.getMessage() + ".");
        }
        RuleViolation.check(NATURE_DELIBERATION.equals(receipt.natureCode()), "receipt-not-a-deliberation",
                "The receipt acknowledges an act of nature code " + receipt.natureCode()
                        + "; a council deliberation has nature code 1 (DE).");
        if (route.actesId() != null) {
            RuleViolation.check(route.actesId().equals(id.toString()), "receipt-actes-id-mismatch",
                    "The receipt acknowledges act " + id + "; the vote of " + route.name() + " recorded "
                            + route.actesId() + ".");
            return id;
        }
        try {
            return ActesIdRules.check(id.toString(), route.council(), route.votedOn(), route.deliberationNumber());
        } catch (RuleViolation other) {
            throw RuleViolation.conflict("receipt-actes-id-mismatch", "The receipt acknowledges act " + id
                    + ", not the deliberation of " + route.name() + ": " + other.getMessage());
        }
    }
}
