package fr.ctg.platform.security;

import org.springframework.context.ApplicationContext;

import java.util.EnumSet;

/** Accounts for tests, created through the service's own account store. */
public final class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String ADMIN = "test-admin";
    public static final String COORDINATOR = "test-coordinator";
    public static final String AUDITOR = "test-auditor";
    public static final String READER = "test-reader";

    private TestAccounts() {
    }

    /** One account per role, with the role's name; idempotent. */
    public static void createAll(ApplicationContext context) {
        Accounts accounts = context.getBean(Accounts.class);
        accounts.create(ADMIN, PASSWORD, EnumSet.of(Role.ADMINISTRATOR));
        accounts.create(COORDINATOR, PASSWORD, EnumSet.of(Role.COORDINATOR));
        accounts.create(AUDITOR, PASSWORD, EnumSet.of(Role.AUDITOR));
        accounts.create(READER, PASSWORD, EnumSet.of(Role.DASHBOARD_READER));
    }

    public static void assign(ApplicationContext context, String conventionId, String username) {
        context.getBean(CoordinatorAssignments.class).assign(conventionId, username, ADMIN);
    }

    /** The Authorization header of a test account. */
    public static String basic(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
