package fr.ctg.platform.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.Supplier;

/**
 * Object-level access: a coordinator changes only a convention assigned to them, whatever ids they send. Every
 * filter chain that lets commands through (the API's, the dashboard's) applies this one rule.
 */
public class AssignedCoordinator implements AuthorizationManager<RequestAuthorizationContext> {

    private final CoordinatorAssignments assignments;

    public AssignedCoordinator(CoordinatorAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication who = authentication.get();
        boolean coordinator = who != null && who.isAuthenticated() && who.getAuthorities().stream()
                .anyMatch(a -> Role.COORDINATOR.authority().equals(a.getAuthority()));
        String conventionId = context.getVariables().get("conventionId");
        return new AuthorizationDecision(coordinator && conventionId != null
                && assignments.isAssigned(conventionId, who.getName()));
    }
}
