package fr.ctg.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/**
 * The signed-in user's own account. Changing one's password takes the current one, checked like a sign-in
 * (throttled, bounded before BCrypt), so that a stolen session cannot take the account over, nor guess faster here.
 */
@RestController
@RequestMapping("/api/v1/account")
public class AccountController {

    private final AccountOperations operations;
    private final Accounts accounts;
    private final SignInThrottle throttle;

    AccountController(AccountOperations operations, Accounts accounts, SignInThrottle throttle) {
        this.operations = operations;
        this.accounts = accounts;
        this.throttle = throttle;
    }

    public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    public record Me(String username, List<String> roles) {
    }

    /** Who the caller is signed in as, and with which roles. */
    @GetMapping
    public Me me(Authentication user) {
        return new Me(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList());
    }

    @PutMapping("/password")
    public ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change, Principal user,
                                               HttpServletRequest request) {
        operations.requireLocal();
        String username = user.getName();
        String address = request.getRemoteAddr();
        throttle.refusal(username, address).ifPresent(wait -> {
            throw AccountRefusal.throttled(new SignInThrottled(wait));
        });
        PasswordRules.check(username, change.newPassword()).ifPresent(v -> {
            throw AccountRefusal.password(v, "newPassword");
        });
        Accounts.Account account = accounts.find(username).orElseThrow(() -> AccountRefusal.notFound(username));
        if (!PasswordRules.withinBcryptLimit(change.currentPassword())
                || !accounts.passwordMatches(account, change.currentPassword())) {
            throttle.failed(username, address);
            throw new AccountRefusal(HttpStatus.FORBIDDEN, "current-password-incorrect",
                    "The current password is not this account's.");
        }
        operations.changeOwnPassword(account, change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
