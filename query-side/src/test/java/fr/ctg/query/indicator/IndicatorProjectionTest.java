package fr.ctg.query.indicator;

import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.indicator.IndicatorDefined;
import fr.ctg.actionplan.indicator.IndicatorScope;
import fr.ctg.actionplan.indicator.query.FindActionIndicators;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.FindIndicatorsOfConventions;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.indicator.query.IndicatorView;
import fr.ctg.actionplan.indicator.query.MeasureCorrection;
import fr.ctg.actionplan.indicator.query.MeasureView;
import fr.ctg.query.support.History;
import fr.ctg.query.support.Idempotence;
import fr.ctg.query.support.ReadModelDatabase;
import fr.ctg.query.support.TestIndicators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.action;
import static fr.ctg.query.support.TestConvention.defined;
import static fr.ctg.query.support.TestIndicators.AT;
import static fr.ctg.query.support.TestIndicators.MEETINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IndicatorProjectionTest {

    private static final String ID = "ctg-test";

    private final IndicatorProjection projection = new IndicatorProjection(ReadModelDatabase.jdbc());

    @BeforeEach
    void clear() {
        ReadModelDatabase.clear(projection.tables());
    }

    /** The test indicators, and one more on a5, an action added after the definition, so that plan order shows. */
    private History history() {
        History history = new History().add(defined(ID));
        TestIndicators.events(ID).forEach(history::add);
        return history
                .add(new ActionAdded(ID, action("a5", "EJ", ActionLevel.COMMUNAL, 2023, 2023, List.of(), List.of(A))))
                .add(new IndicatorDefined(ID, "a5", MEETINGS));
    }

    @Test
    void showsAnActionsIndicatorsWithEveryMeasureAndItsProgress() {
        history().deliverTo(projection);

        IndicatorList list = projection.handle(new FindActionIndicators(ID, "a1", 2024));

        assertThat(list.indicators()).hasSize(1);
        IndicatorView meetings = list.indicators().get(0);
        assertThat(meetings.label()).isEqualTo("Réunions par an");
        assertThat(meetings.baseline()).isEqualTo(MEETINGS.baseline());
        assertThat(meetings.target()).isEqualTo(MEETINGS.target());
        assertThat(meetings.measures()).extracting(MeasureView::year, MeasureView::scope, MeasureView::value)
                .containsExactly(tuple(2023, null, new BigDecimal("3")),
                        tuple(2024, IndicatorScope.commune(A), BigDecimal.ONE));
        assertThat(meetings.measures().get(0).recordedBy()).isEqualTo("coordinatrice");
        assertThat(meetings.measures().get(0).recordedAt()).isEqualTo(AT);
        // Judged on 2023, the last whole-scope measure: 3 of 4, above the path's 0.8 for 2023.
        assertThat(meetings.assessment().year()).isEqualTo(2023);
        assertThat(meetings.assessment().progress()).isEqualByComparingTo("0.75");
        assertThat(meetings.assessment().onTrack()).isTrue();
        assertThat(meetings.measuredThisYear()).isFalse();
        assertThat(projection.handle(new FindActionIndicators(ID, "a1", 2023)).indicators().get(0)
                .measuredThisYear()).isTrue();
    }

    @Test
    void aCorrectedMeasureShowsItsCorrectionAndCountsWithTheCorrectedValue() {
        history().deliverTo(projection);

        IndicatorView waiting = projection.handle(new FindActionIndicators(ID, "a2", 2025)).indicators().get(0);

        MeasureView measure = waiting.measures().get(0);
        assertThat(measure.recordedValue()).isEqualByComparingTo("12");
        assertThat(measure.value()).isEqualByComparingTo("7");
        assertThat(measure.note()).isEqualTo("doublons retirés");
        assertThat(measure.corrections()).containsExactly(new MeasureCorrection(new BigDecimal("12"),
                new BigDecimal("7"), "Liste d'attente", "doublons retirés", "Cinq doublons", "admin",
                AT.plusSeconds(60)));
        // From 10 down to 5: 7 is 60% of the way, and on the path's 7 for 2025.
        assertThat(waiting.assessment().progress()).isEqualByComparingTo("0.6");
        assertThat(waiting.assessment().onTrack()).isTrue();
        assertThat(waiting.unitLabel()).isEqualTo("familles");
        assertThat(waiting.scope()).isEqualTo(IndicatorScope.perimeter("P1"));
    }

    @Test
    void listsAConventionsIndicatorsInPlanOrder() {
        history().deliverTo(projection);

        IndicatorList list = projection.handle(new FindConventionIndicators(ID, 2025));

        assertThat(list.indicators()).extracting(v -> v.actionId() + "/" + v.indicatorId())
                .containsExactly("a1/meetings", "a2/waiting", "a5/meetings");
        assertThat(list.indicators().get(2).assessment()).isNull();
        assertThat(projection.handle(new FindActionIndicators(ID, "a3", 2025)).indicators()).isEmpty();
    }

    @Test
    void theIndicatorsOfSeveralConventionsComeInOneReadEachWithOnlyItsOwnMeasures() {
        String other = "ctg-other";
        History both = history().add(defined(other));
        TestIndicators.events(other).forEach(both::add);
        both.deliverTo(projection);

        var byConvention = projection.handle(new FindIndicatorsOfConventions(List.of(ID, other, "unknown"), 2025))
                .byConvention();

        assertThat(byConvention).containsOnlyKeys(ID, other);
        assertThat(byConvention.get(ID)).as("as the convention's own list, measures not doubled by the other's")
                .isEqualTo(projection.handle(new FindConventionIndicators(ID, 2025)).indicators());
        assertThat(byConvention.get(other))
                .isEqualTo(projection.handle(new FindConventionIndicators(other, 2025)).indicators());
        assertThat(byConvention.get(other)).hasSize(byConvention.get(ID).size() - 1);
    }

    @Test
    void anUnknownConventionOrActionHasNoView() {
        history().deliverTo(projection);

        assertThat(projection.handle(new FindConventionIndicators("unknown", 2025))).isNull();
        assertThat(projection.handle(new FindActionIndicators(ID, "zz-9", 2025))).isNull();
        assertThat(projection.handle(new FindActionIndicators("unknown", "a1", 2025))).isNull();
    }

    @Test
    void deliveringTheSameEventsTwiceChangesNothing() {
        Idempotence.assertRedeliveryChangesNothing(projection, history().events());
    }

    @Test
    void aBatchLeavesTheTablesAsWhenHandledOneByOne() {
        Idempotence.assertOneBatchEndsAsOneByOne(projection, history().events());
    }
}
