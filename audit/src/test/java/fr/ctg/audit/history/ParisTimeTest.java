package fr.ctg.audit.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.audit.store.StoredEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** History entries show Paris local time beside the UTC instant; a day in a filter is a Paris day. */
class ParisTimeTest {

    @ParameterizedTest(name = "{0} is {1} in Paris")
    @CsvSource({
            "2023-01-15T10:00:00.000Z, 2023-01-15T11:00:00+01:00", // winter: UTC+1
            "2023-09-06T12:30:00.000Z, 2023-09-06T14:30:00+02:00", // summer: UTC+2
            "2026-12-31T23:30:00.000Z, 2027-01-01T00:30:00+01:00", // already the new year in Paris
    })
    void anEventShowsItsParisLocalTimeBesideItsUtcInstant(String stored, String paris) throws IOException {
        HistoryEntry entry = HistoryEntry.of(new StoredEvent(7, "e-1", "ctg-1", 3, "Convention", stored,
                "fr.ctg.route.PresentedToMunicipalCouncil", "1", "{\"communeInseeCode\":\"42186\"}", "{}"));
        StringWriter json = new StringWriter();
        try (JsonGenerator out = new JsonFactory().createGenerator(json)) {
            entry.writeJson(out);
        }

        var written = new ObjectMapper().readTree(json.toString());
        assertThat(written.get("timestamp").asText()).isEqualTo(stored);
        assertThat(written.get("recordedAtParis").asText()).isEqualTo(paris);
        List<String> cells = entry.csvCells();
        assertThat(cells.get(HistoryEntry.CSV_COLUMNS.indexOf("timestamp"))).isEqualTo(stored);
        assertThat(cells.get(HistoryEntry.CSV_COLUMNS.indexOf("recordedAtParis"))).isEqualTo(paris);
    }

    @ParameterizedTest(name = "from={0} starts at {1}")
    @CsvSource({
            "2023-01-15, 2023-01-14T23:00:00.000Z",
            "2023-09-06, 2023-09-05T22:00:00.000Z",
            "2027-01-01, 2026-12-31T23:00:00.000Z",
    })
    void aDayInAFilterIsTheParisDayFromItsMidnight(String day, String firstInstant) {
        List<Object> arguments = new ArrayList<>();
        new HistoryFilter(day, day, null, null, null).appendTo(new StringBuilder(), arguments);

        assertThat(arguments).containsExactly(firstInstant, firstInstant);
    }
}
