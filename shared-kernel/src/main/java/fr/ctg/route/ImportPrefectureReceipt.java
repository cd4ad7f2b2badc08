package fr.ctg.route;

import fr.ctg.document.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Record a council's transmission from the prefecture's receipt, and attach the receipt (and the stamped act, when
 * given), both already written to the store in this command's transaction.
 *
 * @param sentOn     when the deliberation was sent; null for the receipt's date
 * @param stampedAct null when not given
 */
public record ImportPrefectureReceipt(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        PrefectureReceipt receipt,
        LocalDate sentOn,
        DocumentRef receiptDocument,
        DocumentRef stampedAct,
        @TargetAggregateVersion Long expectedVersion) {
}
