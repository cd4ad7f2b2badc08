package fr.ctg.dashboard.admin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator's page for the read models' rebuild: a button that starts it and its progress, live. The page's
 * script calls the query side's own endpoint ({@code /api/v1/admin/rebuild}) with the session, as the forms send
 * commands, so the rebuild has one way in and the page adds no second one.
 */
@Controller
class RebuildPageController {

    @GetMapping("/ui/admin/rebuild")
    String rebuild(Model model, Authentication who) {
        model.addAttribute("user", who.getName());
        return "dashboard/rebuild";
    }
}
