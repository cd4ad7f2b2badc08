package fr.ctg.route;

import java.time.LocalDate;
import java.util.List;

/**
 * What the prefecture's acknowledgement of receipt (an ACTES {@code ARActe} message) says, as parsed.
 *
 * @param actesId      its {@code IDActe}
 * @param receivedOn   its {@code DateReception}
 * @param decisionDate {@code ActeRecu/@Date}
 * @param natureCode   {@code ActeRecu/@CodeNatureActe}; 1 is a deliberation (DE)
 * @param subjectCodes {@code CodeMatiere1..5} of the ACTES classification, from level 1 down, e.g. ["8", "2"]
 */
public record PrefectureReceipt(
        String actesId,
        LocalDate receivedOn,
        LocalDate decisionDate,
        String internalNumber,
        String natureCode,
        List<String> subjectCodes,
        String classificationVersion,
        String object) {

    public PrefectureReceipt {
        subjectCodes = subjectCodes == null ? List.of() : List.copyOf(subjectCodes);
    }
}
