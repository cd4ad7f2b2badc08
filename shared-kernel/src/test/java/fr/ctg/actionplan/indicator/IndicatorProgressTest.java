package fr.ctg.actionplan.indicator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorProgressTest {

    private static IndicatorDefinition indicator(IndicatorDirection direction, String baseline, String target) {
        return new IndicatorDefinition("i-1", "Réunions du réseau par an", IndicatorUnit.COUNT, null, direction,
                new YearValue(new BigDecimal(baseline), 2022), new YearValue(new BigDecimal(target), 2027), null);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void anIncreaseProgressesByTheShareOfTheWayFromBaselineToTarget() {
        IndicatorAssessment assessment = indicator(IndicatorDirection.INCREASE, "0", "4").assess(2023, d("3"));
        assertThat(assessment.progress()).isEqualByComparingTo("0.75");
        assertThat(assessment.reached()).isFalse();
    }

    @Test
    void anIncreaseIsReachedAtOrAboveTheTargetAndItsProgressStopsAtOne() {
        IndicatorAssessment assessment = indicator(IndicatorDirection.INCREASE, "0", "4").assess(2024, d("5"));
        assertThat(assessment.progress()).isEqualByComparingTo("1");
        assertThat(assessment.reached()).isTrue();
    }

    @Test
    void anIncreaseBelowItsBaselineHasNoProgress() {
        assertThat(indicator(IndicatorDirection.INCREASE, "2", "4").assess(2024, d("1")).progress())
                .isEqualByComparingTo("0");
    }

    @Test
    void aDecreaseProgressesAsTheValueFallsTowardsTheTarget() {
        IndicatorAssessment assessment = indicator(IndicatorDirection.DECREASE, "40", "20").assess(2024, d("35"));
        assertThat(assessment.progress()).isEqualByComparingTo("0.25");
        assertThat(assessment.reached()).isFalse();
        assertThat(indicator(IndicatorDirection.DECREASE, "40", "20").assess(2027, d("18")).reached()).isTrue();
    }

    @Test
    void aReachIsDoneOnlyWhenTheValueEqualsTheTarget() {
        IndicatorDefinition reach = indicator(IndicatorDirection.REACH, "0", "4");
        assertThat(reach.assess(2024, d("4.00")).progress()).isEqualByComparingTo("1");
        assertThat(reach.assess(2024, d("4.00")).onTrack()).isTrue();
        assertThat(reach.assess(2024, d("5")).reached()).isFalse();
        assertThat(reach.assess(2024, d("3")).progress()).isEqualByComparingTo("0");
        assertThat(reach.assess(2024, d("3")).onTrack()).isFalse();
    }

    @Test
    void theExpectedPathIsLinearFromBaselineYearToTargetYear() {
        IndicatorDefinition increase = indicator(IndicatorDirection.INCREASE, "0", "4");
        assertThat(increase.expectedIn(2020)).isEqualByComparingTo("0");
        assertThat(increase.expectedIn(2023)).isEqualByComparingTo("0.8");
        assertThat(increase.expectedIn(2024)).isEqualByComparingTo("1.6");
        assertThat(increase.expectedIn(2030)).isEqualByComparingTo("4");
    }

    @Test
    void anIncreaseIsOnTrackAtOrAboveItsPath() {
        IndicatorDefinition increase = indicator(IndicatorDirection.INCREASE, "0", "4");
        assertThat(increase.assess(2024, d("1.6")).onTrack()).isTrue();
        assertThat(increase.assess(2024, d("1.5")).onTrack()).isFalse();
    }

    @Test
    void aDecreaseIsOnTrackAtOrBelowItsPath() {
        IndicatorDefinition decrease = indicator(IndicatorDirection.DECREASE, "40", "20");
        assertThat(decrease.assess(2024, d("32")).onTrack()).isTrue();
        assertThat(decrease.assess(2024, d("33")).onTrack()).isFalse();
    }

    @Test
    void aTargetAlreadyAtTheBaselineIsReachedOnlyByHoldingIt() {
        IndicatorDefinition flat = indicator(IndicatorDirection.INCREASE, "4", "4");
        assertThat(flat.assess(2024, d("4")).reached()).isTrue();
        assertThat(flat.assess(2024, d("3")).progress()).isEqualByComparingTo("0");
    }
}
