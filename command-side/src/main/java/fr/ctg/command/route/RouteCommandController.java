package fr.ctg.command.route;

import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CouncilPath;
import fr.ctg.command.web.Patterns;
import fr.ctg.route.CorrectCouncilVote;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.RecordPrefectureTransmission;
import fr.ctg.route.RecordPublication;
import fr.ctg.route.RecordQuorumNotReached;
import fr.ctg.route.WithdrawCommune;
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
 * The institutional route of each council: a commune's ({@code communes/{INSEE code}}) or the EPCI's
 * ({@code epci/{SIREN}}), which follows the same route.
 */
@RestController
@Validated
@RequestMapping({"/api/v1/conventions/{conventionId}" + CouncilPath.COMMUNE,
        "/api/v1/conventions/{conventionId}" + CouncilPath.EPCI})
public class RouteCommandController {

    private final CouncilCommands councils;

    RouteCommandController(CouncilCommands councils) {
        this.councils = councils;
    }

    @PostMapping("/presentation")
    public ResponseEntity<CommandAccepted> present(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable String council, @Valid @RequestBody PresentationRequest body, HttpServletRequest http) {
        return councils.send(conventionId, council, body, http,
                (key, version) -> new PresentToMunicipalCouncil(conventionId, key, body.sessionDate(), version));
    }

    @PostMapping("/quorum-not-reached")
    public ResponseEntity<CommandAccepted> quorumNotReached(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable String council, @Valid @RequestBody QuorumNotReachedRequest body, HttpServletRequest http) {
        return councils.send(conventionId, council, body, http,
                (key, version) -> new RecordQuorumNotReached(conventionId, key, body.meetingDate(),
                        body.membersInOffice(), body.present(), version));
    }

    @PostMapping("/votes")
    public ResponseEntity<CommandAccepted> vote(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable String council, @Valid @RequestBody VoteRequest body, HttpServletRequest http) {
        return councils.send(conventionId, council, body, http,
                (key, version) -> new RecordCouncilVote(conventionId, key, body.sessionDate(), body.counts(),
                        body.membersInOffice(), body.present(), body.represented(), body.ballot(), body.presidentVote(),
                        body.deliberationNumber(), body.actesId(), version));
    }

    @PostMapping("/votes/corrections")
    public ResponseEntity<CommandAccepted> correctVote(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable String council, @Valid @RequestBody VoteCorrectionRequest body, HttpServletRequest http) {
        return councils.send(conventionId, council, body, http,
                (key, version) -> new CorrectCouncilVote(conventionId, key, body.counts(), body.ballot(),
                        body.presidentVote(), body.reason(), body.membersInOffice(), body.present(), body.represented(),
                        version));
    }

    @PostMapping("/transmission")
    public ResponseEntity<CommandAccepted> transmission(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable String council, @Valid @RequestBody TransmissionRequest body, HttpServletRequest http) {
        return councils.send(conventionId, council, body, http,
                (key, version) -> new RecordPrefectureTransmission(conventionId, key, body.sentOn(), body.receivedOn(),
                        body.actesId(), version));
    }

    @PostMapping("/publication")
    public ResponseEntity<CommandAccepted> publication(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable String council, @Valid @RequestBody PublicationRequest body, HttpServletRequest http) {
        return councils.send(conventionId, council, body, http,
                (key, version) -> new RecordPublication(conventionId, key, body.publishedOn(), body.mode(), body.url(),
                        version));
    }

    @PostMapping("/withdrawal")
    public ResponseEntity<CommandAccepted> withdrawal(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable String council, @Valid @RequestBody WithdrawalRequest body, HttpServletRequest http) {
        return councils.send(conventionId, council, body, http,
                (key, version) -> new WithdrawCommune(conventionId, key, body.withdrawnOn(), body.reason(), version));
    }
}
