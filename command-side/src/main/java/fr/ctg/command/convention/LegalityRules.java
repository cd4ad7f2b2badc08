package fr.ctg.command.convention;

import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.LegalityControl;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.RecordAnnulment;
import fr.ctg.route.RecordCourtReferral;
import fr.ctg.route.RecordLetterAnswer;
import fr.ctg.route.RecordPrefectLetter;
import fr.ctg.route.RetractDeliberation;

/**
 * The prefect's legality control of an adopted deliberation and how a deliberation ends (CGCT L2131-6). They apply
 * before and after the signature: the control runs on its own clock.
 */
final class LegalityRules {

    private LegalityRules() {
    }

    static PrefectLetterReceived letter(String conventionId, CommuneRoute route, RecordPrefectLetter command,
                                        RouteDates dates) {
        LegalityControl control = transmitted(route);
        dates.check("receivedOn", command.receivedOn());
        RuleViolation.check(command.kind() != null, "prefect-letter-kind-required",
                "Say whether the letter makes observations or asks for documents.");
        RuleViolation.check(notBlank(command.object()), "prefect-letter-object-required", "A letter states its object.");
        RuleViolation.check(!control.letterPending(), "prefect-letter-pending",
                "The prefect's letter of " + control.letterReceivedOn() + " awaits the council's answer.");
        RuleViolation.check(!command.receivedOn().isBefore(control.receivedOn()), "prefect-letter-before-receipt",
                "The prefect cannot write on " + command.receivedOn() + ", before receiving the deliberation on "
                        + control.receivedOn() + ".");
        windowOpen(control, command.receivedOn());
        return new PrefectLetterReceived(conventionId, route.key(), command.kind(), command.receivedOn(),
                command.object());
    }

    static PrefectLetterAnswered answer(String conventionId, CommuneRoute route, RecordLetterAnswer command,
                                        RouteDates dates) {
        LegalityControl control = transmitted(route);
        dates.check("answeredOn", command.answeredOn());
        RuleViolation.check(control.letterPending(), "no-prefect-letter-pending",
                "No letter of the prefect awaits an answer from " + route.name() + ".");
        RuleViolation.check(!command.answeredOn().isBefore(control.letterReceivedOn()), "answer-before-letter",
                "The answer cannot predate the letter of " + control.letterReceivedOn() + ".");
        return new PrefectLetterAnswered(conventionId, route.key(), command.answeredOn(), command.summary());
    }

    static DeliberationReferredToCourt referral(String conventionId, CommuneRoute route, RecordCourtReferral command,
                                                RouteDates dates) {
        LegalityControl control = transmitted(route);
        dates.check("referredOn", command.referredOn());
        RuleViolation.check(control.referredOn() == null, "deliberation-already-referred",
                "The deliberation of " + route.name() + " was referred to the court on " + control.referredOn() + ".");
        RuleViolation.check(!command.referredOn().isBefore(control.receivedOn()), "referral-before-receipt",
                "The prefect cannot refer the deliberation before receiving it on " + control.receivedOn() + ".");
        windowOpen(control, command.referredOn());
        return new DeliberationReferredToCourt(conventionId, route.key(), command.referredOn(), command.court());
    }

    static DeliberationAnnulled annulment(String conventionId, CommuneRoute route, RecordAnnulment command,
                                          RouteDates dates) {
        adopted(route, "annulled");
        dates.check("annulledOn", command.annulledOn());
        RuleViolation.check(notBlank(command.court()), "court-required", "Name the court that annulled it.");
        RuleViolation.check(!command.annulledOn().isBefore(route.votedOn()), "annulment-before-vote",
                "A deliberation of " + route.votedOn() + " cannot be annulled before it.");
        return new DeliberationAnnulled(conventionId, route.key(), command.annulledOn(), command.court(),
                command.decisionReference());
    }

    static DeliberationRetracted retraction(String conventionId, CommuneRoute route, RetractDeliberation command,
                                            RouteDates dates) {
        adopted(route, "retracted");
        dates.check("retractedOn", command.retractedOn());
        RuleViolation.check(notBlank(command.reason()), "retraction-reason-required", "A retraction states its reason.");
        RuleViolation.check(!command.retractedOn().isBefore(route.votedOn()), "retraction-before-vote",
                "A deliberation of " + route.votedOn() + " cannot be withdrawn before it.");
        return new DeliberationRetracted(conventionId, route.key(), command.retractedOn(), command.reason());
    }

    private static LegalityControl transmitted(CommuneRoute route) {
        LegalityControl control = route.state().legality();
        RuleViolation.check(control != null, "legality-control-before-transmission",
                "The prefect controls a deliberation once it has received it; no transmission of the deliberation of "
                        + route.name() + " is recorded.");
        return control;
    }

    private static void adopted(CommuneRoute route, String what) {
        RuleViolation.check(route.adopted(), "no-adopted-deliberation",
                route.name() + " has no adopted deliberation that could be " + what + ".");
    }

    private static void windowOpen(LegalityControl control, java.time.LocalDate day) {
        RuleViolation.check(control.windowOpenOn(day), "control-window-closed",
                "The prefect's control window " + (control.referredOn() != null ? "ended with the referral of "
                        + control.referredOn() : "closed on " + control.windowEndsOn()) + ".");
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
