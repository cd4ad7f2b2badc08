package fr.ctg.command.document;

import fr.ctg.amendment.AdvanceAmendmentRoute;
import fr.ctg.amendment.AmendmentSubject;
import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CommandDispatcher;
import fr.ctg.command.web.CommandHeaders;
import fr.ctg.command.web.CouncilPath;
import fr.ctg.command.web.Patterns;
import fr.ctg.document.AttachDocument;
import fr.ctg.document.DocumentRef;
import fr.ctg.document.DocumentRole;
import fr.ctg.document.DocumentSubject;
import fr.ctg.platform.documents.DocumentRefused;
import fr.ctg.platform.documents.DocumentStore;
import fr.ctg.platform.documents.DocumentUpload;
import fr.ctg.route.ImportPrefectureReceipt;
import fr.ctg.route.PrefectureReceipt;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Documents sent as multipart uploads: attached to a council's deliberation or transmission, to a party's signature,
 * to a meeting; and the prefecture's receipt, imported as the council's transmission. Each document is read and
 * checked (size, type from the content, hash) before the command; it is written to the store inside the command's
 * transaction, so a refused command leaves neither event nor document.
 */
@RestController
@Validated
@RequestMapping(path = "/api/v1/conventions/{conventionId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
public class DocumentCommandController {


    private static final String AMENDMENT = "/amendments/{number}";

    private final CommandDispatcher dispatcher;
    private final DocumentStore store;

    DocumentCommandController(CommandDispatcher dispatcher, DocumentStore store) {
        this.dispatcher = dispatcher;
        this.store = store;
    }

    /** What the request fingerprint (Idempotency-Key) covers: the documents by hash, not their bytes. */
    record Attachment(DocumentRole role, String subjectKey, DocumentRef document) {
    }

    record ReceiptImport(String council, DocumentRef receipt, DocumentRef stampedAct, LocalDate sentOn) {
    }

    /**
     * The receipt of the council's deliberation on the convention, or, under {@code amendments/{number}/}, on that
     * amendment.
     */
    @PostMapping({CouncilPath.COMMUNE + "/transmission/receipt", CouncilPath.EPCI + "/transmission/receipt",
            AMENDMENT + CouncilPath.COMMUNE + "/transmission/receipt",
            AMENDMENT + CouncilPath.EPCI + "/transmission/receipt"})
    public ResponseEntity<CommandAccepted> importReceipt(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable(required = false) Integer number,
            @PathVariable String council, @RequestPart("receipt") MultipartFile receipt,
            @RequestPart(name = "stampedAct", required = false) MultipartFile stampedAct,
            @RequestParam(name = "sentOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate sentOn, HttpServletRequest http) {
        String key = CouncilPath.key(http, council);
        DocumentUpload xml = read(receipt);
        if (!"application/xml".equals(xml.ref().mediaType())) {
            throw new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "receipt-not-xml",
                    "The receipt is the prefecture's ARActe XML message; this content is " + xml.ref().mediaType()
                            + ".");
        }
        PrefectureReceipt parsed = ReceiptXml.parse(xml.content());
        DocumentUpload act = stampedAct == null || stampedAct.isEmpty() ? null : read(stampedAct);
        DocumentRef actRef = act == null ? null : act.ref();
        String subject = number == null ? key : new AmendmentSubject(number, key).subjectKey();
        return dispatcher.ok(conventionId, new ReceiptImport(subject, xml.ref(), actRef, sentOn), version -> {
            store.save(xml);
            if (act != null) {
                store.save(act);
            }
            if (number != null) {
                return new AdvanceAmendmentRoute(conventionId, number, new ImportPrefectureReceipt(conventionId, key,
                        parsed, sentOn, xml.ref(), actRef, null), version);
            }
            return new ImportPrefectureReceipt(conventionId, key, parsed, sentOn, xml.ref(), actRef, version);
        }, CommandHeaders.of(http));
    }

    /**
     * The signed deliberation or an annex ({@code role} SIGNED_DELIBERATION or ANNEX): of the council's deliberation on
     * the convention, or, under {@code amendments/{number}/}, on that amendment.
     */
    @PostMapping({CouncilPath.COMMUNE + "/deliberation/documents", CouncilPath.EPCI + "/deliberation/documents",
            AMENDMENT + CouncilPath.COMMUNE + "/deliberation/documents",
            AMENDMENT + CouncilPath.EPCI + "/deliberation/documents"})
    public ResponseEntity<CommandAccepted> attachToDeliberation(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable(required = false) Integer number, @PathVariable String council,
            @RequestParam("role") DocumentRole role, @RequestPart("file") MultipartFile file, HttpServletRequest http) {
        return attach(conventionId, number, DocumentSubject.DELIBERATION, role, CouncilPath.key(http, council), file,
                http);
    }

    /** The stamped act or the receipt ({@code role} STAMPED_ACT or RECEIPT) of a transmission already recorded. */
    @PostMapping({CouncilPath.COMMUNE + "/transmission/documents", CouncilPath.EPCI + "/transmission/documents",
            AMENDMENT + CouncilPath.COMMUNE + "/transmission/documents",
            AMENDMENT + CouncilPath.EPCI + "/transmission/documents"})
    public ResponseEntity<CommandAccepted> attachToTransmission(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable(required = false) Integer number, @PathVariable String council,
            @RequestParam("role") DocumentRole role, @RequestPart("file") MultipartFile file, HttpServletRequest http) {
        return attach(conventionId, number, DocumentSubject.TRANSMISSION, role, CouncilPath.key(http, council), file,
                http);
    }

    /** The convention, or under {@code amendments/{number}/} that amendment, as signed by a party. */
    @PostMapping({"/parties/{partyId}/signature/documents", AMENDMENT + "/parties/{partyId}/signature/documents"})
    public ResponseEntity<CommandAccepted> attachToSignature(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable(required = false) Integer number,
            @PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String partyId,
            @RequestPart("file") MultipartFile file, HttpServletRequest http) {
        return attach(conventionId, number, DocumentSubject.SIGNATURE, DocumentRole.SIGNED_CONVENTION, partyId, file,
                http);
    }

    /** The minutes of a committee meeting. */
    @PostMapping("/meetings/{meetingId}/minutes")
    public ResponseEntity<CommandAccepted> attachMinutes(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String meetingId,
            @RequestPart("file") MultipartFile file, HttpServletRequest http) {
        return attach(conventionId, null, DocumentSubject.MEETING, DocumentRole.MINUTES, meetingId, file, http);
    }

    /** An amendment's document is a step of its route, its subject key naming the amendment (AmendmentSubject). */
    private ResponseEntity<CommandAccepted> attach(String conventionId, Integer amendmentNumber,
                                                   DocumentSubject subject, DocumentRole role, String subjectKey,
                                                   MultipartFile file, HttpServletRequest http) {
        String key = amendmentNumber == null ? subjectKey
                : new AmendmentSubject(amendmentNumber, subjectKey).subjectKey();
        if (role.subject() != subject) {
            throw new DocumentRefused(HttpStatus.BAD_REQUEST, "document-role-invalid",
                    "A " + role + " is not attached to a " + subject.name().toLowerCase() + ".");
        }
        DocumentUpload upload = read(file);
        return dispatcher.ok(conventionId, new Attachment(role, key, upload.ref()), version -> {
            store.save(upload);
            if (amendmentNumber != null) {
                return new AdvanceAmendmentRoute(conventionId, amendmentNumber,
                        new AttachDocument(conventionId, role, key, upload.ref(), null), version);
            }
            return new AttachDocument(conventionId, role, key, upload.ref(), version);
        }, CommandHeaders.of(http));
    }

    private DocumentUpload read(MultipartFile file) {
        try {
            return store.read(file.getInputStream(), file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
