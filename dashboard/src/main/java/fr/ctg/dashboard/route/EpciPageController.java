package fr.ctg.dashboard.route;

import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.dashboard.documents.PageDocuments;
import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.route.query.CommuneApprovalView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The EPCI's page: its council (the conseil communautaire) follows the same route as a commune's, so it is the
 * commune page, with its facts and forms, the forms sent to {@code /epci/{SIREN}/...}. None when the EPCI is not a
 * party of the convention.
 */
@Controller
public class EpciPageController {

    private final DashboardViews views;
    private final ConventionPage page;
    private final PageDocuments documents;

    EpciPageController(DashboardViews views, ConventionPage page, PageDocuments documents) {
        this.views = views;
        this.page = page;
        this.documents = documents;
    }

    @GetMapping("/ui/conventions/{conventionId}/epci")
    public String epci(@PathVariable String conventionId, Model model, Authentication who) {
        ConventionOverviewView convention = page.prepare(model, conventionId, who, "epci");
        CommuneApprovalView epci = views.epci(conventionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("commune", epci);
        model.addAttribute("route", RouteSteps.of(epci, convention));
        model.addAttribute("actes", ActesExample.of(epci));
        model.addAttribute("documents", documents.ofCouncil(conventionId, epci.inseeCode()));
        return "dashboard/commune";
    }
}
