package fr.ctg.command.convention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.UpdateActionStatus;
import fr.ctg.platform.eventstore.EventJson;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.ctg.command.convention.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot must give back the very convention it was taken from, or a command would decide on other facts. */
class SnapshotRoundTripTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 1);

    @Test
    void aSnapshotRestoresEveryFieldOfAConventionInTheMiddleOfItsRoute() {
        AggregateTestFixture<Convention> fixture = Fixtures.fixture();
        List<Object> history = new ArrayList<>(List.of(defined()));
        history.addAll(List.of(riveDeGierExecutory()));
        history.add(presented(SAINT_CHAMOND));
        history.add(rejected(SAINT_CHAMOND));
        history.add(presented(L_HORME));
        history.add(new ActionStatusUpdated(ID, "pe-01", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ON,
                "Réseau lancé", null));

        fixture.given(history)
                .when(new UpdateActionStatus(ID, "pe-01", ActionStatus.DONE, ON.plusMonths(1), "Terminé", null, null))
                .expectSuccessfulHandlerExecution()
                .expectState(convention -> {
                    ObjectMapper mapper = EventJson.snapshotMapper();
                    String json = write(mapper, convention);
                    assertThat(json).contains("Rive-de-Gier", RIVE_DE_GIER_ACTES, "DONE");
                    assertThat(read(mapper, json)).usingRecursiveComparison().isEqualTo(convention);
                });
    }

    private static String write(ObjectMapper mapper, Convention convention) {
        try {
            return mapper.writeValueAsString(convention);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static Convention read(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, Convention.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
