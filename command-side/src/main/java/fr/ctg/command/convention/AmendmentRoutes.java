package fr.ctg.command.convention;

import fr.ctg.amendment.Amendment;
import fr.ctg.amendment.AmendmentBecameExecutory;
import fr.ctg.amendment.AmendmentInForce;
import fr.ctg.amendment.AmendmentPartySigned;
import fr.ctg.amendment.AmendmentPresented;
import fr.ctg.amendment.AmendmentPublished;
import fr.ctg.amendment.AmendmentTransmissionRecorded;
import fr.ctg.amendment.AmendmentVoteRecorded;
import fr.ctg.amendment.AmendmentDeliberationAnnulled;
import fr.ctg.amendment.AmendmentDeliberationRetracted;
import fr.ctg.amendment.AmendmentPrefectLetterAnswered;
import fr.ctg.amendment.AmendmentPrefectLetterReceived;
import fr.ctg.amendment.AmendmentQuorumNotReached;
import fr.ctg.amendment.AmendmentReferredToCourt;
import fr.ctg.amendment.AmendmentSubject;
import fr.ctg.document.AttachDocument;
import fr.ctg.document.DocumentAttached;
import fr.ctg.document.DocumentRole;
import fr.ctg.document.DocumentSubject;
import fr.ctg.route.ImportPrefectureReceipt;
import fr.ctg.route.PrefectureReceipt;
import fr.ctg.route.RecordAnnulment;
import fr.ctg.route.RecordCourtReferral;
import fr.ctg.route.RecordLetterAnswer;
import fr.ctg.route.RecordPrefectLetter;
import fr.ctg.route.RecordQuorumNotReached;
import fr.ctg.route.RetractDeliberation;
import fr.ctg.amendment.EndedAction;
import fr.ctg.amendment.PlanHistory;
import fr.ctg.amendment.PlanVersion;
import fr.ctg.convention.Commune;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartySigned;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.RecordPrefectureTransmission;
import fr.ctg.route.RecordPublication;
import fr.ctg.route.SignConvention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.ctg.command.convention.RuleViolation.check;

/**
 * One step of an amendment's route, checked by the rules of the convention's own route ({@link VoteRules},
 * {@link ActesIdRules}, {@link PublicationRules}, {@link SignatureRules}, {@link RouteDates}) on the council's route
 * on this amendment. The events carry the convention's route events as their step (ADR 0011).
 *
 * @param usedActesIds the ACTES ids of every deliberation already recorded: the convention's and the amendments'
 */
record AmendmentRoutes(PlanHistory history, Amendment amendment, RouteDates dates, Set<String> usedActesIds) {


    List<Object> advance(Object step) {
        String id = history.conventionId();
        int n = amendment.number();
        if (step instanceof PresentToMunicipalCouncil present) {
            CommuneRoute route = route(present.communeInseeCode());
            check(!route.adopted(), "commune-already-adopted", route.name() + " has already adopted the amendment.");
            check(route.stage().awaitsPresentation(), "commune-already-presented",
                    "The amendment was already presented to " + route.name() + " on " + route.presentedOn() + ".");
            dates.check("sessionDate", present.sessionDate());
            notBeforeSubmission("sessionDate", present.sessionDate());
            check(route.votedOn() == null || !present.sessionDate().isBefore(route.votedOn()),
                    "presentation-before-previous-vote", "A new presentation cannot predate the previous vote of "
                            + route.votedOn() + ".");
            return List.of(new AmendmentPresented(id, n,
                    new PresentedToMunicipalCouncil(id, route.key(), present.sessionDate())));
        }
        if (step instanceof RecordCouncilVote vote) {
            return List.of(new AmendmentVoteRecorded(id, n, vote(id, vote)));
        }
        if (step instanceof RecordPrefectureTransmission transmission) {
            return transmit(id, n, transmission);
        }
        if (step instanceof ImportPrefectureReceipt receipt) {
            return importReceipt(id, n, receipt);
        }
        if (step instanceof RecordPublication publication) {
            return publish(id, n, publication);
        }
        if (step instanceof SignConvention signature) {
            return sign(id, n, signature);
        }
        if (step instanceof RecordQuorumNotReached lacking) {
            return List.of(new AmendmentQuorumNotReached(id, n, VoteRules.quorumNotReached(id,
                    presented(lacking.communeInseeCode()), lacking, dates)));
        }
        if (controlsADeliberation(step)) {
            return List.of(control(id, n, step));
        }
        throw RuleViolation.malformed("amendment-step-unknown", "Not a step of an amendment's route: " + step);
    }

    /**
     * A step about a deliberation already voted: the prefect's legality control, how it ends, a document attached to
     * it. It applies to a submitted amendment and, the control running on its own clock, to one in force.
     */
    static boolean controlsADeliberation(Object step) {
        return step instanceof RecordPrefectLetter || step instanceof RecordLetterAnswer
                || step instanceof RecordCourtReferral || step instanceof RecordAnnulment
                || step instanceof RetractDeliberation || step instanceof AttachDocument;
    }

    /** The convention's legality rules and document rules, on the council's route on this amendment. */
    private Object control(String id, int n, Object step) {
        if (step instanceof RecordPrefectLetter letter) {
            return new AmendmentPrefectLetterReceived(id, n, LegalityRules.letter(id,
                    route(letter.communeInseeCode()), letter, dates));
        }
        if (step instanceof RecordLetterAnswer answer) {
            return new AmendmentPrefectLetterAnswered(id, n, LegalityRules.answer(id,
                    route(answer.communeInseeCode()), answer, dates));
        }
        if (step instanceof RecordCourtReferral referral) {
            return new AmendmentReferredToCourt(id, n, LegalityRules.referral(id,
                    route(referral.communeInseeCode()), referral, dates));
        }
        if (step instanceof RecordAnnulment annulment) {
            return new AmendmentDeliberationAnnulled(id, n, LegalityRules.annulment(id,
                    route(annulment.communeInseeCode()), annulment, dates));
        }
        if (step instanceof RetractDeliberation retraction) {
            return new AmendmentDeliberationRetracted(id, n, LegalityRules.retraction(id,
                    route(retraction.communeInseeCode()), retraction, dates));
        }
        return document((AttachDocument) step);
    }

    /** A document of a council's deliberation or transmission on this amendment, or of a party's signature of it. */
    private DocumentAttached document(AttachDocument command) {
        AmendmentSubject subject = AmendmentSubject.parse(command.subjectKey())
                .filter(s -> s.number() == amendment.number())
                .orElseThrow(() -> RuleViolation.malformed("document-target-required",
                        "A document of amendment no. " + amendment.number() + " names it in its subject key."));
        check(command.role() == null || command.role().subject() != DocumentSubject.MEETING,
                "document-role-invalid", "An amendment's documents are its deliberations' and its signatures'.");
        DocumentAttached attached = DocumentRules.attach(id(), new AttachDocument(command.conventionId(),
                command.role(), subject.key(), command.document(), null), this::route, party -> {
                    if (!amendment.partiesConcerned().contains(party)) {
                        throw RuleViolation.notFound("party-not-concerned", "Party " + party
                                + " is not concerned by amendment no. " + amendment.number() + ".");
                    }
                    return amendment.signatures().containsKey(party);
                }, meeting -> false);
        return new DocumentAttached(attached.conventionId(), attached.role(), command.subjectKey(),
                attached.document());
    }

    private String id() {
        return history.conventionId();
    }

    /** A council presented with the amendment since its last vote. */
    private CommuneRoute presented(String key) {
        CommuneRoute route = route(key);
        check(!route.adopted(), "commune-already-adopted", route.name() + " has already adopted the amendment.");
        check(!route.stage().awaitsPresentation(), route.votedOn() == null ? "vote-before-presentation"
                : "new-presentation-required", "The amendment must be presented to the council of " + route.name()
                + (route.votedOn() == null ? " before its vote." : " again before a new vote."));
        return route;
    }

    private CouncilVoteRecorded vote(String id, RecordCouncilVote command) {
        return VoteRules.vote(id, presented(command.communeInseeCode()), command, dates, this::distinct);
    }

    private List<Object> transmit(String id, int n, RecordPrefectureTransmission command) {
        CommuneRoute route = transmittable(command.communeInseeCode());
        String actesId = ActesIdRules.check(command.actesId(), route.council(), route.votedOn(),
                route.deliberationNumber()).toString();
        return transmit(id, n, route, command.sentOn(), command.receivedOn(), actesId, List.of());
    }

    /** The prefecture's receipt gives the transmission; it and the stamped act are attached to it. */
    private List<Object> importReceipt(String id, int n, ImportPrefectureReceipt command) {
        CommuneRoute route = transmittable(command.communeInseeCode());
        PrefectureReceipt receipt = command.receipt();
        String actesId = ReceiptRules.check(receipt, route).toString();
        List<Object> events = transmit(id, n, route, command.sentOn() == null ? receipt.receivedOn()
                : command.sentOn(), receipt.receivedOn(), actesId, receipt.subjectCodes());
        String subject = new AmendmentSubject(n, route.key()).subjectKey();
        events.add(new DocumentAttached(id, DocumentRole.RECEIPT, subject, command.receiptDocument()));
        if (command.stampedAct() != null) {
            events.add(new DocumentAttached(id, DocumentRole.STAMPED_ACT, subject, command.stampedAct()));
        }
        return events;
    }

    private CommuneRoute transmittable(String key) {
        CommuneRoute route = route(key);
        check(route.adopted(), "transmission-before-adoption",
                "Only an adopted deliberation is transmitted; " + route.name() + " has none on this amendment.");
        check(route.transmissionReceivedOn() == null, "transmission-already-recorded",
                "The transmission of " + route.name() + "'s deliberation on the amendment is already recorded.");
        return route;
    }

    private List<Object> transmit(String id, int n, CommuneRoute route, LocalDate sentOn, LocalDate receivedOn,
                                  String actesId, List<String> subjectCodes) {
        // An id the vote recorded was checked then; a new one must be no other deliberation's.
        ExecutoryRules.Step<PrefectureTransmissionRecorded> step = ExecutoryRules.transmission(id, route, sentOn,
                receivedOn, actesId, subjectCodes, dates, given -> {
                    if (route.actesId() == null) {
                        distinct(given);
                    }
                });
        List<Object> events = new ArrayList<>();
        events.add(new AmendmentTransmissionRecorded(id, n, step.event()));
        if (step.executory() != null) {
            events.add(new AmendmentBecameExecutory(id, n, step.executory()));
        }
        return events;
    }

    private List<Object> publish(String id, int n, RecordPublication command) {
        CommuneRoute route = route(command.communeInseeCode());
        check(route.adopted(), "publication-before-adoption",
                "Only an adopted deliberation is published; " + route.name() + " has none on this amendment.");
        check(route.publishedOn() == null, "publication-already-recorded",
                "The publication of " + route.name() + "'s deliberation on the amendment is already recorded.");
        ExecutoryRules.Step<DeliberationPublished> step = ExecutoryRules.publication(id, route, command, dates);
        List<Object> events = new ArrayList<>();
        events.add(new AmendmentPublished(id, n, step.event()));
        if (step.executory() != null) {
            events.add(new AmendmentBecameExecutory(id, n, step.executory()));
        }
        return events;
    }

    /**
     * The convention's signature rule on the parties concerned and their routes on this amendment. The CAF signs an
     * amendment from its submission on (its board authorised the convention; ADR 0011).
     */
    private List<Object> sign(String id, int n, SignConvention command) {
        List<Party> parties = amendment.partiesConcerned().stream().map(history.parties()::get)
                .map(ref -> new Party(ref.partyId(), ref.kind(), ref.name())).toList();
        Map<String, CommuneRoute> routes = new LinkedHashMap<>();
        amendment.routes().keySet().forEach(key -> routes.put(key, route(key)));
        notBeforeSubmission("signedOn", command.signedOn());
        List<Object> events = new ArrayList<>();
        for (Object event : new SignatureRules(parties, routes, amendment.submittedOn(), amendment.signatures())
                .sign(id, command, dates)) {
            if (event instanceof PartySigned signed) {
                events.add(new AmendmentPartySigned(id, n, signed));
            } else if (event instanceof ConventionSigned all) {
                events.add(inForce(id, n, all.signedOn(), all.signatures()));
            }
        }
        return events;
    }

    private AmendmentInForce inForce(String id, int n, LocalDate on, List<GivenSignature> signatures) {
        PlanVersion before = history.latest().plan();
        PlanVersion after = history.planOf(amendment);
        List<EndedAction> ended = before.actions().stream().filter(a -> after.action(a.actionId()).isEmpty())
                .map(a -> new EndedAction(a.actionId(), n, on)).toList();
        return new AmendmentInForce(id, n, after.version(), on, signatures, after, ended);
    }

    /** The council's route on this amendment; 404 for a party that is not a council concerned by it. */
    private CommuneRoute route(String key) {
        if (key == null || !amendment.routes().containsKey(key)) {
            throw RuleViolation.notFound("council-not-concerned", "Council " + key + " does not deliberate on "
                    + "amendment no. " + amendment.number() + ".");
        }
        Commune council = history.council(key).orElseThrow();
        var kind = history.parties().get(key).kind();
        return new CommuneRoute(council, kind, null, amendment.routes().get(key));
    }

    private String distinct(String actesId) {
        check(!usedActesIds.contains(actesId), "actes-id-already-used", "ACTES identifier " + actesId
                + " is already another deliberation's; an amendment's deliberation has its own number and date.");
        return actesId;
    }

    private void notBeforeSubmission(String field, LocalDate date) {
        check(!date.isBefore(amendment.submittedOn()), "route-before-submission", "The " + field + " " + date
                + " predates the amendment's submission on " + amendment.submittedOn() + ".");
    }

}
