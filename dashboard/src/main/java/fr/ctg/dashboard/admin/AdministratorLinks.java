package fr.ctg.dashboard.admin;

import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.platform.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether the signed-in user administers the service, so that its pages link to the admin pages. */
@ControllerAdvice(basePackages = "fr.ctg.dashboard")
class AdministratorLinks {

    @ModelAttribute("isAdministrator")
    boolean isAdministrator(Authentication who) {
        return who != null && ConventionPage.has(who, Role.ADMINISTRATOR);
    }
}
