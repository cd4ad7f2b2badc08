package fr.ctg.dashboard;

import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a few commands, accepted and refused, the Prometheus scrape shows them by type and outcome, the events they
 * appended by type, latency histograms, the processors' lag and the rebuild gauges; liveness and readiness answer publicly.
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class PrometheusMetricsTest {

    private static final String C = "/api/v1/conventions/ctg-metrics/communes/42186";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void commandsEventsLagAndRebuildAreScraped() throws Exception {
        Api api = new Api(context, port);
        api.defineSample("ctg-metrics");
        TestClient.Answer refused = api.send(C + "/votes", """
                {"sessionDate":"2023-09-06","present":28,"votesFor":25,"votesAgainst":2,"abstentions":1,"notTakingPart":0,
                 "ballot":"PUBLIC","deliberationNumber":"DEL_2023_064"}""", TestAccounts.COORDINATOR);
        assertThat(refused.status()).isEqualTo(409);
        api.command(C + "/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        api.command(C + "/votes", """
                {"sessionDate":"2023-09-06","present":28,"votesFor":25,"votesAgainst":2,"abstentions":1,"notTakingPart":0,
                 "ballot":"PUBLIC","deliberationNumber":"DEL_2023_064"}""");
        api.view("/api/v1/conventions/ctg-metrics/perimeters");
        api.view("/api/v1/conventions/ctg-metrics/communes");
        api.view("/api/v1/conventions/ctg-metrics");
        api.view("/api/v1/conventions/ctg-metrics/action-progress");
        long head = api.lastPosition();

        String scrape = api.get("/actuator/prometheus", TestAccounts.ADMIN).body();

        assertThat(value(scrape, "ctg_commands_seconds_count", "exception=\"none\",outcome=\"success\",type=\"DefineConvention\""))
                .isEqualTo(1);
        assertThat(value(scrape, "ctg_commands_seconds_count", "exception=\"none\",outcome=\"success\",type=\"PresentToMunicipalCouncil\""))
                .isEqualTo(1);
        assertThat(value(scrape, "ctg_commands_seconds_count", "exception=\"none\",outcome=\"success\",type=\"RecordCouncilVote\""))
                .isEqualTo(1);
        assertThat(value(scrape, "ctg_commands_seconds_count", "exception=\"RuleViolation\",outcome=\"failure\",type=\"RecordCouncilVote\""))
                .isEqualTo(1);
        assertThat(value(scrape, "ctg_commands_seconds_sum", "exception=\"none\",outcome=\"success\",type=\"RecordCouncilVote\""))
                .isPositive();
        // Histograms: Prometheus gets the buckets a p99 is computed from (histogram_quantile), the last one holding
        // every command of its series.
        assertThat(bucket(scrape, "ctg_commands_seconds_bucket", "le=\"+Inf\"", "outcome=\"success\"",
                "type=\"RecordCouncilVote\"")).isEqualTo(1);
        assertThat(scrape).containsPattern("(?m)^ctg_commands_seconds_bucket\\{.*le=\"0\\.0\\d+\"");
        assertThat(scrape).containsPattern("(?m)^http_server_requests_seconds_bucket\\{");
        assertThat(value(scrape, "ctg_events_appended_total", "type=\"ConventionDefined\"")).isEqualTo(1);
        assertThat(value(scrape, "ctg_events_appended_total", "type=\"PresentedToMunicipalCouncil\"")).isEqualTo(1);
        assertThat(value(scrape, "ctg_events_appended_total", "type=\"CouncilVoteRecorded\"")).isEqualTo(1);
        assertThat(value(scrape, "ctg_eventstore_head", "")).isEqualTo(head);
        for (String processor : new String[]{"commune-approval", "perimeter-approval", "convention-overview",
                "action-progress"}) {
            assertThat(value(scrape, "ctg_projection_lag", "processor=\"" + processor + "\"")).isZero();
            assertThat(scrape).contains("ctg_rebuild_progress{processor=\"" + processor + "\"}");
            // Axon's per-event processor monitors are off by default (AxonMonitors): they cost a fifth of a rebuild.
            assertThat(scrape).doesNotContainPattern("(?m)^" + processor.replace('-', '_') + "_\\w+");
        }
        assertThat(scrape).containsPattern("(?m)^commandBus_\\w+");
        // Spring Security's per-filter observations are off (they cost more than a read's own query); every request
        // is still timed.
        assertThat(scrape).doesNotContainPattern("(?m)^spring_security_\\w+");
        assertThat(scrape).containsPattern("(?m)^http_server_requests_seconds_count\\{");

        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        TestClient.Answer readiness = api.get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    /** The value of the one series of {@code metric} that has all these labels, whatever the labels' order. */
    private static double bucket(String scrape, String metric, String... labels) {
        java.util.List<String> lines = scrape.lines()
                .filter(line -> line.startsWith(metric + "{"))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .toList();
        assertThat(lines).as("%s with %s in the scrape", metric, String.join(",", labels)).hasSize(1);
        return Double.parseDouble(lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1));
    }

    /** The sample's value of a metric with exactly these labels (sorted by name, as Prometheus writes them). */
    private static double value(String scrape, String metric, String labels) {
        String series = labels.isEmpty() ? Pattern.quote(metric) : Pattern.quote(metric + "{" + labels) + ",?\\}";
        Matcher matcher = Pattern.compile("(?m)^" + series + "\\s+(\\S+)").matcher(scrape);
        assertThat(matcher.find()).as("%s{%s} in the scrape", metric, labels).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
