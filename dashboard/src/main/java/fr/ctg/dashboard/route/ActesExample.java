package fr.ctg.dashboard.route;

import fr.ctg.reference.ActesId;
import fr.ctg.route.query.CommuneApprovalView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The example of an ACTES identifier that a council's forms show: its own department and SIREN, the day of its vote
 * (or of its presentation, before the vote) and its deliberation's number, each part it does not know yet named by
 * what goes there. The page's script completes the date and the number as they are typed.
 *
 * @param prefix the department and the SIREN ({@code 042-214201105}), or their placeholders
 */
public record ActesExample(String prefix, String text) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public static ActesExample of(CommuneApprovalView council) {
        return of(council.departement(), council.siren(),
                council.votedOn() != null ? council.votedOn() : council.presentedOn(), council.deliberationNumber());
    }

    /** Each part may be null: not known yet. */
    public static ActesExample of(String departementCode, String siren, LocalDate day, String deliberationNumber) {
        String departement = departementCode == null ? "DDD" : ActesId.departementOf(departementCode);
        String prefix = departement + "-" + (siren == null ? "SIREN" : siren);
        String number = deliberationNumber == null ? "NUMERO" : deliberationNumber;
        return new ActesExample(prefix, prefix + "-" + (day == null ? "AAAAMMJJ" : DAY.format(day)) + "-" + number
                + "-DE");
    }
}
