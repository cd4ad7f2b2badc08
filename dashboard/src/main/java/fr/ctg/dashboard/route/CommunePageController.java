package fr.ctg.dashboard.route;

import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.dashboard.documents.PageDocuments;
import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.dashboard.web.UnknownConventionException;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The commune table (filtered and sorted on the server, so it works without scripts and links can be shared) and
 * one commune's page, which carries the coordinator's forms.
 */
@Controller
public class CommunePageController {

    private final DashboardViews views;
    private final ConventionPage page;
    private final PageDocuments documents;

    CommunePageController(DashboardViews views, ConventionPage page, PageDocuments documents) {
        this.views = views;
        this.page = page;
        this.documents = documents;
    }

    @GetMapping("/ui/conventions/{conventionId}/communes")
    public String communes(@PathVariable String conventionId,
                           @RequestParam(required = false) String perimeter,
                           @RequestParam(required = false) String stage,
                           @RequestParam(required = false) String q,
                           @RequestParam(required = false) String sort,
                           @RequestParam(required = false) String dir,
                           Model model, Authentication who) {
        page.prepare(model, conventionId, who, "communes");
        CommuneStage stageFilter = parse(stage);
        String perimeterFilter = blankToNull(perimeter);
        CommuneSort order = CommuneSort.of(sort, dir);
        List<CommuneApprovalView> all = views.communes(conventionId, null, null)
                .orElseThrow(() -> new UnknownConventionException(conventionId)).items();
        String search = blankToNull(q) == null ? null : q.trim().toLowerCase(Locale.FRANCE);
        List<CommuneApprovalView> shown = all.stream()
                .filter(c -> perimeterFilter == null || perimeterFilter.equals(c.perimeterCode()))
                .filter(c -> stageFilter == null || stageFilter == c.stage())
                .filter(c -> search == null || c.name().toLowerCase(Locale.FRANCE).contains(search)
                        || c.inseeCode().startsWith(search))
                .sorted(order.comparator())
                .toList();
        model.addAttribute("communes", shown);
        model.addAttribute("totalCommunes", all.size());
        model.addAttribute("perimeterCodes", all.stream().map(CommuneApprovalView::perimeterCode).distinct().sorted().toList());
        model.addAttribute("stages", Arrays.asList(CommuneStage.values()));
        model.addAttribute("filter", new Filter(perimeterFilter, stageFilter == null ? null : stageFilter.name(),
                search == null ? "" : q.trim()));
        model.addAttribute("sort", order);
        return "dashboard/communes";
    }

    @GetMapping("/ui/conventions/{conventionId}/communes/{inseeCode}")
    public String commune(@PathVariable String conventionId, @PathVariable String inseeCode, Model model,
                          Authentication who) {
        ConventionOverviewView convention = page.prepare(model, conventionId, who, "communes");
        CommuneApprovalView commune = views.communes(conventionId, null, null)
                .orElseThrow(() -> new UnknownConventionException(conventionId)).items().stream()
                .filter(c -> c.inseeCode().equals(inseeCode)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("commune", commune);
        model.addAttribute("route", RouteSteps.of(commune, convention));
        model.addAttribute("actes", ActesExample.of(commune));
        model.addAttribute("documents", documents.ofCouncil(conventionId, inseeCode));
        return "dashboard/commune";
    }

    record Filter(String perimeter, String stage, String q) {
    }

    private static CommuneStage parse(String stage) {
        if (blankToNull(stage) == null) {
            return null;
        }
        return Arrays.stream(CommuneStage.values()).filter(s -> s.name().equals(stage)).findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
