package fr.ctg.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's illustrative indicators over HTTP in the all-in-one service on embedded PostgreSQL. The network
 * action of the acceptance ("pe-01" in the issue) is {@code pe-02} in the sample, "Constituer et animer un réseau
 * des acteurs de la Petite enfance"; it gets "Réunions du réseau par an", 0 in 2022 up to 4 in 2027, measured 3 in
 * 2023 and 4 in 2024.
 */
@Tag("slow")
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorsOverHttpTest {

    private static final String ID = "ctg-gier-indicators";
    private static final String BASE = "/api/v1/conventions/" + ID;
    private static final String NETWORK = BASE + "/actions/pe-02/indicators";
    private static final String MEETINGS = NETWORK + "/reseau-reunions/measures";

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void theNetworkActionsMeetingsAreMeasuredAndTheViewsShowTheirProgress() throws IOException {
        Api api = new Api(context, port, port);
        api.command("/api/v1/conventions", Api.sampleAs(ID));
        JsonNode sample = Api.read(new ClassPathResource("sample/ctg-pays-du-gier-indicators.json")
                .getContentAsString(StandardCharsets.UTF_8));
        for (JsonNode entry : sample.path("indicators")) {
            api.command(BASE + "/actions/" + entry.path("actionId").asText() + "/indicators",
                    entry.path("indicator").toString());
        }
        api.command(MEETINGS, measure(2023, "3"));
        api.command(MEETINGS, measure(2024, "4"));

        JsonNode in2024 = api.view(NETWORK + "?year=2024").path("indicators");
        assertThat(in2024).hasSize(1);
        JsonNode meetings = in2024.get(0);
        assertThat(meetings.path("label").asText()).isEqualTo("Réunions du réseau par an");
        assertThat(meetings.path("baseline").path("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(meetings.path("baseline").path("year").asInt()).isEqualTo(2022);
        assertThat(meetings.path("target").path("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(meetings.path("target").path("year").asInt()).isEqualTo(2027);
        assertThat(meetings.path("measures")).hasSize(2);
        assertThat(meetings.path("measures").get(0).path("year").asInt()).isEqualTo(2023);
        assertThat(meetings.path("measures").get(0).path("value").decimalValue()).isEqualByComparingTo("3");
        assertThat(meetings.path("measures").get(0).path("recordedBy").asText()).isEqualTo(TestAccounts.COORDINATOR);
        assertThat(meetings.path("measures").get(1).path("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(meetings.path("assessment").path("progress").decimalValue()).isEqualByComparingTo("1");
        assertThat(meetings.path("assessment").path("reached").asBoolean()).isTrue();
        assertThat(meetings.path("measuredThisYear").asBoolean()).isTrue();
        JsonNode in2023 = api.view(NETWORK + "?year=2023").path("indicators").get(0).path("assessment");
        assertThat(in2023.path("progress").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(in2023.path("onTrack").asBoolean()).as("3 is above the path's 0.8 for 2023").isTrue();

        assertThat(api.view(BASE + "/indicators?year=2024").path("indicators")).hasSize(4);
        JsonNode progress = api.view(BASE + "/action-progress?asOf=2024-06-30&size=50");
        assertThat(progress.path("indicators").path("year").asInt()).isEqualTo(2024);
        assertThat(progress.path("indicators").path("indicators").asInt()).isEqualTo(4);
        assertThat(progress.path("indicators").path("measuredThisYear").asInt()).isEqualTo(1);
        assertThat(progress.path("indicators").path("onTrack").asInt()).isEqualTo(1);

        Instant at = Instant.now();
        int year = at.atZone(ZoneId.of("Europe/Paris")).getYear();
        TestClient.Answer asOf = TestClient.on(port).as(TestAccounts.AUDITOR)
                .get("/api/v1/audit/conventions/" + ID + "/as-of/indicators?at=" + at);
        assertThat(asOf.status()).as(asOf.body()).isEqualTo(200);
        assertThat(Api.read(asOf.body())).as("as of now equals live").isEqualTo(api.view(BASE + "/indicators?year=" + year));
    }

    @Test
    void aSecondMeasureIsRefusedAndACorrectionKeepsBoth() {
        Api api = new Api(context, port, port);
        String id = ID + "-fix";
        String network = "/api/v1/conventions/" + id + "/actions/pe-02/indicators";
        api.command("/api/v1/conventions", Api.sampleAs(id));
        api.command(network, """
                {"indicatorId":"reseau-reunions","label":"Réunions du réseau par an","unit":"COUNT",
                 "direction":"INCREASE","baseline":{"value":0,"year":2022},"target":{"value":4,"year":2027}}""");
        api.command(network + "/reseau-reunions/measures", measure(2023, "3"));
        TestClient coordinator = TestClient.on(port).as(TestAccounts.COORDINATOR);

        assertRefused(coordinator.post(network + "/reseau-reunions/measures", measure(2023, "2")), 409,
                "measure-already-recorded");
        assertRefused(coordinator.post(network + "/reseau-reunions/measures", measure(2028, "2")), 409,
                "measure-year-outside-period");
        assertRefused(coordinator.post(network + "/reseau-reunions/measures", measure(2024, "2.5")), 409,
                "indicator-count-not-whole");
        assertRefused(coordinator.post(network + "/nope/measures", measure(2024, "2")), 404, "indicator-not-found");
        assertRefused(coordinator.post("/api/v1/conventions/" + id + "/actions/zz-99/indicators/x/measures",
                measure(2024, "2")), 404, "action-not-found");
        TestClient.Answer malformed = coordinator.post(network + "/reseau-reunions/measures",
                "{\"value\":3,\"source\":\"CR\"}");
        assertRefused(malformed, 400, "invalid-input");
        assertThat(malformed.body()).contains("\"year\"");
        assertRefused(TestClient.on(port).as(TestAccounts.READER).post(network + "/reseau-reunions/measures",
                measure(2024, "2")), 403, null);

        api.command(network + "/reseau-reunions/measures/2023/corrections", """
                {"value":2,"source":"Comptes rendus du réseau","reason":"Une réunion comptée deux fois"}""");
        JsonNode measure = api.view(network + "?year=2023").path("indicators").get(0).path("measures").get(0);
        assertThat(measure.path("recordedValue").decimalValue()).isEqualByComparingTo("3");
        assertThat(measure.path("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(measure.path("corrections").get(0).path("reason").asText())
                .isEqualTo("Une réunion comptée deux fois");
        assertThat(measure.path("corrections").get(0).path("correctedBy").asText())
                .isEqualTo(TestAccounts.COORDINATOR);
        assertThat(api.view(network + "?year=2023").path("indicators").get(0).path("assessment").path("progress")
                .decimalValue()).isEqualByComparingTo("0.5");
        assertThat(api.get("/api/v1/conventions/" + id + "/actions/zz-99/indicators").status()).isEqualTo(404);
    }

    private static String measure(int year, String value) {
        return "{\"year\":" + year + ",\"value\":" + value + ",\"source\":\"Comptes rendus du réseau\"}";
    }

    private static void assertRefused(TestClient.Answer answer, int status, String rule) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        if (rule != null) {
            assertThat(Api.read(answer.body()).path("rule").asText()).isEqualTo(rule);
        }
    }
}
