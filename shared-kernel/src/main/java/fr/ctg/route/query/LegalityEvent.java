package fr.ctg.route.query;

import fr.ctg.route.PrefectLetterKind;

import java.time.LocalDate;

/**
 * One event of a council's legality control, as the commune view lists them; only the fields of its kind are set.
 *
 * @param letterKind        for a letter: observations or a request for documents
 * @param object            for a letter: what the prefect asks
 * @param summary           for an answer: what the council answered
 * @param court             for a referral or an annulment
 * @param decisionReference for an annulment: the court's decision
 * @param reason            for a retraction: why the council withdrew its deliberation
 */
public record LegalityEvent(LegalityEventKind kind, LocalDate on, PrefectLetterKind letterKind, String object,
                            String summary, String court, String decisionReference, String reason) {
}
