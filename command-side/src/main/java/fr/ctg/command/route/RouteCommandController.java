package fr.ctg.command.route;

import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CommandDispatcher;
import fr.ctg.command.web.CommandHeaders;
import fr.ctg.command.web.Patterns;
import fr.ctg.route.CorrectCouncilVote;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.RecordPrefectureTransmission;
import fr.ctg.route.RecordPublication;
import fr.ctg.route.SignConvention;
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

/** The institutional route of each commune, and the signature that closes it. */
@RestController
@Validated
@RequestMapping("/api/v1/conventions/{conventionId}")
public class RouteCommandController {

    private final CommandDispatcher dispatcher;

    RouteCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/communes/{inseeCode}/presentation")
    public ResponseEntity<CommandAccepted> present(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.INSEE_CODE) String inseeCode,
            @Valid @RequestBody PresentationRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new PresentToMunicipalCouncil(conventionId, inseeCode,
                body.sessionDate(), version), CommandHeaders.of(http));
    }

    @PostMapping("/communes/{inseeCode}/votes")
    public ResponseEntity<CommandAccepted> vote(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.INSEE_CODE) String inseeCode,
            @Valid @RequestBody VoteRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new RecordCouncilVote(conventionId, inseeCode,
                body.sessionDate(), body.counts(), body.ballot(), body.presidentVote(), body.deliberationNumber(),
                body.actesId(), version), CommandHeaders.of(http));
    }

    @PostMapping("/communes/{inseeCode}/votes/corrections")
    public ResponseEntity<CommandAccepted> correctVote(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.INSEE_CODE) String inseeCode,
            @Valid @RequestBody VoteCorrectionRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new CorrectCouncilVote(conventionId, inseeCode,
                body.counts(), body.ballot(), body.presidentVote(), body.reason(), version), CommandHeaders.of(http));
    }

    @PostMapping("/communes/{inseeCode}/transmission")
    public ResponseEntity<CommandAccepted> transmission(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.INSEE_CODE) String inseeCode,
            @Valid @RequestBody TransmissionRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new RecordPrefectureTransmission(conventionId, inseeCode,
                body.sentOn(), body.receivedOn(), body.actesId(), version), CommandHeaders.of(http));
    }

    @PostMapping("/communes/{inseeCode}/publication")
    public ResponseEntity<CommandAccepted> publication(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.INSEE_CODE) String inseeCode,
            @Valid @RequestBody PublicationRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new RecordPublication(conventionId, inseeCode,
                body.publishedOn(), version), CommandHeaders.of(http));
    }

    @PostMapping("/communes/{inseeCode}/withdrawal")
    public ResponseEntity<CommandAccepted> withdrawal(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.INSEE_CODE) String inseeCode,
            @Valid @RequestBody WithdrawalRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new WithdrawCommune(conventionId, inseeCode,
                body.withdrawnOn(), body.reason(), version), CommandHeaders.of(http));
    }

    @PostMapping("/signature")
    public ResponseEntity<CommandAccepted> signature(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @Valid @RequestBody SignatureRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new SignConvention(conventionId, body.signedOn(),
                body.signatories().stream().map(SignatureRequest.SignatoryBody::toSignatory).toList(), version),
                CommandHeaders.of(http));
    }
}
