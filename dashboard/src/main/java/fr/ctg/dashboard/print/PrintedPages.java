package fr.ctg.dashboard.print;

import fr.ctg.dashboard.web.Labels;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A dashboard page as PDF: the page's own template and model, rendered by Thymeleaf exactly as for the browser but
 * in print mode ({@code printed}: the stamp with the date and the chain head shows, and the print stylesheet applies),
 * then turned into PDF. So the PDF says what the page says.
 */
@Component
public class PrintedPages {

    // Looked up when a page is printed: a context without a web server (the command-line verify) has none.
    private final ObjectProvider<ThymeleafViewResolver> views;
    private final JdbcTemplate jdbc;
    private final Labels labels;
    private final Clock clock;

    PrintedPages(ObjectProvider<ThymeleafViewResolver> views, JdbcTemplate jdbc, Labels labels, Clock clock) {
        this.views = views;
        this.jdbc = jdbc;
        this.labels = labels;
        this.clock = clock;
    }

    public ResponseEntity<byte[]> pdf(String template, Model model, String conventionId, String fileName,
                                      HttpServletRequest request, HttpServletResponse response) throws Exception {
        model.addAttribute("printed", true);
        model.addAttribute("printedAt", labels.dateTime(clock.instant()));
        model.addAttribute("chainHead", head(conventionId).orElse(null));
        View view = views.getObject().resolveViewName(template, Locale.FRANCE);
        PageBuffer page = new PageBuffer(response);
        view.render(model.asMap(), request, page);
        byte[] pdf = HtmlToPdf.render(new String(page.getContentAsByteArray(), StandardCharsets.UTF_8));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(pdf);
    }

    /**
     * The convention's chain head: its last event, whose hash commits to every event before it (the audit module's
     * {@code GET /api/v1/audit/conventions/{id}/head} serves the same); empty before the first event. Read from the
     * store here, as the history page reads it, so that a deployment without the audit module prints it too.
     */
    Optional<ChainHead> head(String conventionId) {
        return jdbc.query("""
                        SELECT sequence_number, global_index, time_stamp, meta_data->>'hash' AS hash
                        FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""",
                (rs, n) -> new ChainHead(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)), rs.getString(4)),
                conventionId).stream().findFirst();
    }

    /** Keeps the page the view writes, in UTF-8, and its content type off the response: that one is the PDF's. */
    private static final class PageBuffer extends ContentCachingResponseWrapper {

        PageBuffer(HttpServletResponse response) {
            super(response);
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public void setCharacterEncoding(String charset) {
            // The page is kept in UTF-8 whatever the view asks.
        }

        @Override
        public void setContentType(String type) {
            // The response is the PDF: the view's text/html stays off it.
        }

        @Override
        public void setLocale(Locale locale) {
            // Tomcat would derive a charset from the locale and append it to the PDF's content type.
        }
    }
}
