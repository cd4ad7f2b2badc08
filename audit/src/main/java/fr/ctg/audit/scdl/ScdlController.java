package fr.ctg.audit.scdl;

import fr.ctg.audit.history.Csv;
import fr.ctg.audit.store.EventStream;
import fr.ctg.audit.web.AuditRequestException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The deliberations of a convention as an SCDL "délibérations" 2.1.3 CSV, for a commune or the CAF to publish. */
@RestController
public class ScdlController {

    private final ScdlDeliberations deliberations;
    private final EventStream events;

    ScdlController(ScdlDeliberations deliberations, EventStream events) {
        this.deliberations = deliberations;
        this.events = events;
    }

    @GetMapping("/api/v1/audit/conventions/{conventionId}/deliberations.csv")
    public void deliberations(@PathVariable String conventionId, HttpServletResponse response) throws IOException {
        if (!events.conventionExists(conventionId)) {
            throw AuditRequestException.unknownConvention(conventionId);
        }
        // A convention has tens of deliberations: folded in memory, then written.
        ScdlRows.Export export = deliberations.of(conventionId);
        if (!export.partiesWithoutSiret().isEmpty()) {
            // COLL_SIRET is required: a file without it would not validate, so none is produced.
            throw new AuditRequestException(HttpStatus.CONFLICT, "scdl-siret-missing",
                    "These parties have an adopted deliberation but no SIRET: record theirs, then export again.",
                    Map.of("parties", export.partiesWithoutSiret()));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + conventionId + "-deliberations-scdl.csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            Csv.writeLine(out, ScdlDeliberation.FIELDS);
            for (ScdlDeliberation row : export.rows()) {
                Csv.writeLine(out, row.cells());
            }
        }
    }
}
