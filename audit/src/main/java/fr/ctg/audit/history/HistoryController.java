package fr.ctg.audit.history;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.ctg.audit.store.EventStream;
import fr.ctg.audit.web.AuditRequestException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered events of a convention, of one commune in it or of one action, as a JSON page, CSV or JSON Lines.
 * Rows go from a database cursor straight to the response, on the request's thread (no async timeout to outlive),
 * so a history of any length is served in constant memory.
 */
@RestController
@RequestMapping("/api/v1/audit/conventions/{conventionId}")
public class HistoryController {

    private static final JsonFactory JSON = new JsonFactory();
    private final EventStream events;

    HistoryController(EventStream events) {
        this.events = events;
    }

    @GetMapping({"/history", "/communes/{council}/history", "/actions/{actionId}/history"})
    public void history(@PathVariable String conventionId, @PathVariable(required = false) String council,
                        @PathVariable(required = false) String actionId, HistoryFilter filter,
                        HttpServletResponse response) throws IOException {
        Query query = query(new Subject(conventionId, council, actionId), filter);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try (JsonGenerator out = JSON.createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("conventionId", conventionId);
            out.writeArrayFieldStart("events");
            long[] page = {0, -1, 0}; // rows written, last position written, 1 once the extra row was seen
            Integer size = filter.pageSize();
            events.forEach(query.where(), query.arguments(), event -> {
                if (size != null && page[0] == size) {
                    page[2] = 1; // the extra row: a next page starts after the last row written
                    return;
                }
                write(() -> HistoryEntry.of(event).writeJson(out));
                page[0]++;
                page[1] = event.globalIndex();
            });
            out.writeEndArray();
            if (size != null) {
                out.writeNumberField("page", filter.page() == null ? 0 : filter.page());
                out.writeNumberField("size", size);
                out.writeBooleanField("hasNextPage", page[2] == 1);
            }
            // Deprecated with the `after` cursor: the position to pass as `after` for the next page.
            if (page[2] == 1) {
                out.writeNumberField("nextAfter", page[1]);
            } else {
                out.writeNullField("nextAfter");
            }
            out.writeEndObject();
        }
    }

    @GetMapping({"/history.csv", "/communes/{council}/history.csv", "/actions/{actionId}/history.csv"})
    public void csv(@PathVariable String conventionId, @PathVariable(required = false) String council,
                    @PathVariable(required = false) String actionId, HistoryFilter filter,
                    @RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
        boolean excel = excel(format);
        Subject subject = new Subject(conventionId, council, actionId);
        Query query = query(subject, filter);
        download(response, "text/csv;charset=UTF-8", subject.fileName() + (excel ? "-excel" : "") + ".csv");
        if (excel) {
            try (Writer out = writer(response); CSVPrinter printer = ExcelCsv.open(out, HistoryEntry.EXCEL_COLUMNS)) {
                events.forEach(query.where(), query.arguments(),
                        event -> write(() -> printer.printRecord(HistoryEntry.of(event).excelCells())));
            }
            return;
        }
        try (Writer out = writer(response)) {
            Csv.writeLine(out, HistoryEntry.CSV_COLUMNS);
            events.forEach(query.where(), query.arguments(),
                    event -> write(() -> Csv.writeLine(out, HistoryEntry.of(event).csvCells())));
        }
    }

    @GetMapping({"/history.jsonl", "/communes/{council}/history.jsonl", "/actions/{actionId}/history.jsonl"})
    public void jsonLines(@PathVariable String conventionId, @PathVariable(required = false) String council,
                          @PathVariable(required = false) String actionId, HistoryFilter filter,
                          HttpServletResponse response) throws IOException {
        Subject subject = new Subject(conventionId, council, actionId);
        Query query = query(subject, filter);
        download(response, "application/jsonl;charset=UTF-8", subject.fileName() + ".jsonl");
        try (Writer out = writer(response); JsonGenerator json = JSON.createGenerator(out)) {
            json.setRootValueSeparator(null);
            events.forEach(query.where(), query.arguments(), event -> write(() -> {
                HistoryEntry.of(event).writeJson(json);
                json.flush();
                out.write('\n');
            }));
        }
    }

    /** {@code format=excel} asks for the Excel variant; without it, RFC 4180 CSV. */
    private static boolean excel(String format) {
        if (format == null) {
            return false;
        }
        if (!"excel".equals(format)) {
            throw new AuditRequestException(HttpStatus.BAD_REQUEST, "format-unknown",
                    "Parameter 'format' is 'excel' (French Excel's CSV) or absent (RFC 4180 CSV).");
        }
        return true;
    }

    /** The SQL of a history; the convention must exist (404 otherwise), an empty selection is an empty history. */
    private Query query(Subject subject, HistoryFilter filter) {
        StringBuilder where = new StringBuilder();
        List<Object> arguments = new ArrayList<>();
        subject.appendTo(where, arguments);
        filter.appendTo(where, arguments);
        if (!events.conventionExists(subject.conventionId())) {
            throw AuditRequestException.unknownConvention(subject.conventionId());
        }
        return new Query(where.toString(), arguments);
    }

    private record Query(String where, List<Object> arguments) {
    }

    private static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }

    private static Writer writer(HttpServletResponse response) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void write(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            // The client went away: the exception unwinds the cursor and its transaction.
            throw new UncheckedIOException(e);
        }
    }
}
