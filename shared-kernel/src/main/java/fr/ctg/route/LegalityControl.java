package fr.ctg.route;

import java.time.LocalDate;

/**
 * The prefect's legality control of a transmitted deliberation (CGCT L2131-6): the prefect may refer it to the
 * administrative court within two months of its receipt; a letter of observations or a request for documents
 * suspends that window, which runs again in full from the council's answer. One pure function for the aggregate and
 * the views.
 *
 * @param receivedOn       the prefecture's receipt of the transmission
 * @param letterKind       the latest letter's kind, or null when none came
 * @param letterReceivedOn the latest letter's day
 * @param letterAnsweredOn the council's answer to it, null while it is pending
 * @param referredOn       the referral to the court, or null
 */
public record LegalityControl(LocalDate receivedOn, PrefectLetterKind letterKind, LocalDate letterReceivedOn,
                              LocalDate letterAnsweredOn, LocalDate referredOn) {

    public static final int WINDOW_MONTHS = 2;

    public static LegalityControl receivedOn(LocalDate receivedOn) {
        return new LegalityControl(receivedOn, null, null, null, null);
    }

    /** A letter is awaiting the council's answer: the window is suspended. */
    public boolean letterPending() {
        return letterReceivedOn != null && letterAnsweredOn == null;
    }

    /**
     * The last day the prefect may refer the deliberation to the court: two months after the receipt, or after the
     * answer to the latest letter. Null while a letter awaits its answer (suspended) or once it was referred.
     */
    public LocalDate windowEndsOn() {
        if (letterPending() || referredOn != null) {
            return null;
        }
        return (letterAnsweredOn != null ? letterAnsweredOn : receivedOn).plusMonths(WINDOW_MONTHS);
    }

    /** The prefect may still act on {@code day}: write, or refer. */
    public boolean windowOpenOn(LocalDate day) {
        if (referredOn != null) {
            return false;
        }
        return letterPending() || !day.isAfter(windowEndsOn());
    }

    public LegalityControl letter(PrefectLetterKind kind, LocalDate day) {
        return new LegalityControl(receivedOn, kind, day, null, referredOn);
    }

    public LegalityControl answered(LocalDate day) {
        return new LegalityControl(receivedOn, letterKind, letterReceivedOn, day, referredOn);
    }

    public LegalityControl referred(LocalDate day) {
        return new LegalityControl(receivedOn, letterKind, letterReceivedOn, letterAnsweredOn, day);
    }
}
