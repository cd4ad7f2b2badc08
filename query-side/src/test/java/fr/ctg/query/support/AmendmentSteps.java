package fr.ctg.query.support;

import fr.ctg.amendment.AmendmentDeliberationAnnulled;
import fr.ctg.amendment.AmendmentPrefectLetterAnswered;
import fr.ctg.amendment.AmendmentPrefectLetterReceived;
import fr.ctg.amendment.AmendmentQuorumNotReached;
import fr.ctg.amendment.AmendmentReferredToCourt;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterKind;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.amendment.Amendment;
import fr.ctg.amendment.AmendmentBecameExecutory;
import fr.ctg.amendment.AmendmentChangeAdded;
import fr.ctg.amendment.AmendmentClosed;
import fr.ctg.amendment.AmendmentInForce;
import fr.ctg.amendment.AmendmentOpened;
import fr.ctg.amendment.AmendmentPartySigned;
import fr.ctg.amendment.AmendmentPresented;
import fr.ctg.amendment.AmendmentPublished;
import fr.ctg.amendment.AmendmentState;
import fr.ctg.amendment.AmendmentSubmitted;
import fr.ctg.amendment.AmendmentTransmissionRecorded;
import fr.ctg.amendment.AmendmentVoteRecorded;
import fr.ctg.amendment.EndedAction;
import fr.ctg.amendment.PlanChange;
import fr.ctg.amendment.PlanHistory;
import fr.ctg.amendment.PlanVersion;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartySigned;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.Signatory;
import fr.ctg.route.VoteOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of a convention's amendments as the command side writes them, for tests: it folds what it emits (and
 * what the test {@link #saw}) with the shared {@link PlanHistory}, so that the version an amendment brings into
 * force is the one the aggregate computes.
 */
public final class AmendmentSteps {

    private final String conventionId;
    private final PlanHistory history = new PlanHistory();

    public AmendmentSteps(String conventionId) {
        this.conventionId = conventionId;
    }

    public PlanHistory history() {
        return history;
    }

    /** An event of the convention written by others (its definition, its actions, its signature). */
    public <E> E saw(E event) {
        history.apply(event);
        return event;
    }

    /** Opens the next amendment for every party. */
    public AmendmentOpened open(String title, LocalDate on) {
        int number = history.amendments().size() + 1;
        List<String> parties = history.partyList().stream().map(PlanHistory.PartyRef::partyId).toList();
        return saw(new AmendmentOpened(conventionId, number, history.latest().plan().version() + 1, title,
                "Motif " + title, null, parties, on));
    }

    public AmendmentChangeAdded change(int number, PlanChange change) {
        return saw(new AmendmentChangeAdded(conventionId, number, change));
    }

    public AmendmentSubmitted submit(int number, LocalDate on) {
        return saw(new AmendmentSubmitted(conventionId, number, on));
    }

    public AmendmentClosed close(int number, AmendmentState outcome, LocalDate on) {
        return saw(new AmendmentClosed(conventionId, number, outcome, on, "Motif de clôture"));
    }

    /** A council's whole route on the amendment, in a day: presented, adopted, transmitted, published, executory. */
    public List<Object> route(int number, String council, LocalDate on) {
        String actesId = "042-" + council + "-AV" + number;
        List<Object> events = new ArrayList<>();
        events.add(saw(new AmendmentPresented(conventionId, number,
                new PresentedToMunicipalCouncil(conventionId, council, on))));
        events.add(saw(new AmendmentVoteRecorded(conventionId, number,
                TestConvention.vote(conventionId, council, on, VoteOutcome.ADOPTED))));
        events.add(saw(new AmendmentTransmissionRecorded(conventionId, number,
                new PrefectureTransmissionRecorded(conventionId, council, on, on, actesId))));
        events.add(saw(new AmendmentPublished(conventionId, number,
                TestConvention.published(conventionId, council, on))));
        events.add(saw(new AmendmentBecameExecutory(conventionId, number,
                new DeliberationBecameExecutory(conventionId, council, on))));
        return events;
    }

    /** One party signs; the last party concerned to sign brings the amendment's version into force that day. */
    public List<Object> sign(int number, String partyId, LocalDate on) {
        Amendment amendment = history.amendment(number).orElseThrow();
        var party = history.parties().get(partyId);
        List<Object> events = new ArrayList<>();
        events.add(saw(new AmendmentPartySigned(conventionId, number, new PartySigned(conventionId, partyId,
                party.kind(), on, new Signatory("Signataire " + partyId, "Président", party.name())))));
        amendment = history.amendment(number).orElseThrow();
        if (history.unsigned(amendment).isEmpty()) {
            PlanVersion before = history.latest().plan();
            PlanVersion after = history.planOf(amendment);
            List<EndedAction> ended = before.actions().stream().filter(a -> after.action(a.actionId()).isEmpty())
                    .map(a -> new EndedAction(a.actionId(), number, on)).toList();
            List<GivenSignature> signatures = List.copyOf(amendment.signatures().values());
            events.add(saw(new AmendmentInForce(conventionId, number, after.version(), on, signatures, after,
                    ended)));
        }
        return events;
    }

    /** The prefect writes about a council's deliberation on the amendment, the council answers, a court annuls it. */
    public List<Object> controlled(int number, String council, LocalDate letter, LocalDate annulled) {
        return List.of(
                saw(new AmendmentPrefectLetterReceived(conventionId, number, new PrefectLetterReceived(conventionId,
                        council, PrefectLetterKind.OBSERVATIONS, letter, "Annexe manquante"))),
                saw(new AmendmentPrefectLetterAnswered(conventionId, number, new PrefectLetterAnswered(conventionId,
                        council, letter.plusDays(5), "Annexe transmise"))),
                saw(new AmendmentReferredToCourt(conventionId, number, new DeliberationReferredToCourt(conventionId,
                        council, letter.plusDays(20), "Tribunal administratif de Lyon"))),
                saw(new AmendmentDeliberationAnnulled(conventionId, number, new DeliberationAnnulled(conventionId,
                        council, annulled, "Tribunal administratif de Lyon", null))));
    }

    /** A council's meeting on the amendment that lacked its quorum. */
    public AmendmentQuorumNotReached quorumLacking(int number, String council, LocalDate on) {
        return saw(new AmendmentQuorumNotReached(conventionId, number, new QuorumNotReached(conventionId, council, on,
                TestConvention.vote(conventionId, council, on, VoteOutcome.ADOPTED).attendance().membersInOffice(),
                1)));
    }
}
