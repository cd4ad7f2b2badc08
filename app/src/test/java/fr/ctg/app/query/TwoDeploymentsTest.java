package fr.ctg.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.command.CommandSideApplication;
import fr.ctg.query.QuerySideApplication;
import fr.ctg.query.processing.ProcessorNames;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side and the query side as two applications on one PostgreSQL: the query side fills its views from
 * the events the command side wrote, and writes none itself.
 */
@Tag("slow")
class TwoDeploymentsTest {

    private static final String ID = "ctg-gier-two";
    private static final String BASE = "/api/v1/conventions/" + ID;

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext commandSide;
    private static ConfigurableApplicationContext querySide;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        // The command side migrates first, as in docker-compose; out-of-order lets either start first.
        commandSide = start(CommandSideApplication.class);
        querySide = start(QuerySideApplication.class);
    }

    private static ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplicationBuilder(application).properties(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.flyway.out-of-order=true",
                "server.port=0").run();
    }

    @AfterAll
    static void stop() throws IOException {
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
        postgres.close();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void theQuerySideFillsItsViewsFromTheEventsTheCommandSideWrote() {
        Api api = new Api(commandSide, port(commandSide), port(querySide));
        SampleRoute route = new SampleRoute(api, ID);
        api.command("/api/v1/conventions", Api.sampleAs(ID));
        route.present(SampleRoute.RIVE_DE_GIER, "2023-09-06");
        route.vote(SampleRoute.RIVE_DE_GIER, "2023-09-06", 25, 2, "DEL_2023_064");
        route.transmit(SampleRoute.RIVE_DE_GIER, "2023-09-06", "DEL_2023_064", "2023-09-13");
        route.publish(SampleRoute.RIVE_DE_GIER, "2023-09-14");
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        Long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        JsonNode rive = api.view(BASE + "/communes?stage=EXECUTORY").path("items").get(0);
        assertThat(rive.path("inseeCode").asText()).isEqualTo(SampleRoute.RIVE_DE_GIER);
        assertThat(rive.path("executoryOn").asText()).isEqualTo("2023-09-14");
        assertThat(api.view(BASE + "/perimeters/P3").path("totals").path("executoryPopulation").asLong())
                .isEqualTo(15_242);
        assertThat(api.view(BASE).path("stage").asText()).isEqualTo("ROUTE_IN_PROGRESS");
        assertThat(api.view(BASE + "/action-progress").path("totals").path("actions").asInt()).isEqualTo(27);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .as("the query side wrote no event").isEqualTo(events);
        assertThat(api.get("/api/v1/conventions/" + ID).status()).isEqualTo(200);
    }

    @Test
    void eachApplicationRunsOnlyItsOwnPart() {
        EventProcessingConfiguration commandProcessing = commandSide.getBean(EventProcessingConfiguration.class);
        EventProcessingConfiguration queryProcessing = querySide.getBean(EventProcessingConfiguration.class);
        for (String processor : ProcessorNames.ALL) {
            assertThat(commandProcessing.eventProcessor(processor)).as(processor).isEmpty();
            assertThat(queryProcessing.eventProcessor(processor)).as(processor).isPresent();
        }
        assertThat(querySide.getBeanNamesForType(CommandSideApplication.class)).isEmpty();
        assertThat(commandSide.getBeanNamesForType(QuerySideApplication.class)).isEmpty();
    }
}
