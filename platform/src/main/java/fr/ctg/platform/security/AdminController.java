package fr.ctg.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Administrators manage local accounts (embedded default) and which coordinator may change which convention.
 * Accounts are disabled, never deleted; every change is written to the account log.
 */
@RestController
@Validated
@RequestMapping("/api/v1/admin")
public class AdminController {

    static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";
    static final String CONVENTION_ID = "[a-z0-9][a-z0-9-]{2,63}";

    private final AccountOperations operations;
    private final CoordinatorAssignments assignments;

    AdminController(AccountOperations operations, CoordinatorAssignments assignments) {
        this.operations = operations;
        this.assignments = assignments;
    }

    public record NewAccount(@NotNull @Pattern(regexp = USERNAME) String username,
                             @NotNull String password,
                             @NotEmpty Set<@NotNull Role> roles) {
    }

    public record Roles(@NotEmpty Set<@NotNull Role> roles) {
    }

    public record NewPassword(@NotNull String password) {
    }

    /** An account as administrators see it: never its password hash. */
    public record AccountView(String username, List<Role> roles, boolean enabled, Instant createdAt,
                              Instant disabledAt) {
        static AccountView of(Accounts.Account account) {
            return new AccountView(account.username(),
                    account.roles().stream().sorted(Comparator.comparing(Role::name)).toList(), account.enabled(),
                    account.createdAt(), account.disabledAt());
        }
    }

    @GetMapping("/accounts")
    public List<AccountView> accounts() {
        return operations.all().stream().map(AccountView::of).toList();
    }

    @GetMapping("/accounts/{username}")
    public AccountView account(@PathVariable @Pattern(regexp = USERNAME) String username) {
        return AccountView.of(operations.one(username));
    }

    @PostMapping("/accounts")
    public ResponseEntity<AccountView> createAccount(@Valid @RequestBody NewAccount account, Principal admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(operations.create(admin.getName(),
                account.username(), account.password(), AccountOperations.roles(account.roles()))));
    }

    @PostMapping("/accounts/{username}/disable")
    public AccountView disable(@PathVariable @Pattern(regexp = USERNAME) String username, Principal admin) {
        return AccountView.of(operations.setEnabled(admin.getName(), username, false));
    }

    @PostMapping("/accounts/{username}/enable")
    public AccountView enable(@PathVariable @Pattern(regexp = USERNAME) String username, Principal admin) {
        return AccountView.of(operations.setEnabled(admin.getName(), username, true));
    }

    @PutMapping("/accounts/{username}/roles")
    public AccountView changeRoles(@PathVariable @Pattern(regexp = USERNAME) String username,
                                   @Valid @RequestBody Roles roles, Principal admin) {
        return AccountView.of(operations.changeRoles(admin.getName(), username, AccountOperations.roles(roles.roles())));
    }

    @PutMapping("/accounts/{username}/password")
    public ResponseEntity<Void> resetPassword(@PathVariable @Pattern(regexp = USERNAME) String username,
                                              @Valid @RequestBody NewPassword password, Principal admin) {
        operations.resetPassword(admin.getName(), username, password.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/conventions/{conventionId}/coordinators")
    public List<String> coordinators(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId) {
        return assignments.coordinatorsOf(conventionId);
    }

    @PutMapping("/conventions/{conventionId}/coordinators/{username}")
    public ResponseEntity<Map<String, String>> assign(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                                      @PathVariable @Pattern(regexp = USERNAME) String username,
                                                      Principal admin) {
        operations.assign(admin.getName(), conventionId, username);
        return ResponseEntity.ok(Map.of("conventionId", conventionId, "coordinator", username));
    }

    @DeleteMapping("/conventions/{conventionId}/coordinators/{username}")
    public ResponseEntity<Void> unassign(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                         @PathVariable @Pattern(regexp = USERNAME) String username, Principal admin) {
        if (!operations.unassign(admin.getName(), conventionId, username)) {
            throw new AccountRefusal(HttpStatus.NOT_FOUND, "assignment-not-found",
                    username + " is not a coordinator of " + conventionId + ".");
        }
        return ResponseEntity.noContent().build();
    }
}
