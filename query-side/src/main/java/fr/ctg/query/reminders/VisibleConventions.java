package fr.ctg.query.reminders;

import fr.ctg.platform.security.CoordinatorAssignments;
import fr.ctg.platform.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Whose reminders a user sees: a coordinator, the conventions assigned to them; an auditor, an administrator or a
 * dashboard reader, every convention (they read every view already).
 */
@Component
public class VisibleConventions {

    private static final Set<String> SEE_ALL = Set.of(Role.AUDITOR.authority(), Role.ADMINISTRATOR.authority(),
            Role.DASHBOARD_READER.authority());

    private final CoordinatorAssignments assignments;
    private final ConventionReminders reminders;

    VisibleConventions(CoordinatorAssignments assignments, ConventionReminders reminders) {
        this.assignments = assignments;
        this.reminders = reminders;
    }

    public static boolean seesAll(Authentication who) {
        return who.getAuthorities().stream().anyMatch(a -> SEE_ALL.contains(a.getAuthority()));
    }

    public List<String> of(Authentication who) {
        return of(who.getName(), seesAll(who));
    }

    public List<String> of(String username, boolean all) {
        return all ? reminders.allConventions() : assignments.conventionsOf(username);
    }
}
