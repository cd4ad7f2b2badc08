package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.AddAction;
import fr.ctg.actionplan.UpdateActionStatus;
import fr.ctg.actionplan.committee.RecordMeeting;
import fr.ctg.actionplan.committee.RecordMeetingDecision;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.DefineConvention;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.Period;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import fr.ctg.reference.ActesId;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CorrectCouncilVote;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
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
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static fr.ctg.command.convention.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One Convention Territoriale Globale: its definition, each commune's institutional route, the signature and the
 * action plan. One aggregate, because the signature rule reads every commune's route at once.
 * <p>
 * The revision is that of its snapshots' shape: change it with the fields, and snapshots of another revision are
 * ignored (the events are replayed instead). Revision 2: each commune's route holds a {@code CommuneRouteState}.
 * Revision 3: the actions' indicators and measures ({@link ActionIndicators}) and the committees' meetings
 * ({@link Meetings}).
 */
@Revision("3")
class Convention {

    private static final Pattern DELIBERATION_NUMBER = Pattern.compile(ActesId.INTERNAL_NUMBER);

    @AggregateIdentifier
    private String conventionId;
    private Period period;
    private PlanCatalog catalog;
    private final Map<String, CommuneRoute> communes = new LinkedHashMap<>();
    private final Map<String, ActionStatus> actions = new HashMap<>();
    private boolean signed;
    @AggregateMember
    private final ActionIndicators indicators = new ActionIndicators();
    /** The committees' meetings, in a class of their own; their events reach it as an aggregate member. */
    @AggregateMember
    private final Meetings meetings = new Meetings();

    Convention() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Convention(DefineConvention command, CommuneRegistry registry) {
        apply(DefinitionRules.define(command, registry));
    }

    @CommandHandler
    void handle(PresentToMunicipalCouncil command) {
        CommuneRoute route = openRoute(command.communeInseeCode());
        check(!route.adopted(), "commune-already-adopted",
                route.commune().name() + " has already adopted the convention.");
        check(route.presentedOn() == null || route.outcome() == VoteOutcome.REJECTED, "commune-already-presented",
                "The convention was already presented to the council of " + route.commune().name()
                        + " on " + route.presentedOn() + " and awaits its vote.");
        requireDate(command.sessionDate());
        check(route.votedOn() == null || !command.sessionDate().isBefore(route.votedOn()),
                "presentation-before-previous-vote", "A new presentation cannot predate the previous vote of "
                        + route.votedOn() + ".");
        apply(new PresentedToMunicipalCouncil(conventionId, command.communeInseeCode(), command.sessionDate()));
    }

    @CommandHandler
    void handle(RecordCouncilVote command) {
        CommuneRoute route = openRoute(command.communeInseeCode());
        check(route.presentedOn() != null, "vote-before-presentation",
                "The convention must be presented to the council of " + route.commune().name()
                        + " before its vote is recorded.");
        check(!route.adopted(), "commune-already-adopted",
                route.commune().name() + " has already adopted the convention; it cannot vote again.");
        requireDate(command.sessionDate());
        check(!command.sessionDate().isBefore(route.presentedOn()), "vote-dated-before-presentation",
                "The vote of " + command.sessionDate() + " predates the presentation of " + route.presentedOn() + ".");
        check(route.votedOn() == null || command.sessionDate().isAfter(route.votedOn()), "vote-not-after-previous-vote",
                "A new vote must come after the rejected vote of " + route.votedOn() + ".");
        check(command.votes() != null && command.ballot() != null, "vote-counts-required",
                "A vote gives its counts and its ballot type.");
        check(command.deliberationNumber() != null && DELIBERATION_NUMBER.matcher(command.deliberationNumber()).matches(),
                "deliberation-number-invalid", "A deliberation number is 1 to 15 characters among 0-9, A-Z and _.");
        VoteOutcome outcome = VoteRules.outcome(command.votes(), command.ballot(), command.presidentVote());
        String actesId = command.actesId() == null ? null : ActesIdRules.check(command.actesId(), route.commune(),
                command.sessionDate(), command.deliberationNumber()).toString();
        apply(new CouncilVoteRecorded(conventionId, command.communeInseeCode(), command.sessionDate(),
                command.votes(), command.ballot(), command.presidentVote(), outcome, command.deliberationNumber(),
                actesId));
    }

    @CommandHandler
    void handle(CorrectCouncilVote command) {
        CommuneRoute route = communes.get(command.communeInseeCode());
        if (route == null) {
            throw RuleViolation.notFound("commune-not-in-convention",
                    "Commune " + command.communeInseeCode() + " is not a member of convention " + conventionId + ".");
        }
        check(route.votedOn() != null, "correction-without-vote",
                "No vote of " + route.commune().name() + " is recorded; there is nothing to correct.");
        check(command.reason() != null && !command.reason().isBlank(), "correction-reason-required",
                "A correction states its reason.");
        check(command.votes() != null && command.ballot() != null, "vote-counts-required",
                "A corrected vote gives its counts and its ballot type.");
        VoteOutcome outcome = VoteRules.outcome(command.votes(), command.ballot(), command.presidentVote());
        check(outcome == route.outcome(), "correction-changes-outcome",
                "The corrected counts give " + outcome + " where the council's vote was " + route.outcome()
                        + "; a different outcome is a new deliberation, not a correction.");
        apply(new CouncilVoteCorrected(conventionId, command.communeInseeCode(), route.votedOn(), command.votes(),
                command.ballot(), command.presidentVote(), outcome, command.reason()));
    }

    @CommandHandler
    void handle(RecordPrefectureTransmission command) {
        CommuneRoute route = openRoute(command.communeInseeCode());
        check(route.adopted(), "transmission-before-adoption",
                "Only an adopted deliberation is transmitted to the prefecture; " + route.commune().name()
                        + " has none.");
        check(route.transmissionReceivedOn() == null, "transmission-already-recorded",
                "The transmission of the deliberation of " + route.commune().name() + " is already recorded.");
        requireDate(command.sentOn());
        requireDate(command.receivedOn());
        check(!command.sentOn().isBefore(route.votedOn()), "transmission-before-vote",
                "The deliberation cannot be sent on " + command.sentOn() + ", before the vote of " + route.votedOn() + ".");
        check(!command.receivedOn().isBefore(command.sentOn()), "transmission-received-before-sent",
                "The prefecture cannot receive the deliberation before it was sent.");
        String actesId = ActesIdRules.check(command.actesId(), route.commune(), route.votedOn(),
                route.deliberationNumber()).toString();
        check(route.actesId() == null || route.actesId().equals(actesId), "actes-id-differs-from-vote",
                "The vote recorded ACTES identifier " + route.actesId() + "; the transmission names " + actesId + ".");
        apply(new PrefectureTransmissionRecorded(conventionId, command.communeInseeCode(), command.sentOn(),
                command.receivedOn(), actesId));
        if (route.publishedOn() != null) {
            apply(new DeliberationBecameExecutory(conventionId, command.communeInseeCode(),
                    later(route.publishedOn(), command.receivedOn())));
        }
    }

    @CommandHandler
    void handle(RecordPublication command) {
        CommuneRoute route = openRoute(command.communeInseeCode());
        check(route.adopted(), "publication-before-adoption",
                "Only an adopted deliberation is published; " + route.commune().name() + " has none.");
        check(route.publishedOn() == null, "publication-already-recorded",
                "The publication of the deliberation of " + route.commune().name() + " is already recorded.");
        requireDate(command.publishedOn());
        check(!command.publishedOn().isBefore(route.votedOn()), "publication-before-vote",
                "The deliberation cannot be published on " + command.publishedOn() + ", before the vote of "
                        + route.votedOn() + ".");
        apply(new DeliberationPublished(conventionId, command.communeInseeCode(), command.publishedOn()));
        if (route.transmissionReceivedOn() != null) {
            apply(new DeliberationBecameExecutory(conventionId, command.communeInseeCode(),
                    later(route.transmissionReceivedOn(), command.publishedOn())));
        }
    }

    @CommandHandler
    void handle(WithdrawCommune command) {
        CommuneRoute route = openRoute(command.communeInseeCode());
        check(command.reason() != null && !command.reason().isBlank(), "withdrawal-reason-required",
                "A withdrawal states its reason.");
        requireDate(command.withdrawnOn());
        check(communes.values().stream().anyMatch(other -> !other.withdrawn() && other != route),
                "last-commune-cannot-withdraw", "The last remaining commune cannot withdraw from the convention.");
        apply(new CommuneWithdrawn(conventionId, command.communeInseeCode(), command.withdrawnOn(), command.reason()));
    }

    @CommandHandler
    void handle(SignConvention command) {
        check(!signed, "convention-already-signed", "The convention is already signed.");
        requireDate(command.signedOn());
        check(command.signatories() != null && !command.signatories().isEmpty(), "signatories-required",
                "A signature names its signatories.");
        List<SignatureReadiness.Blocker> blockers = SignatureReadiness.blockers(communes.values());
        if (!blockers.isEmpty()) {
            throw new RuleViolation(RuleViolation.Kind.CONFLICT, "communes-not-executory",
                    blockers.size() + " commune(s) lack an executory adopted deliberation.",
                    Map.of("blockingCommunes", blockers.stream().map(SignatureReadiness.Blocker::asMap).toList()));
        }
        LocalDate lastExecutory = communes.values().stream().filter(route -> !route.withdrawn())
                .map(CommuneRoute::executoryOn).max(LocalDate::compareTo).orElseThrow();
        check(!command.signedOn().isBefore(lastExecutory), "signature-before-deliberations-executory",
                "The convention cannot be signed before " + lastExecutory
                        + ", when the last deliberation became executory.");
        apply(new ConventionSigned(conventionId, command.signedOn(), command.signatories()));
    }

    @CommandHandler
    void handle(AddAction command) {
        check(command.action() != null, "action-required", "Give the action sheet to add.");
        catalog.check(command.action());
        check(!actions.containsKey(command.action().actionId()), "action-already-exists",
                "Action " + command.action().actionId() + " already exists.");
        apply(new ActionAdded(conventionId, command.action()));
    }

    @CommandHandler
    void handle(UpdateActionStatus command) {
        apply(ActionStatusRules.change(conventionId, period, command.actionId(), actions.get(command.actionId()),
                command.status(), command.on(), command.note(), command.reason(), null));
    }

    @CommandHandler
    void handle(RecordMeeting command) {
        meetings.record(command, period, actions::get).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(RecordMeetingDecision command) {
        meetings.decide(command, period, actions::get).forEach(AggregateLifecycle::apply);
    }

    private CommuneRoute openRoute(String inseeCode) {
        CommuneRoute route = communes.get(inseeCode);
        if (route == null) {
            throw RuleViolation.notFound("commune-not-in-convention",
                    "Commune " + inseeCode + " is not a member of convention " + conventionId + ".");
        }
        check(!route.withdrawn(), "commune-withdrawn", route.commune().name() + " has withdrawn from the convention.");
        check(!signed, "convention-already-signed", "The convention is signed; its institutional route is over.");
        return route;
    }

    private static void requireDate(LocalDate date) {
        check(date != null, "date-required", "A date is required.");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @EventSourcingHandler
    void on(ConventionDefined event) {
        conventionId = event.conventionId();
        period = event.period();
        Set<String> communeCodes = new HashSet<>();
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                communes.put(commune.inseeCode(), CommuneRoute.start(commune, perimeter.code()));
                communeCodes.add(commune.inseeCode());
            }
        }
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
    void on(ConventionSigned event) {
        signed = true;
    }

    @EventSourcingHandler
    void on(ActionAdded event) {
        actions.put(event.action().actionId(), ActionStatus.PLANNED);
    }

    @EventSourcingHandler
    void on(ActionStatusUpdated event) {
        actions.put(event.actionId(), event.status());
    }
}
