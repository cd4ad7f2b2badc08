package fr.ctg.query.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rebuild as a whole, as {@code GET /api/v1/admin/rebuild} answers it: its own start and finish. */
class RebuildProgressTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aRebuildUnderWayHasAStartButNoFinish() {
        RebuildProgress progress = RebuildProgress.of(List.of(
                done("overview", T0, T0.plusSeconds(4)),
                new ProcessorRebuild("communes", false, 40, 100, 20.0, T0, null)));

        assertThat(progress.running()).isTrue();
        assertThat(progress.startedAt()).isEqualTo(T0);
        assertThat(progress.finishedAt()).isNull();
        assertThat(progress.eventsDone()).isEqualTo(40);
    }

    @Test
    void aFinishedRebuildFinishedWhenItsLastProcessorDid() throws Exception {
        RebuildProgress progress = RebuildProgress.of(List.of(
                done("overview", T0, T0.plusSeconds(4)), done("communes", T0, T0.plusSeconds(9))));

        JsonNode json = JSON.readTree(JSON.writeValueAsString(progress));
        assertThat(json.path("running").asBoolean()).isFalse();
        assertThat(Instant.parse(json.path("startedAt").asText())).isEqualTo(T0);
        assertThat(Instant.parse(json.path("finishedAt").asText())).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void aLaterRebuildOfOneViewIsTheLastRebuild() {
        Instant later = T0.plusSeconds(3600);
        RebuildProgress progress = RebuildProgress.of(List.of(
                done("overview", T0, T0.plusSeconds(4)), done("communes", later, later.plusSeconds(2))));

        assertThat(progress.startedAt()).isEqualTo(later);
        assertThat(progress.finishedAt()).isEqualTo(later.plusSeconds(2));
    }

    @Test
    void noRebuildYetHasNoDates() {
        RebuildProgress progress = RebuildProgress.of(List.of());

        assertThat(progress.running()).isFalse();
        assertThat(progress.startedAt()).isNull();
        assertThat(progress.finishedAt()).isNull();
    }

    private static ProcessorRebuild done(String processor, Instant started, Instant finished) {
        return new ProcessorRebuild(processor, true, 100, 100, 25.0, started, finished);
    }
}
