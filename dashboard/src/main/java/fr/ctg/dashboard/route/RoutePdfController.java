package fr.ctg.dashboard.route;

import fr.ctg.dashboard.print.PrintedPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The convention's route as PDF: the communes page (every commune's stage and the dates of its route), printed with
 * the date and the chain head. Every signed-in role reads it, as it reads the page.
 */
@Controller
class RoutePdfController {

    private final CommunePageController communes;
    private final PrintedPages printed;

    RoutePdfController(CommunePageController communes, PrintedPages printed) {
        this.communes = communes;
        this.printed = printed;
    }

    @GetMapping("/ui/conventions/{conventionId}/route/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String conventionId, Model model, Authentication who,
                               HttpServletRequest request, HttpServletResponse response) throws Exception {
        String template = communes.communes(conventionId, null, null, null, null, null, model, who);
        return printed.pdf(template, model, conventionId, "parcours-" + conventionId + ".pdf", request, response);
    }
}
