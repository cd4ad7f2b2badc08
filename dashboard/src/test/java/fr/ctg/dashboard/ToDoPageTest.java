package fr.ctg.dashboard;

import fr.ctg.platform.security.Accounts;
import fr.ctg.platform.security.Role;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SampleConvention;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "À faire" page and the overview's section, in French, on the sample with L'Horme adopted and Rive-de-Gier
 * presented: one transmission, one vote and 21 presentations (20 communes and the Métropole) to do.
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ToDoPageTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void theCoordinatorSeesHerNextStepsGroupedAndCountedInFrench() {
        TestAccounts.createAll(context);
        String id = "ctg-todo-" + UUID.randomUUID().toString().substring(0, 8);
        // A coordinator of this convention only: the shared test coordinator has the other tests' conventions too,
        // and the page spans all of hers.
        String name = "todo-" + id.substring(9);
        context.getBean(Accounts.class).create(name, TestAccounts.PASSWORD, EnumSet.of(Role.COORDINATOR));
        TestAccounts.assign(context, id, name);
        TestClient admin = TestClient.on(port).as(TestAccounts.ADMIN);
        TestClient coordinator = TestClient.on(port).as(name, TestAccounts.PASSWORD);
        assertThat(admin.post("/api/v1/conventions", SampleConvention.as(id)).status()).isEqualTo(201);
        String c = "/api/v1/conventions/" + id + "/communes/";
        assertThat(coordinator.post(c + "42110/presentation", "{\"sessionDate\":\"2023-09-06\"}").ok()).isTrue();
        assertThat(coordinator.post(c + "42110/votes", """
                {"sessionDate":"2023-09-06","present":20,"votesFor":18,"votesAgainst":1,"abstentions":1,
                 "notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_2023_050"}""").ok()).isTrue();
        long position = coordinator.post(c + "42186/presentation", "{\"sessionDate\":\"2023-09-06\"}").json()
                .path("position").asLong();
        // The reminders come from several views, each catching up on its own: the page and the API agree once all
        // have handled the last command.
        int[] reminders = new int[1];
        await().untilAsserted(() -> {
            reminders[0] = coordinator.get(TestClient.atLeast("/api/v1/reminders?conventionId=" + id, position))
                    .json().path("count").asInt();
            assertThat(page(coordinator, "/ui/conventions/" + id)).contains(
                    "1 transmission, 1 vote et 21 présentations à faire ; " + reminders[0] + " rappels ouverts.");
        });
        String todo = page(coordinator, "/ui/a-faire");

        assertThat(reminders[0]).as("receipt and publication of L'Horme, Rive-de-Gier's vote at least").isGreaterThanOrEqualTo(3);
        assertThat(todo).contains("<h1>À faire</h1>", "Transmissions en préfecture à faire (1)",
                "Votes du conseil attendus (1)", "Présentations en conseil à faire (21)",
                "href=\"/ui/conventions/" + id + "/communes/42110\"",
                "href=\"/ui/conventions/" + id + "#todo-title\"",
                "Rappel : Accusés de réception de la préfecture manquants",
                "L&#39;Horme : accusé de réception de la préfecture manquant (délibération votée le 6 septembre 2023)");
        assertThat(todo).as("every group shown whole: none longer than the page's limit")
                .doesNotContain("autres, non affichés ici");
        assertThat(page(coordinator, "/ui")).contains("href=\"/ui/a-faire\"", "Conventions suivies (");
    }

    @Test
    void aGroupLongerThanThePageShowsItsLongestWaitingItemsItsFullCountAndHowManyMore() {
        TestAccounts.createAll(context);
        String name = "todo-many-" + UUID.randomUUID().toString().substring(0, 8);
        context.getBean(Accounts.class).create(name, TestAccounts.PASSWORD, EnumSet.of(Role.COORDINATOR));
        TestClient admin = TestClient.on(port).as(TestAccounts.ADMIN);
        // Three samples: 3 x 23 presentations (22 communes and the Métropole) to do, more than a group shows.
        for (int i = 0; i < 3; i++) {
            String id = "ctg-many-" + UUID.randomUUID().toString().substring(0, 8);
            TestAccounts.assign(context, id, name);
            assertThat(admin.post("/api/v1/conventions", SampleConvention.as(id)).status()).isEqualTo(201);
        }
        TestClient coordinator = TestClient.on(port).as(name, TestAccounts.PASSWORD);

        await().untilAsserted(() -> assertThat(page(coordinator, "/ui/a-faire"))
                .contains("Présentations en conseil à faire (69)", "69 présentations à faire"));
        String todo = page(coordinator, "/ui/a-faire");

        assertThat(todo).contains("Et 19 autres, non affichés ici : ci-dessus, les 50 qui attendent depuis le plus"
                + " longtemps ; la page de chaque convention (lien dans la colonne Convention) donne son « À faire »"
                + " complet.");
        assertThat(todo.split("href=\"/ui/conventions/ctg-many-[^\"]*/(communes/[0-9]+|epci)\"", -1))
                .as("50 councils linked").hasSize(51);
    }

    @Test
    void theConventionsListIsShownAPageAtATimeAndAPagePastTheLastSaysSoAndLinksBack() {
        TestAccounts.createAll(context);
        TestClient admin = TestClient.on(port).as(TestAccounts.ADMIN);
        assertThat(admin.post("/api/v1/conventions", SampleConvention.as(
                "ctg-list-" + UUID.randomUUID().toString().substring(0, 8))).status()).isEqualTo(201);
        TestClient auditor = TestClient.on(port).as(TestAccounts.AUDITOR);

        String past = page(auditor, "/ui?page=1000");

        assertThat(past).contains("Aucune convention sur cette page.").doesNotContain("<tbody>");
        assertThat(past).containsPattern("href=\"/ui\\?page=\\d+\" rel=\"prev\"|rel=\"prev\" href=\"/ui\\?page=\\d+\"");
        assertThat(page(auditor, "/ui?page=1")).contains("<tbody>");
        assertThat(auditor.get("/ui?page=0", Map.of("Accept", "text/html")).status()).isEqualTo(400);
    }

    private static String page(TestClient client, String path) {
        TestClient.Answer answer = client.get(path, Map.of("Accept", "text/html"));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }
}
