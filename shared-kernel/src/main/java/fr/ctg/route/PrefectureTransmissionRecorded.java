package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Revision 2: the subject codes (matière) of the ACTES classification, from level 1 down, as the prefecture's receipt
 * gives them; empty for a transmission typed by hand (and for those recorded before revision 2).
 */
@Revision("2")
public record PrefectureTransmissionRecorded(
        String conventionId,
        String communeInseeCode,
        LocalDate sentOn,
        LocalDate receivedOn,
        String actesId,
        List<String> subjectCodes) implements CommuneRouteEvent {

    public PrefectureTransmissionRecorded {
        subjectCodes = subjectCodes == null ? List.of() : List.copyOf(subjectCodes);
    }

    /** A transmission typed by hand: the classification's codes are not known. */
    public PrefectureTransmissionRecorded(String conventionId, String communeInseeCode, LocalDate sentOn,
                                          LocalDate receivedOn, String actesId) {
        this(conventionId, communeInseeCode, sentOn, receivedOn, actesId, List.of());
    }
}
