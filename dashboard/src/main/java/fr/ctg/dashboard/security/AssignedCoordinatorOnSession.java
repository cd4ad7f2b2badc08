package fr.ctg.dashboard.security;

import fr.ctg.platform.security.CoordinatorAssignments;
import fr.ctg.platform.security.Role;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.Supplier;

/**
 * The API chain's object-level rule, applied to the commands the pages send with the session: a coordinator changes
 * only a convention assigned to them. (The API chain's own check is not reachable from here: one request runs
 * through one filter chain.)
 */
class AssignedCoordinatorOnSession implements AuthorizationManager<RequestAuthorizationContext> {

    private final CoordinatorAssignments assignments;

    AssignedCoordinatorOnSession(CoordinatorAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(mayCommand(authentication.get(), context.getVariables().get("conventionId"),
                assignments));
    }

    static boolean mayCommand(Authentication who, String conventionId, CoordinatorAssignments assignments) {
        boolean coordinator = who != null && who.isAuthenticated() && who.getAuthorities().stream()
                .anyMatch(a -> Role.COORDINATOR.authority().equals(a.getAuthority()));
        return coordinator && conventionId != null && assignments.isAssigned(conventionId, who.getName());
    }
}
