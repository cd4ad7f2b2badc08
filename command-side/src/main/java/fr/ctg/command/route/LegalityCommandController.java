package fr.ctg.command.route;

import fr.ctg.command.web.CommandAccepted;
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

/**
 * The prefect's legality control of a council's adopted deliberation, and how a deliberation ends: its deliberation
 * on the convention, or under {@code amendments/{number}/} on that amendment.
 */
@RestController
@Validated
@RequestMapping({"/api/v1/conventions/{conventionId}" + CouncilPath.COMMUNE + "/legality",
        "/api/v1/conventions/{conventionId}" + CouncilPath.EPCI + "/legality",
        "/api/v1/conventions/{conventionId}/amendments/{number}" + CouncilPath.COMMUNE + "/legality",
        "/api/v1/conventions/{conventionId}/amendments/{number}" + CouncilPath.EPCI + "/legality"})
public class LegalityCommandController {

    private final CouncilCommands councils;

    LegalityCommandController(CouncilCommands councils) {
        this.councils = councils;
    }

    @PostMapping("/letters")
    public ResponseEntity<CommandAccepted> letter(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable(required = false) Integer number, @PathVariable String council,
            @Valid @RequestBody PrefectLetterRequest body, HttpServletRequest http) {
        return councils.send(conventionId, number, council, body, http,
                (key, version) -> new RecordPrefectLetter(conventionId, key, body.kind(), body.receivedOn(),
                        body.object(), version));
    }

    @PostMapping("/answers")
    public ResponseEntity<CommandAccepted> answer(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable(required = false) Integer number, @PathVariable String council,
            @Valid @RequestBody LetterAnswerRequest body, HttpServletRequest http) {
        return councils.send(conventionId, number, council, body, http,
                (key, version) -> new RecordLetterAnswer(conventionId, key, body.answeredOn(), body.summary(),
                        version));
    }

    @PostMapping("/referral")
    public ResponseEntity<CommandAccepted> referral(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable(required = false) Integer number, @PathVariable String council,
            @Valid @RequestBody CourtReferralRequest body, HttpServletRequest http) {
        return councils.send(conventionId, number, council, body, http,
                (key, version) -> new RecordCourtReferral(conventionId, key, body.referredOn(), body.court(), version));
    }

    @PostMapping("/annulment")
    public ResponseEntity<CommandAccepted> annulment(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable(required = false) Integer number, @PathVariable String council,
            @Valid @RequestBody AnnulmentRequest body, HttpServletRequest http) {
        return councils.send(conventionId, number, council, body, http,
                (key, version) -> new RecordAnnulment(conventionId, key, body.annulledOn(), body.court(),
                        body.decisionReference(), version));
    }

    @PostMapping("/retraction")
    public ResponseEntity<CommandAccepted> retraction(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable(required = false) Integer number, @PathVariable String council,
            @Valid @RequestBody RetractionRequest body, HttpServletRequest http) {
        return councils.send(conventionId, number, council, body, http,
                (key, version) -> new RetractDeliberation(conventionId, key, body.retractedOn(), body.reason(),
                        version));
    }
}
