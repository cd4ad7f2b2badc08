package fr.ctg.platform.security;

import fr.ctg.platform.security.AccountLog.Operation;
import fr.ctg.platform.security.Accounts.Account;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What administrators and users do to accounts and assignments. Each change and its line in the account log are
 * written in one transaction; a refusal writes nothing. Local accounts only: with an OpenID Connect provider the
 * provider manages them, and only assignments are kept here.
 */
@Component
class AccountOperations {

    private final Accounts accounts;
    private final AccountLog log;
    private final CoordinatorAssignments assignments;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final boolean local;

    AccountOperations(Accounts accounts, AccountLog log, CoordinatorAssignments assignments, PasswordEncoder encoder,
                      PlatformTransactionManager transactions, ApplicationEventPublisher events,
                      Environment environment) {
        this.events = events;
        this.accounts = accounts;
        this.log = log;
        this.assignments = assignments;
        this.encoder = encoder;
        this.transaction = new TransactionTemplate(transactions);
        this.local = !"oidc".equals(environment.getProperty("ctg.security.mode", "local"));
    }

    List<Account> all() {
        requireLocal();
        return accounts.all();
    }

    Account one(String username) {
        requireLocal();
        return accounts.find(username).orElseThrow(() -> AccountRefusal.notFound(username));
    }

    Account create(String actor, String username, String password, Set<Role> roles) {
        requireLocal();
        PasswordRules.check(username, password).ifPresent(v -> {
            throw AccountRefusal.password(v, "password");
        });
        return transaction.execute(tx -> {
            if (!accounts.create(username, password, roles)) {
                throw new AccountRefusal(HttpStatus.CONFLICT, "account-already-exists", "Account " + username
                        + " exists (perhaps disabled): an account's name is never given to someone else.");
            }
            log.recordRoles(actor, username, Operation.CREATED, null, roles);
            return accounts.find(username).orElseThrow();
        });
    }

    Account setEnabled(String actor, String username, boolean enabled) {
        requireLocal();
        Account changed = transaction.execute(tx -> {
            Account account = accounts.lock(username).orElseThrow(() -> AccountRefusal.notFound(username));
            if (account.enabled() == enabled) {
                return account;
            }
            if (!enabled && account.administrator()) {
                requireAnotherEnabledAdministrator(username, "disable");
            }
            accounts.setDisabled(username, !enabled);
            log.record(actor, username, enabled ? Operation.ENABLED : Operation.DISABLED);
            return accounts.find(username).orElseThrow();
        });
        if (!enabled) {
            forget(changed.passwordHash());
            events.publishEvent(new AccountSessionsRevoked(username));
        }
        return changed;
    }

    Account changeRoles(String actor, String username, Set<Role> roles) {
        requireLocal();
        Account changed = transaction.execute(tx -> {
            Account account = accounts.lock(username).orElseThrow(() -> AccountRefusal.notFound(username));
            if (account.roles().equals(roles)) {
                return account;
            }
            if (account.administrator() && account.enabled() && !roles.contains(Role.ADMINISTRATOR)) {
                requireAnotherEnabledAdministrator(username, "demote");
            }
            accounts.setRoles(username, roles);
            log.recordRoles(actor, username, Operation.ROLES_CHANGED, account.roles(), roles);
            return accounts.find(username).orElseThrow();
        });
        events.publishEvent(new AccountSessionsRevoked(username));
        return changed;
    }

    void resetPassword(String actor, String username, String password) {
        requireLocal();
        PasswordRules.check(username, password).ifPresent(v -> {
            throw AccountRefusal.password(v, "password");
        });
        Account before = transaction.execute(tx -> {
            Account account = accounts.lock(username).orElseThrow(() -> AccountRefusal.notFound(username));
            accounts.setPassword(username, password);
            log.record(actor, username, Operation.PASSWORD_RESET);
            return account;
        });
        forget(before.passwordHash());
        events.publishEvent(new AccountSessionsRevoked(username));
    }

    /** The signed-in user's own password, proven by the current one (checked by the caller, throttled). */
    void changeOwnPassword(Account verified, String newPassword) {
        String username = verified.username();
        transaction.executeWithoutResult(tx -> {
            Account account = accounts.lock(username).orElseThrow(() -> AccountRefusal.notFound(username));
            if (!account.passwordHash().equals(verified.passwordHash()) || !account.enabled()) {
                // Changed or disabled since the current password was checked: that check no longer holds.
                throw new AccountRefusal(HttpStatus.CONFLICT, "account-changed",
                        "The account changed while the password was being changed; try again.");
            }
            accounts.setPassword(username, newPassword);
            log.record(username, username, Operation.OWN_PASSWORD_CHANGED);
        });
        forget(verified.passwordHash());
    }

    /** @return false when the coordinator was already assigned */
    boolean assign(String actor, String conventionId, String username) {
        if (!assignments.conventionExists(conventionId)) {
            throw new AccountRefusal(HttpStatus.NOT_FOUND, "convention-not-found", "No convention " + conventionId + ".");
        }
        if (local) {
            Account account = accounts.find(username).orElseThrow(() -> AccountRefusal.notFound(username));
            if (!account.roles().contains(Role.COORDINATOR)) {
                throw new AccountRefusal(HttpStatus.CONFLICT, "not-a-coordinator",
                        username + " does not have the role COORDINATOR.");
            }
        }
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            boolean added = assignments.assign(conventionId, username, actor);
            if (added) {
                log.recordAssignment(actor, username, Operation.ASSIGNMENT_ADDED, conventionId);
            }
            return added;
        }));
    }

    boolean unassign(String actor, String conventionId, String username) {
        return Boolean.TRUE.equals(transaction.execute(tx -> {
            boolean removed = assignments.unassign(conventionId, username);
            if (removed) {
                log.recordAssignment(actor, username, Operation.ASSIGNMENT_REMOVED, conventionId);
            }
            return removed;
        }));
    }

    boolean local() {
        return local;
    }

    void requireLocal() {
        if (!local) {
            throw new AccountRefusal(HttpStatus.CONFLICT, "accounts-managed-by-identity-provider",
                    "Accounts are managed by the OpenID Connect provider.");
        }
    }

    private void requireAnotherEnabledAdministrator(String username, String what) {
        boolean another = accounts.lockAdministrators().stream()
                .anyMatch(admin -> admin.enabled() && !admin.username().equals(username));
        if (!another) {
            throw new AccountRefusal(HttpStatus.CONFLICT, "last-administrator", "Cannot " + what + " " + username
                    + ": it is the last enabled administrator. Create or enable another administrator first.");
        }
    }

    private void forget(String passwordHash) {
        if (encoder instanceof RememberedPasswordMatches remembered) {
            remembered.forget(passwordHash);
        }
    }

    static Set<Role> roles(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
