package fr.ctg.command.convention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.UpdateActionStatus;
import fr.ctg.actionplan.committee.AnnualReportValidated;
import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.MeetingRecorded;
import fr.ctg.actionplan.indicator.IndicatorDefined;
import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.IndicatorDirection;
import fr.ctg.actionplan.indicator.IndicatorMeasureRecorded;
import fr.ctg.actionplan.indicator.IndicatorScope;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.RecordIndicatorMeasure;
import fr.ctg.actionplan.indicator.YearValue;
import fr.ctg.platform.eventstore.EventJson;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
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
        history.add(new MeetingRecorded(ID, "copil-2024", MeetingKind.COPIL, ON, "Rive-de-Gier",
                List.of(new Attendee("Caf de la Loire", "Copilote", null)), List.of("Bilan")));
        history.add(new AnnualReportValidated(ID, "copil-2024", 2023));

        fixture.given(history)
                .when(new UpdateActionStatus(ID, "pe-01", ActionStatus.DONE, ON.plusMonths(1), "Terminé", null, null))
                .expectSuccessfulHandlerExecution()
                .expectState(convention -> {
                    ObjectMapper mapper = EventJson.snapshotMapper();
                    String json = write(mapper, convention);
                    assertThat(json).contains("Rive-de-Gier", RIVE_DE_GIER_ACTES, "DONE", "copil-2024", "2023");
                    assertThat(read(mapper, json)).usingRecursiveComparison().isEqualTo(convention);
                });
    }

    @Test
    void aSnapshotRestoresTheIndicatorsAndTheirMeasures() {
        AggregateTestFixture<Convention> fixture = new AggregateTestFixture<>(Convention.class);
        fixture.registerInjectableResource(REFERENCE);
        IndicatorDefinition meetings = new IndicatorDefinition("reunions", "Réunions du réseau par an",
                IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, new YearValue(BigDecimal.ZERO, 2022),
                new YearValue(new BigDecimal("4"), 2027), IndicatorScope.perimeter("P1"));
        Instant at = Instant.parse("2025-01-20T10:00:00Z");
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", meetings),
                        new IndicatorMeasureRecorded(ID, "pe-01", "reunions", 2023, IndicatorScope.commune(L_HORME),
                                new BigDecimal("3"), "Comptes rendus", null, "coordinatrice", at))
                .when(new RecordIndicatorMeasure(ID, "pe-01", "reunions", 2024, null, new BigDecimal("4"),
                        "Comptes rendus", "Objectif atteint", "coordinatrice", at, null))
                .expectSuccessfulHandlerExecution()
                .expectState(convention -> {
                    ObjectMapper mapper = EventJson.snapshotMapper();
                    String json = write(mapper, convention);
                    assertThat(json).contains("Réunions du réseau par an", "Objectif atteint", L_HORME);
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
