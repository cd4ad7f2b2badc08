package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.AddAction;
import fr.ctg.actionplan.UpdateActionStatus;
import fr.ctg.amendment.AmendmentInForce;
import fr.ctg.actionplan.committee.RecordMeeting;
import fr.ctg.actionplan.committee.RecordMeetingDecision;
import fr.ctg.convention.Commune;
import fr.ctg.convention.CafBoardDecisionRecorded;
import fr.ctg.convention.Epci;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.PartySiretRecorded;
import fr.ctg.convention.RecordCafBoardDecision;
import fr.ctg.convention.RecordPartySiret;
import fr.ctg.route.Attendance;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartySigned;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.route.RecordAnnulment;
import fr.ctg.route.RecordCourtReferral;
import fr.ctg.route.RecordLetterAnswer;
import fr.ctg.route.RecordPrefectLetter;
import fr.ctg.route.RecordQuorumNotReached;
import fr.ctg.route.RetractDeliberation;
import fr.ctg.route.ImportPrefectureReceipt;
import fr.ctg.route.PrefectureReceipt;
import fr.ctg.document.AttachDocument;
import fr.ctg.document.DocumentAttached;
import fr.ctg.document.DocumentRole;
import org.axonframework.modelling.command.AggregateLifecycle;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.DefineConvention;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.Period;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CorrectCouncilVote;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.RecordPrefectureTransmission;
import fr.ctg.route.RecordPublication;
import fr.ctg.route.SignConvention;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.WithdrawCommune;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.ctg.command.convention.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One Convention Territoriale Globale: its definition and parties, each commune's and the EPCI's institutional route
 * and legality control, each party's signature, and the action plan. One aggregate, because the signature rule reads
 * every party's route at once.
 * <p>
 * The revision is that of its snapshots' shape: change it with the fields, and snapshots of another revision are
 * ignored (the events are replayed instead). Revision 2: each commune's route holds a {@code CommuneRouteState}.
 * Revision 3: the parties, their signatures, the EPCI's route and the legality control; the actions' indicators and
 * measures ({@link ActionIndicators}) and the committees' meetings ({@link Meetings}). Revision 4: the amendments and
 * the plan's versions ({@link Amendments}). Revision 5: every ACTES id an amendment's deliberation was recorded with.
 */
@Revision("5")
class Convention {


    @AggregateIdentifier
    private String conventionId;
    private Period period;
    private PlanCatalog catalog;
    /** The route of each commune (by INSEE code) and of the EPCI (by SIREN). */
    private final Map<String, CommuneRoute> communes = new LinkedHashMap<>();
    private final Map<String, ActionStatus> actions = new HashMap<>();
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, GivenSignature> signatures = new HashMap<>();
    private LocalDate cafBoardDecidedOn;
    private boolean signed;
    @AggregateMember
    private final ActionIndicators indicators = new ActionIndicators();
    /** The committees' meetings, in a class of their own; their events reach it as an aggregate member. */
    @AggregateMember
    private final Meetings meetings = new Meetings();
    /** The amendments and the plan's versions; an action's update applies to the version in force on its date. */
    @AggregateMember
    private final Amendments amendments = new Amendments();

    Convention() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Convention(DefineConvention command, CommuneRegistry registry) {
        apply(DefinitionRules.define(command, registry));
    }

    @CommandHandler
    void handle(PresentToMunicipalCouncil command, Today today) {
        CommuneRoute route = openRoute(command.communeInseeCode());
        check(!route.adopted(), "commune-already-adopted",
                route.name() + " has already adopted the convention.");
        check(route.stage().awaitsPresentation(), "commune-already-presented",
                "The convention was already presented to the council of " + route.name()
                        + " on " + route.presentedOn() + " and awaits its vote.");
        dates(today).check("sessionDate", command.sessionDate());
        check(route.votedOn() == null || !command.sessionDate().isBefore(route.votedOn()),
                "presentation-before-previous-vote", "A new presentation cannot predate the previous vote of "
                        + route.votedOn() + ".");
        apply(new PresentedToMunicipalCouncil(conventionId, route.key(), command.sessionDate()));
    }

    @CommandHandler
    void handle(RecordQuorumNotReached command, Today today) {
        apply(VoteRules.quorumNotReached(conventionId, presentedRoute(command.communeInseeCode()), command,
                dates(today)));
    }

    @CommandHandler
    void handle(RecordCouncilVote command, Today today) {
        apply(VoteRules.vote(conventionId, presentedRoute(command.communeInseeCode()), command, dates(today),
                actesId -> {
                    amendments.checkNotAnAmendmentsActesId(actesId);
                    return actesId;
                }));
    }

    @CommandHandler
    void handle(CorrectCouncilVote command) {
        CommuneRoute route = member(command.communeInseeCode());
        check(route.votedOn() != null && route.outcome() != null, "correction-without-vote",
                "No current vote of " + route.name() + " is recorded; there is nothing to correct.");
        check(command.reason() != null && !command.reason().isBlank(), "correction-reason-required",
                "A correction states its reason.");
        check(command.votes() != null && command.ballot() != null, "vote-counts-required",
                "A corrected vote gives its counts and its ballot type.");
        boolean attendanceGiven = command.membersInOffice() != null || command.present() != null
                || command.represented() != null;
        Attendance attendance = attendanceGiven ? VoteRules.attendance(route, command.membersInOffice(),
                command.present(), command.represented()) : route.state().attendance();
        if (attendance != null) {
            VoteRules.countsWithin(command.votes(), attendance);
            VoteRules.quorum(attendance, route.state().quorumLackingOn(), route.votedOn());
        }
        VoteOutcome outcome = VoteRules.outcome(command.votes(), command.ballot(), command.presidentVote());
        check(outcome == route.outcome(), "correction-changes-outcome",
                "The corrected counts give " + outcome + " where the council's vote was " + route.outcome()
                        + "; a different outcome is a new deliberation, not a correction.");
        apply(new CouncilVoteCorrected(conventionId, route.key(), route.votedOn(), command.votes(),
                command.ballot(), command.presidentVote(), outcome, command.reason(),
                attendanceGiven ? attendance : null));
    }

    @CommandHandler
    void handle(RecordPrefectureTransmission command, Today today) {
        CommuneRoute route = transmittableRoute(command.communeInseeCode());
        String actesId = ActesIdRules.check(command.actesId(), route.council(), route.votedOn(),
                route.deliberationNumber()).toString();
        transmit(route, command.sentOn(), command.receivedOn(), actesId, List.of(), today);
    }

    /** The receipt gives the received day and the subject codes; it and the stamped act are attached with it. */
    @CommandHandler
    void handle(ImportPrefectureReceipt command, Today today) {
        CommuneRoute route = transmittableRoute(command.communeInseeCode());
        PrefectureReceipt receipt = command.receipt();
        String actesId = ReceiptRules.check(receipt, route).toString();
        transmit(route, command.sentOn() == null ? receipt.receivedOn() : command.sentOn(), receipt.receivedOn(),
                actesId, receipt.subjectCodes(), today);
        apply(new DocumentAttached(conventionId, DocumentRole.RECEIPT, route.key(), command.receiptDocument()));
        if (command.stampedAct() != null) {
            apply(new DocumentAttached(conventionId, DocumentRole.STAMPED_ACT, route.key(), command.stampedAct()));
        }
    }

    private CommuneRoute transmittableRoute(String key) {
        CommuneRoute route = openRoute(key);
        check(route.adopted(), "transmission-before-adoption",
                "Only an adopted deliberation is transmitted to the prefecture; " + route.name() + " has none.");
        check(route.transmissionReceivedOn() == null, "transmission-already-recorded",
                "The transmission of the deliberation of " + route.name() + " is already recorded.");
        return route;
    }

    private void transmit(CommuneRoute route, LocalDate sentOn, LocalDate receivedOn, String actesId,
                          List<String> subjectCodes, Today today) {
        applied(ExecutoryRules.transmission(conventionId, route, sentOn, receivedOn, actesId, subjectCodes,
                dates(today), amendments::checkNotAnAmendmentsActesId));
    }

    private static void applied(ExecutoryRules.Step<?> step) {
        apply(step.event());
        if (step.executory() != null) {
            apply(step.executory());
        }
    }

    @CommandHandler
    void handle(AttachDocument command) {
        apply(DocumentRules.attach(conventionId, command, this::member,
                party -> {
                    if (!parties.containsKey(party)) {
                        throw RuleViolation.notFound("party-not-in-convention",
                                "Convention " + conventionId + " has no party " + party + ".");
                    }
                    return signatures.containsKey(party) || signed;
                }, meetings::has));
    }

    @CommandHandler
    void handle(RecordPublication command, Today today) {
        CommuneRoute route = openRoute(command.communeInseeCode());
        check(route.adopted(), "publication-before-adoption",
                "Only an adopted deliberation is published; " + route.name() + " has none.");
        check(route.publishedOn() == null, "publication-already-recorded",
                "The publication of the deliberation of " + route.name() + " is already recorded.");
        applied(ExecutoryRules.publication(conventionId, route, command, dates(today)));
    }

    @CommandHandler
    void handle(RecordPrefectLetter command, Today today) {
        apply(LegalityRules.letter(conventionId, controlledRoute(command.communeInseeCode()), command, dates(today)));
    }

    @CommandHandler
    void handle(RecordLetterAnswer command, Today today) {
        apply(LegalityRules.answer(conventionId, controlledRoute(command.communeInseeCode()), command, dates(today)));
    }

    @CommandHandler
    void handle(RecordCourtReferral command, Today today) {
        apply(LegalityRules.referral(conventionId, controlledRoute(command.communeInseeCode()), command,
                dates(today)));
    }

    @CommandHandler
    void handle(RecordAnnulment command, Today today) {
        apply(LegalityRules.annulment(conventionId, controlledRoute(command.communeInseeCode()), command,
                dates(today)));
    }

    @CommandHandler
    void handle(RetractDeliberation command, Today today) {
        apply(LegalityRules.retraction(conventionId, controlledRoute(command.communeInseeCode()), command,
                dates(today)));
    }

    @CommandHandler
    void handle(WithdrawCommune command, Today today) {
        CommuneRoute route = openRoute(command.communeInseeCode());
        check(route.isCommune(), "epci-cannot-withdraw",
                "The EPCI is a party named by the definition; it does not withdraw like a commune.");
        check(command.reason() != null && !command.reason().isBlank(), "withdrawal-reason-required",
                "A withdrawal states its reason.");
        dates(today).check("withdrawnOn", command.withdrawnOn());
        check(!signatures.containsKey(route.key()), "signed-commune-cannot-withdraw",
                route.name() + " has signed the convention; it cannot withdraw before the others sign.");
        check(communes.values().stream().anyMatch(other -> other.isCommune() && !other.withdrawn() && other != route),
                "last-commune-cannot-withdraw", "The last remaining commune cannot withdraw from the convention.");
        apply(new CommuneWithdrawn(conventionId, route.key(), command.withdrawnOn(), command.reason()));
    }

    @CommandHandler
    void handle(RecordCafBoardDecision command, Today today) {
        check(!signed, "convention-already-signed", "The convention is signed.");
        check(cafBoardDecidedOn == null, "caf-board-decision-already-recorded",
                "The CAF's board decided on " + cafBoardDecidedOn + ".");
        dates(today).check("decidedOn", command.decidedOn());
        apply(new CafBoardDecisionRecorded(conventionId, command.decidedOn(), command.reference()));
    }

    @CommandHandler
    void handle(RecordPartySiret command) {
        Party party = parties.get(command.partyId());
        if (party == null) {
            throw RuleViolation.notFound("party-not-in-convention",
                    "Convention " + conventionId + " has no party " + command.partyId() + ".");
        }
        CommuneRoute route = communes.get(party.id());
        PartyRules.checkSiret(party.id(), command.siret(), route == null ? null : route.council().siren());
        apply(new PartySiretRecorded(conventionId, party.id(), command.siret()));
    }

    @CommandHandler
    void handle(SignConvention command, Today today) {
        check(!signed, "convention-already-signed", "The convention is already signed.");
        new SignatureRules(List.copyOf(parties.values()), communes, cafBoardDecidedOn, signatures)
                .sign(conventionId, command, dates(today))
                .forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(AddAction command) {
        check(!signed, "action-requires-amendment", "The convention is signed: its plan changes by amendment only "
                + "(POST .../amendments).");
        check(command.action() != null, "action-required", "Give the action sheet to add.");
        catalog.check(command.action());
        check(!actions.containsKey(command.action().actionId()), "action-already-exists",
                "Action " + command.action().actionId() + " already exists.");
        apply(new ActionAdded(conventionId, command.action()));
    }

    @CommandHandler
    void handle(UpdateActionStatus command) {
        amendments.checkInForce(command.actionId(), command.on());
        apply(ActionStatusRules.change(conventionId, period, command.actionId(), actions.get(command.actionId()),
                command.status(), command.on(), command.note(), command.reason(), null));
    }

    @CommandHandler
    void handle(RecordMeeting command) {
        applyInForce(meetings.record(command, period, actions::get));
    }

    @CommandHandler
    void handle(RecordMeetingDecision command) {
        applyInForce(meetings.decide(command, period, actions::get));
    }

    /** A committee's decision on an action applies to the version in force on the meeting's day, as an update. */
    private void applyInForce(List<Object> events) {
        events.stream().filter(ActionStatusUpdated.class::isInstance).map(ActionStatusUpdated.class::cast)
                .forEach(update -> amendments.checkInForce(update.actionId(), update.on()));
        events.forEach(AggregateLifecycle::apply);
    }

    /** A member council that has not withdrawn; 404 for a commune (or EPCI) that is not a party. */
    private CommuneRoute member(String key) {
        CommuneRoute route = communes.get(key);
        if (route == null) {
            throw RuleViolation.notFound(key.length() == 9 ? "epci-not-a-party" : "commune-not-in-convention",
                    (key.length() == 9 ? "The intercommunality " : "Commune ") + key + " is not a party of convention "
                            + conventionId + ".");
        }
        check(!route.withdrawn(), "commune-withdrawn", route.name() + " has withdrawn from the convention.");
        return route;
    }

    /**
     * A council whose route is open: until the signature, and after it for a council whose adopted deliberation was
     * annulled or retracted, which needs a new one.
     */
    private CommuneRoute openRoute(String key) {
        CommuneRoute route = member(key);
        check(!signed || route.deliberationEnded(), "convention-already-signed",
                "The convention is signed; its institutional route is over.");
        return route;
    }

    /** A council presented with the convention since its last vote (a new vote after a rejection needs one). */
    private CommuneRoute presentedRoute(String key) {
        CommuneRoute route = openRoute(key);
        check(!route.adopted(), "commune-already-adopted",
                route.name() + " has already adopted the convention; it cannot vote again.");
        check(!route.stage().awaitsPresentation(), route.votedOn() == null ? "vote-before-presentation"
                        : "new-presentation-required",
                "The convention must be presented to the council of " + route.name() + (route.votedOn() == null
                        ? " before its vote is recorded." : " again before a new vote: its last vote was on "
                        + route.votedOn() + "."));
        return route;
    }

    /** A council under the prefect's control: before and after the signature alike. */
    private CommuneRoute controlledRoute(String key) {
        return member(key);
    }

    private static void requireDate(LocalDate date) {
        check(date != null, "date-required", "A date is required.");
    }

    private RouteDates dates(Today today) {
        return RouteDates.of(period, today);
    }

    @EventSourcingHandler
    void on(ConventionDefined event) {
        conventionId = event.conventionId();
        period = event.period();
        parties.put(Parties.CAF_ID, new Party(Parties.CAF_ID, PartyKind.CAF, event.caf()));
        Set<String> communeCodes = new HashSet<>();
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                communes.put(commune.inseeCode(), CommuneRoute.start(commune, perimeter.code()));
                parties.put(commune.inseeCode(), new Party(commune.inseeCode(), PartyKind.COMMUNE, commune.name()));
                communeCodes.add(commune.inseeCode());
            }
        }
        Parties named = event.parties() == null ? Parties.NONE : event.parties();
        if (named.epci() != null) {
            Epci epci = named.epci();
            communes.put(epci.siren(), CommuneRoute.startEpci(epci.asCouncil()));
            parties.put(epci.siren(), new Party(epci.siren(), PartyKind.EPCI, epci.name()));
        }
        named.others().forEach(other -> parties.put(other.partyId(), new Party(other.partyId(), other.kind(),
                other.name())));
        Map<String, String> themeOfStake = new HashMap<>();
        event.stakes().forEach(stake -> themeOfStake.put(stake.code(), stake.themeCode()));
        catalog = new PlanCatalog(period, new HashSet<>(event.themes().stream().map(Theme::code).toList()),
                themeOfStake, new HashSet<>(event.perimeters().stream().map(Perimeter::code).toList()), communeCodes);
        event.actions().forEach(action -> actions.put(action.actionId(), ActionStatus.PLANNED));
    }

    /** Every route event moves its commune on as the shared fold says; a vote correction changes only its counts. */
    @EventSourcingHandler
    void on(CommuneRouteEvent event) {
        communes.computeIfPresent(event.communeInseeCode(), (code, route) -> route.apply(event));
    }

    @EventSourcingHandler
    void on(CafBoardDecisionRecorded event) {
        cafBoardDecidedOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(PartySigned event) {
        signatures.put(event.partyId(), new GivenSignature(event.partyId(), event.signatory().organisation(),
                event.signedOn(), event.signatory().name(), event.signatory().role()));
    }

    @EventSourcingHandler
    void on(ConventionSigned event) {
        signed = true;
    }

    @EventSourcingHandler
    void on(ActionAdded event) {
        actions.put(event.action().actionId(), ActionStatus.PLANNED);
    }

    /** The actions an amendment brings into force start as planned; those it ends keep their last status. */
    @EventSourcingHandler
    void on(AmendmentInForce event) {
        event.plan().actions().forEach(action -> actions.putIfAbsent(action.actionId(), ActionStatus.PLANNED));
    }

    @EventSourcingHandler
    void on(ActionStatusUpdated event) {
        actions.put(event.actionId(), event.status());
    }
}
