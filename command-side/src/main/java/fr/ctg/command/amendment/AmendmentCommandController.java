package fr.ctg.command.amendment;

import fr.ctg.amendment.AddAmendmentChange;
import fr.ctg.amendment.AdvanceAmendmentRoute;
import fr.ctg.amendment.CloseAmendment;
import fr.ctg.amendment.OpenAmendment;
import fr.ctg.amendment.PlanChange;
import fr.ctg.amendment.SubmitAmendment;
import fr.ctg.command.route.PresentationRequest;
import fr.ctg.command.route.PublicationRequest;
import fr.ctg.command.route.QuorumNotReachedRequest;
import fr.ctg.command.route.SignatureRequest;
import fr.ctg.command.route.TransmissionRequest;
import fr.ctg.command.route.VoteRequest;
import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CommandDispatcher;
import fr.ctg.command.web.CommandHeaders;
import fr.ctg.command.web.CouncilPath;
import fr.ctg.command.web.Patterns;
import fr.ctg.route.PartySignature;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.RecordPrefectureTransmission;
import fr.ctg.route.RecordPublication;
import fr.ctg.route.RecordQuorumNotReached;
import fr.ctg.route.SignConvention;
import fr.ctg.route.VoteCount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A convention's amendments: open one, add its changes, submit it, close it without effect; then its route, with the
 * bodies of the convention's own route endpoints, under {@code amendments/{number}/} (the legality control's are
 * {@link fr.ctg.command.route.LegalityCommandController}'s, its documents {@link
 * fr.ctg.command.document.DocumentCommandController}'s).
 */
@RestController
@Validated
@RequestMapping("/api/v1/conventions/{conventionId}/amendments")
public class AmendmentCommandController {

    private final CommandDispatcher dispatcher;

    AmendmentCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping
    public ResponseEntity<CommandAccepted> open(@PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
                                                @Valid @RequestBody AmendmentBodies.Open body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new OpenAmendment(conventionId, body.number(), body.title(),
                body.reason(), body.requestedByMeetingId(), body.partiesConcerned(), body.openedOn(), version),
                CommandHeaders.of(http));
    }

    @PostMapping("/{number}/changes")
    public ResponseEntity<CommandAccepted> change(@PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
                                                  @PathVariable int number, @RequestBody PlanChange body,
                                                  HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new AddAmendmentChange(conventionId, number, body, version),
                CommandHeaders.of(http));
    }

    @PostMapping("/{number}/submission")
    public ResponseEntity<CommandAccepted> submit(@PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
                                                  @PathVariable int number, @Valid @RequestBody AmendmentBodies.Submit body,
                                                  HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new SubmitAmendment(conventionId, number,
                body.submittedOn(), version), CommandHeaders.of(http));
    }

    @PostMapping("/{number}/closing")
    public ResponseEntity<CommandAccepted> close(@PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
                                                 @PathVariable int number, @Valid @RequestBody AmendmentBodies.Close body,
                                                 HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new CloseAmendment(conventionId, number, body.outcome(),
                body.closedOn(), body.reason(), version), CommandHeaders.of(http));
    }

    @PostMapping({"/{number}" + CouncilPath.COMMUNE + "/presentation", "/{number}" + CouncilPath.EPCI + "/presentation"})
    public ResponseEntity<CommandAccepted> present(@PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
                                                   @PathVariable int number,
                                                   @PathVariable String council,
                                                   @Valid @RequestBody PresentationRequest body, HttpServletRequest http) {
        String key = CouncilPath.key(http, council);
        return step(conventionId, number, body, new PresentToMunicipalCouncil(conventionId, key, body.sessionDate(),
                null), http);
    }

    @PostMapping({"/{number}" + CouncilPath.COMMUNE + "/quorum-not-reached",
            "/{number}" + CouncilPath.EPCI + "/quorum-not-reached"})
    public ResponseEntity<CommandAccepted> quorumNotReached(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId, @PathVariable int number,
            @PathVariable String council, @Valid @RequestBody QuorumNotReachedRequest body, HttpServletRequest http) {
        String key = CouncilPath.key(http, council);
        return step(conventionId, number, body, new RecordQuorumNotReached(conventionId, key, body.meetingDate(),
                body.membersInOffice(), body.present(), null), http);
    }

    @PostMapping({"/{number}" + CouncilPath.COMMUNE + "/votes", "/{number}" + CouncilPath.EPCI + "/votes"})
    public ResponseEntity<CommandAccepted> vote(@PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
                                                @PathVariable int number,
                                                @PathVariable String council, @Valid @RequestBody VoteRequest body,
                                                HttpServletRequest http) {
        String key = CouncilPath.key(http, council);
        return step(conventionId, number, body, new RecordCouncilVote(conventionId, key, body.sessionDate(),
                new VoteCount(body.votesFor(), body.votesAgainst(), body.abstentions(), body.notTakingPart()),
                body.membersInOffice(), body.present(), body.represented(), body.ballot(), body.presidentVote(),
                body.deliberationNumber(), body.actesId(), null), http);
    }

    @PostMapping({"/{number}" + CouncilPath.COMMUNE + "/transmission", "/{number}" + CouncilPath.EPCI + "/transmission"})
    public ResponseEntity<CommandAccepted> transmission(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId, @PathVariable int number,
            @PathVariable String council, @Valid @RequestBody TransmissionRequest body,
            HttpServletRequest http) {
        String key = CouncilPath.key(http, council);
        return step(conventionId, number, body, new RecordPrefectureTransmission(conventionId, key, body.sentOn(),
                body.receivedOn(), body.actesId(), null), http);
    }

    @PostMapping({"/{number}" + CouncilPath.COMMUNE + "/publication", "/{number}" + CouncilPath.EPCI + "/publication"})
    public ResponseEntity<CommandAccepted> publication(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId, @PathVariable int number,
            @PathVariable String council, @Valid @RequestBody PublicationRequest body,
            HttpServletRequest http) {
        String key = CouncilPath.key(http, council);
        return step(conventionId, number, body, new RecordPublication(conventionId, key, body.publishedOn(),
                body.mode(), body.url(), null), http);
    }

    @PostMapping("/{number}/signature")
    public ResponseEntity<CommandAccepted> signature(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId, @PathVariable int number,
            @Valid @RequestBody SignatureRequest body, HttpServletRequest http) {
        return step(conventionId, number, body, new SignConvention(conventionId, body.signedOn(), body.signatories()
                .stream().map(s -> new PartySignature(s.partyId(), s.name(), s.role())).toList(), null), http);
    }

    private ResponseEntity<CommandAccepted> step(String conventionId, int number, Object body, Object step,
                                                 HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new AdvanceAmendmentRoute(conventionId, number, step,
                version), CommandHeaders.of(http));
    }
}
