package fr.ctg.dashboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.dashboard.live.ViewsPosition;
import fr.ctg.platform.security.CoordinatorAssignments;
import fr.ctg.platform.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of one convention shows around its content: the convention's name and stage, the navigation, and
 * what the signed-in user may do (forms only for a coordinator assigned to the convention, history only for an
 * auditor). Hiding a form is a courtesy: the command API decides.
 */
@Component
public class ConventionPage {

    private final DashboardViews views;
    private final CoordinatorAssignments assignments;
    private final Labels labels;
    private final ObjectMapper json;
    private final ViewsPosition position;

    ConventionPage(DashboardViews views, CoordinatorAssignments assignments, Labels labels, ObjectMapper json,
                   ViewsPosition position) {
        this.position = position;
        this.views = views;
        this.assignments = assignments;
        this.labels = labels;
        this.json = json;
    }

    public ConventionOverviewView prepare(Model model, String conventionId, Authentication who, String section) {
        // Read before the views: an update that lands while the page renders is then shown again, never missed.
        model.addAttribute("viewsPosition", position.current());
        ConventionOverviewView overview = views.overview(conventionId)
                .orElseThrow(() -> new UnknownConventionException(conventionId));
        model.addAttribute("convention", overview);
        model.addAttribute("section", section);
        model.addAttribute("user", who.getName());
        model.addAttribute("canCommand", has(who, Role.COORDINATOR) && assignments.isAssigned(conventionId, who.getName()));
        model.addAttribute("isAuditor", has(who, Role.AUDITOR));
        try {
            model.addAttribute("ruleMessages", json.writeValueAsString(labels.rules()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return overview;
    }

    public static boolean has(Authentication who, Role role) {
        return who.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
