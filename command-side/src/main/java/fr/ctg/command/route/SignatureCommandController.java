package fr.ctg.command.route;

import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CommandDispatcher;
import fr.ctg.command.web.CommandHeaders;
import fr.ctg.command.web.Patterns;
import fr.ctg.convention.RecordCafBoardDecision;
import fr.ctg.convention.RecordPartySiret;
import fr.ctg.route.SignConvention;
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

/** The parties: the CAF board's decision, each party's SIRET, and the signatures that close the route. */
@RestController
@Validated
@RequestMapping("/api/v1/conventions/{conventionId}")
public class SignatureCommandController {

    private static final String PARTY_ID = "[a-z0-9][a-z0-9AB-]{1,63}";

    private final CommandDispatcher dispatcher;

    SignatureCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/signature")
    public ResponseEntity<CommandAccepted> signature(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @Valid @RequestBody SignatureRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new SignConvention(conventionId, body.signedOn(),
                body.signatories().stream().map(SignatureRequest.SignatoryBody::toSignature).toList(), version),
                CommandHeaders.of(http));
    }

    @PostMapping("/caf/board-decision")
    public ResponseEntity<CommandAccepted> boardDecision(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @Valid @RequestBody BoardDecisionRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new RecordCafBoardDecision(conventionId, body.decidedOn(),
                body.reference(), version), CommandHeaders.of(http));
    }

    @PostMapping("/parties/{partyId}/siret")
    public ResponseEntity<CommandAccepted> siret(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = PARTY_ID) String partyId,
            @Valid @RequestBody SiretRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new RecordPartySiret(conventionId, partyId, body.siret(),
                version), CommandHeaders.of(http));
    }
}
