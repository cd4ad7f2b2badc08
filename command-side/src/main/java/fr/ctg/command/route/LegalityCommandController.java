package fr.ctg.command.route;

import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CommandDispatcher;
import fr.ctg.command.web.CommandHeaders;
import fr.ctg.command.web.CouncilPath;
import fr.ctg.command.web.Patterns;
import fr.ctg.route.RecordAnnulment;
import fr.ctg.route.RecordCourtReferral;
import fr.ctg.route.RecordLetterAnswer;
import fr.ctg.route.RecordPrefectLetter;
import fr.ctg.route.RetractDeliberation;
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

/** The prefect's legality control of a council's adopted deliberation, and how a deliberation ends. */
@RestController
@Validated
@RequestMapping("/api/v1/conventions/{conventionId}/{kind:" + CouncilPath.KINDS + "}/{council}/legality")
public class LegalityCommandController {

    private final CommandDispatcher dispatcher;

    LegalityCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/letters")
    public ResponseEntity<CommandAccepted> letter(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId, @PathVariable String kind,
            @PathVariable String council, @Valid @RequestBody PrefectLetterRequest body, HttpServletRequest http) {
        String key = CouncilPath.key(kind, council);
        return dispatcher.ok(conventionId, body, version -> new RecordPrefectLetter(conventionId, key, body.kind(),
                body.receivedOn(), body.object(), version), CommandHeaders.of(http));
    }

    @PostMapping("/answers")
    public ResponseEntity<CommandAccepted> answer(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId, @PathVariable String kind,
            @PathVariable String council, @Valid @RequestBody LetterAnswerRequest body, HttpServletRequest http) {
        String key = CouncilPath.key(kind, council);
        return dispatcher.ok(conventionId, body, version -> new RecordLetterAnswer(conventionId, key,
                body.answeredOn(), body.summary(), version), CommandHeaders.of(http));
    }

    @PostMapping("/referral")
    public ResponseEntity<CommandAccepted> referral(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId, @PathVariable String kind,
            @PathVariable String council, @Valid @RequestBody CourtReferralRequest body, HttpServletRequest http) {
        String key = CouncilPath.key(kind, council);
        return dispatcher.ok(conventionId, body, version -> new RecordCourtReferral(conventionId, key,
                body.referredOn(), body.court(), version), CommandHeaders.of(http));
    }

    @PostMapping("/annulment")
    public ResponseEntity<CommandAccepted> annulment(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId, @PathVariable String kind,
            @PathVariable String council, @Valid @RequestBody AnnulmentRequest body, HttpServletRequest http) {
        String key = CouncilPath.key(kind, council);
        return dispatcher.ok(conventionId, body, version -> new RecordAnnulment(conventionId, key,
                body.annulledOn(), body.court(), body.decisionReference(), version), CommandHeaders.of(http));
    }

    @PostMapping("/retraction")
    public ResponseEntity<CommandAccepted> retraction(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId, @PathVariable String kind,
            @PathVariable String council, @Valid @RequestBody RetractionRequest body, HttpServletRequest http) {
        String key = CouncilPath.key(kind, council);
        return dispatcher.ok(conventionId, body, version -> new RetractDeliberation(conventionId, key,
                body.retractedOn(), body.reason(), version), CommandHeaders.of(http));
    }
}
