package fr.ctg.app.report;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.platform.web.Problems;
import fr.ctg.query.web.ViewNotReadyException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.ctg.convention.Period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The annual report of a year as JSON, OpenDocument spreadsheet, PDF or HTML. Any signed-in role reads it, as it
 * reads the views. The dashboard's pages link to the same report under {@code /ui}, so that a browser downloads it
 * with its session.
 */
@RestController
@Validated
class ReportController {

    private static final String CONVENTION_ID = "[a-z0-9][a-z0-9-]{2,63}";

    private final AnnualReports reports;
    private final ReportDocuments documents;
    private final Clock clock;

    ReportController(AnnualReports reports, ReportDocuments documents, Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping({"/api/v1/conventions/{conventionId}/reports/{year}", "/ui/conventions/{conventionId}/reports/{year}"})
    ResponseEntity<?> report(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                             @PathVariable @Min(2000) @Max(2100) int year,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Optional<ReportFormat> chosen = format != null ? ReportFormat.named(format)
                : ReportFormat.accepted(MediaType.parseMediaTypes(accept));
        if (chosen.isEmpty()) {
            return format != null
                    ? problem(HttpStatus.BAD_REQUEST, "report-format-unknown",
                    "The report comes as json, ods, pdf or html; not " + format + ".")
                    : problem(HttpStatus.NOT_ACCEPTABLE, "report-format-not-acceptable",
                    "The report comes as application/json, application/vnd.oasis.opendocument.spreadsheet, "
                            + "application/pdf or text/html.");
        }
        if (year > ParisCalendar.today(clock).getYear()) {
            return problem(HttpStatus.CONFLICT, "report-year-not-begun", "The year " + year + " has not begun.");
        }
        Optional<Period> period = reports.periodOf(conventionId);
        if (period.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "unknown-convention", "No convention '" + conventionId + "'.");
        }
        if (!period.get().contains(year)) {
            return problem(HttpStatus.NOT_FOUND, "report-year-outside-period", "The year " + year
                    + " lies outside the convention's period " + period.get() + ".");
        }
        Optional<AnnualReport> report = reports.report(conventionId, year);
        if (report.isEmpty()) {
            // A convention recorded after the end of a year of its period had no record then to report on.
            return problem(HttpStatus.NOT_FOUND, "convention-not-recorded-in-year", "Convention " + conventionId
                    + " was recorded after the end of " + year + "; there is no record of that year to report on.");
        }
        return render(report.get(), chosen.get());
    }

    private ResponseEntity<?> render(AnnualReport report, ReportFormat format) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(format.mediaType);
        if (format == ReportFormat.JSON) {
            return ok.body(report);
        }
        if (format == ReportFormat.HTML) {
            return ok.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .body(documents.html(report));
        }
        byte[] body = format == ReportFormat.PDF ? documents.pdf(report) : documents.ods(report);
        String file = "bilan-" + report.conventionId() + "-" + report.year() + "." + format.extension;
        return ok.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                .toString()).body(body);
    }

    /** A view being rebuilt: the query side's own 503 problem, as its HTTP views answer it. */
    @ExceptionHandler(ViewNotReadyException.class)
    ResponseEntity<ProblemDetail> notReady(ViewNotReadyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.rule(), e.getMessage(), e.properties()));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, rule, detail, Map.of()));
    }
}
