package fr.ctg.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With an OpenID Connect provider, local account operations are refused as a conflict before touching anything. */
class AccountsWithOidcTest {

    private final AccountOperations operations = new AccountOperations(null, null, null, null, null, null,
            new MockEnvironment().withProperty("ctg.security.mode", "oidc"));

    @Test
    void everyAccountOperationIs409AccountsManagedByTheIdentityProvider() {
        List<Consumer<AccountOperations>> calls = List.of(
                AccountOperations::all,
                o -> o.one("claire"),
                o -> o.create("admin", "claire", "claire-long-password", EnumSet.of(Role.AUDITOR)),
                o -> o.setEnabled("admin", "claire", false),
                o -> o.changeRoles("admin", "claire", EnumSet.of(Role.AUDITOR)),
                o -> o.resetPassword("admin", "claire", "claire-long-password"),
                AccountOperations::requireLocal);
        for (Consumer<AccountOperations> call : calls) {
            assertThatThrownBy(() -> call.accept(operations)).isInstanceOfSatisfying(AccountRefusal.class, refusal -> {
                assertThat(refusal.status().value()).isEqualTo(409);
                assertThat(refusal.rule()).isEqualTo("accounts-managed-by-identity-provider");
            });
        }
    }
}
