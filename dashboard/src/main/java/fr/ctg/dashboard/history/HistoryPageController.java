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

    @GetMapping("/ui/conventions/{conventionId}/history")
    public String history(@PathVariable String conventionId,
                          @RequestParam(required = false) String commune,
                          @RequestParam(required = false) String action,
                          Model model, Authentication who) {
        page.prepare(model, conventionId, who, "history");
        String communeFilter = commune == null || commune.isBlank() ? null : commune.trim();
        String actionFilter = action == null || action.isBlank() ? null : action.trim();
        List<HistoryRow> rows = history.of(conventionId, communeFilter, actionFilter);
        model.addAttribute("rows", rows);
        model.addAttribute("documents", actionFilter == null ? documents.of(conventionId, communeFilter) : List.of());
        model.addAttribute("truncated", rows.size() == EventHistory.LIMIT);
        model.addAttribute("commune", communeFilter == null ? "" : communeFilter);
        model.addAttribute("action", actionFilter == null ? "" : actionFilter);
        return TEMPLATE;
    }

    @GetMapping("/ui/conventions/{conventionId}/history/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String conventionId,
                                      @RequestParam(required = false) String commune,
                                      @RequestParam(required = false) String action,
                                      Model model, Authentication who,
                                      HttpServletRequest request, HttpServletResponse response) throws Exception {
        history(conventionId, commune, action, model, who);
        return printed.pdf(TEMPLATE, model, conventionId, "historique-" + conventionId + ".pdf", request, response);
    }
}
