package fr.ctg.audit.scdl;

import fr.ctg.audit.history.Csv;
import fr.ctg.audit.store.EventStream;
import fr.ctg.audit.web.AuditRequestException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The deliberations of a convention as an SCDL "délibérations" 2.1.3 CSV, for a commune or the CAF to publish. */
@RestController
public class ScdlController {

    static final String MISSING_SIRET = "X-Scdl-Missing-Siret";
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
        ScdlDeliberations.Export export = deliberations.of(conventionId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + conventionId + "-deliberations-scdl.csv\"");
        if (!export.missingSiret().isEmpty()) {
            response.setHeader(MISSING_SIRET, String.join(",", export.missingSiret()));
        }
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            Csv.writeLine(out, ScdlDeliberation.FIELDS);
            for (ScdlDeliberation row : export.rows()) {
                Csv.writeLine(out, row.cells());
            }
        }
    }
}
