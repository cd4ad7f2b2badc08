package fr.ctg.platform.security;

import fr.ctg.platform.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Administrators manage local accounts (embedded default) and which coordinator may change which convention. */
@RestController
@Validated
@RequestMapping("/api/v1/admin")
public class AdminController {

    static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";
    static final String CONVENTION_ID = "[a-z0-9][a-z0-9-]{2,63}";

    private final Accounts accounts;
    private final CoordinatorAssignments assignments;
    private final boolean local;

    AdminController(Accounts accounts, CoordinatorAssignments assignments, Environment environment) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.local = !"oidc".equals(environment.getProperty("ctg.security.mode", "local"));
    }

    public record NewAccount(@NotNull @Pattern(regexp = USERNAME) String username,
                             @NotNull @Size(min = 12, max = 200) String password,
                             @NotEmpty Set<@NotNull Role> roles) {
    }

    @PostMapping("/accounts")
    public ResponseEntity<?> createAccount(@Valid @RequestBody NewAccount account) {
        if (!local) {
            return problem(HttpStatus.CONFLICT, "accounts-managed-by-identity-provider",
                    "Accounts are managed by the OpenID Connect provider.");
        }
        if (!accounts.create(account.username(), account.password(), EnumSet.copyOf(account.roles()))) {
            return problem(HttpStatus.CONFLICT, "account-already-exists", "Account " + account.username() + " exists.");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("username", account.username(), "roles", account.roles()));
    }

    @GetMapping("/conventions/{conventionId}/coordinators")
    public List<String> coordinators(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId) {
        return assignments.coordinatorsOf(conventionId);
    }

    @PutMapping("/conventions/{conventionId}/coordinators/{username}")
    public ResponseEntity<Map<String, String>> assign(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                                      @PathVariable @Pattern(regexp = USERNAME) String username,
                                                      Principal admin) {
        assignments.assign(conventionId, username, admin.getName());
        return ResponseEntity.ok(Map.of("conventionId", conventionId, "coordinator", username));
    }

    @DeleteMapping("/conventions/{conventionId}/coordinators/{username}")
    public ResponseEntity<?> unassign(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                      @PathVariable @Pattern(regexp = USERNAME) String username) {
        return assignments.unassign(conventionId, username) ? ResponseEntity.noContent().build()
                : problem(HttpStatus.NOT_FOUND, "assignment-not-found",
                username + " is not a coordinator of " + conventionId + ".");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, rule, detail));
    }
}
