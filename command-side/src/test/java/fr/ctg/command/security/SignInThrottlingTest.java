package fr.ctg.command.security;

import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords get an account, then an address, throttled with 429 and Retry-After, while other accounts (and
 * other addresses) sign in as usual. The service trusts forwarded headers here, as it must behind a reverse proxy,
 * so that each test is its own client address ({@code X-Forwarded-For}) and they do not throttle each other.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SignInThrottlingTest {

    static final String PROBE = "/api/v1/admin/conventions/ctg-none/coordinators";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void accounts() {
        TestAccounts.createAll(context);
    }

    private double throttled(String scope) {
        var counter = meters.find("ctg.security.sign-in.throttled").tag("scope", scope).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void repeatedWrongPasswordsForOneAccountAre429WhileAnotherAccountSignsInNormally() {
        SignInClient client = new SignInClient(port, "198.51.100.11");
        double before = throttled("account");
        for (int i = 0; i < 5; i++) {
            assertThat(client.get(PROBE, TestAccounts.COORDINATOR, "wrong-guess-" + i).status()).isEqualTo(401);
        }

        TestClient.Answer refused = client.get(PROBE, TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        assertThat(refused.status()).as("even the right password, before the wait").isEqualTo(429);
        assertThat(refused.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 2L));
        assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
        assertThat(SignInClient.json(refused).path("rule").asText()).isEqualTo("sign-in-throttled");
        assertThat(throttled("account")).isEqualTo(before + 1);

        assertThat(client.get(PROBE, TestAccounts.ADMIN, TestAccounts.PASSWORD).status())
                .as("another account, same address").isEqualTo(200);
    }

    @Test
    void aWrongPasswordFloodFromOneAddressIs429ForEveryAccountFromThatAddressOnly() {
        SignInClient flood = new SignInClient(port, "198.51.100.12");
        for (int i = 0; i < 20; i++) {
            assertThat(flood.get(PROBE, "guessed-" + i, "wrong-guess").status()).isEqualTo(401);
        }
        TestClient.Answer refused = flood.get(PROBE, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(SignInClient.json(refused).path("rule").asText()).isEqualTo("sign-in-throttled");

        assertThat(new SignInClient(port, "198.51.100.13").get(PROBE, TestAccounts.ADMIN, TestAccounts.PASSWORD)
                .status()).as("the same account from another address").isEqualTo(200);
    }

    @Test
    void anOverlongPasswordIsACheap401NeverA500() {
        SignInClient client = new SignInClient(port, "198.51.100.14");
        assertThat(client.get(PROBE, "long-password", "x".repeat(5_000)).status()).isEqualTo(401);
        assertThat(client.get(PROBE, "long-password", "a" + "é".repeat(36)).status()).isEqualTo(401);
        assertThat(client.get(PROBE, "long-password", "x".repeat(12_000)).status())
                .as("beyond Tomcat's header limit").isBetween(400, 431);
    }
}
