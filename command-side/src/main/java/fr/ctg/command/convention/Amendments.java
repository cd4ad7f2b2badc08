package fr.ctg.command.convention;

import fr.ctg.amendment.AddAmendmentChange;
import fr.ctg.amendment.AdvanceAmendmentRoute;
import fr.ctg.amendment.Amendment;
import fr.ctg.amendment.AmendmentChangeAdded;
import fr.ctg.amendment.AmendmentClosed;
import fr.ctg.amendment.AmendmentOpened;
import fr.ctg.amendment.AmendmentState;
import fr.ctg.amendment.AmendmentSubmitted;
import fr.ctg.amendment.AmendmentTransmissionRecorded;
import fr.ctg.amendment.AmendmentVoteRecorded;
import fr.ctg.amendment.CloseAmendment;
import fr.ctg.amendment.OpenAmendment;
import fr.ctg.amendment.PlanHistory;
import fr.ctg.amendment.SubmitAmendment;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Parties;
import fr.ctg.convention.Period;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.PrefectureTransmissionRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.ctg.command.convention.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The convention's amendments (avenants) and the versions of its plan: a member of the {@link Convention}
 * aggregate that folds every event into the shared {@link PlanHistory}, the fold the views read too. An amendment is
 * opened once the convention is signed, receives its changes, is submitted, follows its parties' route
 * ({@link AmendmentRoutes}) and is in force once every party concerned has signed it.
 */
class Amendments {

    private final PlanHistory history = new PlanHistory();
    private final Set<String> themes = new HashSet<>();
    private final Map<String, String> themeOfStake = new HashMap<>();
    /**
     * Every ACTES id recorded, the convention's own deliberations' and the amendments': an amendment's deliberation is
     * another act, even once annulled (its route then forgets the id, this set does not).
     */
    private final Set<String> conventionActesIds = new HashSet<>();
    private final Set<String> amendmentActesIds = new HashSet<>();

    @CommandHandler
    void handle(OpenAmendment command, Today today) {
        check(history.signed(), "amendment-before-signature", "The convention is not signed yet: shape its plan "
                + "(version 1) with POST .../actions instead of an amendment.");
        history.pending().ifPresent(pending -> {
            throw RuleViolation.conflict("amendment-already-pending", "Amendment no. " + pending.number()
                    + " is still pending; close it or bring it into force first.");
        });
        int next = history.amendments().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        check(command.amendmentNumber() == next, "amendment-number-not-next",
                "The next amendment of this convention is no. " + next + ".");
        check(filled(command.title()), "amendment-title-required", "An amendment has a title.");
        check(filled(command.reason()), "amendment-reason-required", "An amendment states its reason.");
        check(command.requestedByMeetingId() == null || history.requestedAmendment(command.requestedByMeetingId()),
                "amendment-request-not-found", "No decision of meeting " + command.requestedByMeetingId()
                        + " asked for an amendment.");
        dates(today).check("openedOn", command.openedOn());
        apply(new AmendmentOpened(history.conventionId(), next, history.latest().plan().version() + 1,
                command.title().strip(), command.reason().strip(), command.requestedByMeetingId(),
                concerned(command.partiesConcerned()), command.openedOn()));
    }

    /** Every party by default; named parties must be parties, and the CAF is always one. */
    private List<String> concerned(List<String> named) {
        List<String> all = history.partyList().stream().map(PlanHistory.PartyRef::partyId).toList();
        if (named == null || named.isEmpty()) {
            return all;
        }
        check(new HashSet<>(named).size() == named.size(), "party-named-twice", "A party is named twice.");
        named.forEach(id -> {
            if (!all.contains(id)) {
                throw RuleViolation.notFound("party-not-in-convention", "The convention has no party " + id + ".");
            }
        });
        check(named.contains(Parties.CAF_ID), "amendment-needs-caf", "The CAF is a party of every amendment.");
        return all.stream().filter(named::contains).toList();
    }

    @CommandHandler
    void handle(AddAmendmentChange command, CommuneRegistry registry) {
        Amendment amendment = amendment(command.amendmentNumber());
        check(amendment.state() == AmendmentState.DRAFT, "amendment-not-draft",
                "Amendment no. " + amendment.number() + " is " + amendment.state() + "; only a draft takes changes.");
        AmendmentChangeRules rules = new AmendmentChangeRules(themes, themeOfStake, this::used);
        apply(new AmendmentChangeAdded(history.conventionId(), amendment.number(),
                rules.checked(command.change(), history.planOf(amendment), registry)));
    }

    @CommandHandler
    void handle(SubmitAmendment command, Today today) {
        Amendment amendment = amendment(command.amendmentNumber());
        check(amendment.state() == AmendmentState.DRAFT, "amendment-not-draft",
                "Amendment no. " + amendment.number() + " is already " + amendment.state() + ".");
        check(!amendment.changes().isEmpty(), "amendment-without-changes", "An amendment changes something.");
        dates(today).check("submittedOn", command.submittedOn());
        check(!command.submittedOn().isBefore(amendment.openedOn()), "amendment-submitted-before-opened",
                "The amendment was opened on " + amendment.openedOn() + ".");
        apply(new AmendmentSubmitted(history.conventionId(), amendment.number(), command.submittedOn()));
    }

    @CommandHandler
    void handle(CloseAmendment command, Today today) {
        Amendment amendment = amendment(command.amendmentNumber());
        check(amendment.state().pending(), "amendment-not-pending",
                "Amendment no. " + amendment.number() + " is " + amendment.state() + ".");
        check(command.outcome() == AmendmentState.WITHDRAWN || command.outcome() == AmendmentState.REFUSED,
                "amendment-outcome-invalid", "An amendment is closed as WITHDRAWN or REFUSED.");
        check(filled(command.reason()), "amendment-closing-reason-required", "Closing an amendment states why.");
        dates(today).check("closedOn", command.closedOn());
        apply(new AmendmentClosed(history.conventionId(), amendment.number(), command.outcome(), command.closedOn(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(AdvanceAmendmentRoute command, Today today) {
        Amendment amendment = amendment(command.amendmentNumber());
        boolean control = AmendmentRoutes.controlsADeliberation(command.step());
        check(amendment.state() == AmendmentState.SUBMITTED || control && amendment.state() == AmendmentState.IN_FORCE,
                "amendment-not-submitted", "Amendment no. " + amendment.number() + " is " + amendment.state()
                        + "; its route runs once it is submitted.");
        Set<String> usedActesIds = new HashSet<>(conventionActesIds);
        usedActesIds.addAll(amendmentActesIds);
        new AmendmentRoutes(history, amendment, dates(today), usedActesIds).advance(command.step())
                .forEach(AggregateLifecycle::apply);
    }

    /** The convention's own deliberation cannot take an ACTES id an amendment's deliberation already carries. */
    void checkNotAnAmendmentsActesId(String actesId) {
        check(actesId == null || !amendmentActesIds.contains(actesId), "actes-id-already-used", "ACTES identifier "
                + actesId + " is an amendment's deliberation; the convention's deliberation has its own.");
    }

    /** Something dated {@code on} about an action applies to the version in force that day (ActionsInForce). */
    void checkInForce(String actionId, LocalDate on) {
        ActionsInForce.check(actionId, on, history.ended(actionId), history.startedOn(actionId));
    }

    private boolean used(String actionId) {
        return history.firstVersion().action(actionId).isPresent() || history.ended(actionId).isPresent()
                || history.startedOn(actionId).isPresent();
    }

    private Amendment amendment(int number) {
        return history.amendment(number).orElseThrow(() -> RuleViolation.notFound("amendment-not-found",
                "The convention has no amendment no. " + number + "."));
    }

    private RouteDates dates(Today today) {
        Period period = history.firstVersion().period();
        return RouteDates.of(period, today);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    @EventSourcingHandler
    void on(Object event) {
        history.apply(event);
        if (event instanceof ConventionDefined defined) {
            defined.themes().stream().map(Theme::code).forEach(themes::add);
            defined.stakes().forEach((Stake stake) -> themeOfStake.put(stake.code(), stake.themeCode()));
        } else if (event instanceof CouncilVoteRecorded vote && vote.actesId() != null) {
            conventionActesIds.add(vote.actesId());
        } else if (event instanceof PrefectureTransmissionRecorded transmission && transmission.actesId() != null) {
            conventionActesIds.add(transmission.actesId());
        } else if (event instanceof AmendmentVoteRecorded vote && vote.step().actesId() != null) {
            amendmentActesIds.add(vote.step().actesId());
        } else if (event instanceof AmendmentTransmissionRecorded transmission) {
            amendmentActesIds.add(transmission.step().actesId());
        }
    }
}
