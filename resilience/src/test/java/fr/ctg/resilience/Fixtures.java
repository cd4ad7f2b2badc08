package fr.ctg.resilience;

import fr.ctg.resilience.support.Accounts;
import fr.ctg.resilience.support.Api;
import fr.ctg.resilience.support.Node;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts and conventions every scenario starts from. */
final class Fixtures {

    private Fixtures() {
    }

    /** Creates the accounts (the schema exists once {@code node} runs) and defines the conventions through it. */
    static void define(Node node, JdbcTemplate jdbc, List<String> conventions) {
        Accounts.create(jdbc);
        for (String conventionId : conventions) {
            Accounts.assign(jdbc, conventionId);
            Api.Answer defined = Api.define(node.baseUrl(), conventionId);
            assertThat(defined.status()).as("define %s -> %s", conventionId, defined.body()).isEqualTo(201);
        }
    }
}
