package fr.ctg.dashboard.history;

import fr.ctg.dashboard.documents.PageDocuments;
import fr.ctg.dashboard.print.PrintedPages;
import fr.ctg.dashboard.web.ConventionPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * For auditors: the recorded events of a convention, or of one commune (INSEE code) or one action in it, and the
 * documents attached (to the commune, when one is chosen) with their SHA-256; as a page, or as its PDF.
 */
@Controller
public class HistoryPageController {

    private static final String TEMPLATE = "dashboard/history";
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 500;

    private final EventHistory history;
    private final ConventionPage page;
    private final PageDocuments documents;
    private final PrintedPages printed;

    HistoryPageController(EventHistory history, ConventionPage page, PageDocuments documents, PrintedPages printed) {
        this.history = history;
        this.page = page;
        this.documents = documents;
        this.printed = printed;
    }

    /**
     * One page of the history, {@code size} events ({@link #PAGE_SIZE} by default, kept within 1 and
     * {@link #MAX_PAGE_SIZE}) after position {@code after}, or before position {@code before}, or from the start.
     */
    @GetMapping("/ui/conventions/{conventionId}/history")
    public String history(@PathVariable String conventionId,
                          @RequestParam(required = false) String commune,
                          @RequestParam(required = false) String action,
                          @RequestParam(required = false) Long after,
                          @RequestParam(required = false) Long before,
                          @RequestParam(required = false) Integer size,
                          Model model, Authentication who) {
        HistoryFilter filter = prepare(model, conventionId, commune, action, who);
        int shown = size == null ? PAGE_SIZE : Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        model.addAttribute("history", history.page(conventionId, filter, after, before, shown));
        // Kept in the page's links only when asked for, so that the ordinary links stay short.
        model.addAttribute("size", size == null ? null : shown);
        return TEMPLATE;
    }

    /** The history as a document: its first {@link EventHistory#LIMIT} events, with a note when there are more. */
    @GetMapping("/ui/conventions/{conventionId}/history/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String conventionId,
                                      @RequestParam(required = false) String commune,
                                      @RequestParam(required = false) String action,
                                      Model model, Authentication who,
                                      HttpServletRequest request, HttpServletResponse response) throws Exception {
        HistoryFilter filter = prepare(model, conventionId, commune, action, who);
        model.addAttribute("history", history.printed(conventionId, filter));
        model.addAttribute("limit", EventHistory.LIMIT);
        return printed.pdf(TEMPLATE, model, conventionId, "historique-" + conventionId + ".pdf", request, response);
    }

    private HistoryFilter prepare(Model model, String conventionId, String commune, String action, Authentication who) {
        page.prepare(model, conventionId, who, "history");
        HistoryFilter filter = HistoryFilter.of(commune, action);
        model.addAttribute("documents", filter.action() == null ? documents.of(conventionId, filter.commune()) : List.of());
        model.addAttribute("commune", filter.commune() == null ? "" : filter.commune());
        model.addAttribute("action", filter.action() == null ? "" : filter.action());
        return filter;
    }
}
