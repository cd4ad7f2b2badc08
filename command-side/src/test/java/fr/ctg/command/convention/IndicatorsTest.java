package fr.ctg.command.convention;

import fr.ctg.actionplan.indicator.CorrectIndicatorMeasure;
import fr.ctg.actionplan.indicator.DefineIndicator;
import fr.ctg.actionplan.indicator.IndicatorDefined;
import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.IndicatorDirection;
import fr.ctg.actionplan.indicator.IndicatorMeasureCorrected;
import fr.ctg.actionplan.indicator.IndicatorMeasureRecorded;
import fr.ctg.actionplan.indicator.IndicatorScope;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.RecordIndicatorMeasure;
import fr.ctg.actionplan.indicator.YearValue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static fr.ctg.command.convention.Fixtures.*;

class IndicatorsTest {

    private static final Instant AT = Instant.parse("2025-01-20T10:00:00Z");
    private static final String WHO = "coordinatrice";
    private static final IndicatorDefinition MEETINGS = meetings(IndicatorDirection.INCREASE, "0", 2022, "4", 2027);
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Convention.class);
        fixture.registerInjectableResource(REFERENCE);
    }

    private static IndicatorDefinition meetings(IndicatorDirection direction, String baseline, int baselineYear,
                                                String target, int targetYear) {
        return indicator(IndicatorUnit.COUNT, null, direction, baseline, baselineYear, target, targetYear, null);
    }

    private static IndicatorDefinition indicator(IndicatorUnit unit, String unitLabel, IndicatorDirection direction,
                                                 String baseline, int baselineYear, String target, int targetYear,
                                                 IndicatorScope scope) {
        return new IndicatorDefinition("reunions", "Réunions du réseau par an", unit, unitLabel, direction,
                new YearValue(new BigDecimal(baseline), baselineYear), new YearValue(new BigDecimal(target), targetYear),
                scope);
    }

    private static DefineIndicator define(IndicatorDefinition indicator) {
        return new DefineIndicator(ID, "pe-01", indicator, null);
    }

    private static RecordIndicatorMeasure record(int year, IndicatorScope scope, String value) {
        return new RecordIndicatorMeasure(ID, "pe-01", "reunions", year, scope, new BigDecimal(value),
                "Comptes rendus du réseau", null, WHO, AT, null);
    }

    private static IndicatorMeasureRecorded recorded(int year, String value) {
        return new IndicatorMeasureRecorded(ID, "pe-01", "reunions", year, null, new BigDecimal(value),
                "Comptes rendus du réseau", null, WHO, AT);
    }

    private static CorrectIndicatorMeasure correct(int year, String value, String reason) {
        return new CorrectIndicatorMeasure(ID, "pe-01", "reunions", year, null, new BigDecimal(value),
                "Comptes rendus du réseau", null, reason, "admin", AT.plusSeconds(60), null);
    }

    private void refusesDefinition(IndicatorDefinition indicator, String rule) {
        fixture.given(defined()).when(define(indicator)).expectException(violates(rule));
    }

    private void acceptsDefinition(IndicatorDefinition indicator) {
        fixture.given(defined()).when(define(indicator)).expectEvents(new IndicatorDefined(ID, "pe-01", indicator));
    }

    /** The command refused on the convention whose pe-01 has the meetings indicator, not yet measured. */
    private void refusesOnMeetings(Object command, String rule) {
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", MEETINGS)).when(command)
                .expectException(violates(rule));
    }

    @Test
    void definesAnIndicatorOnAnAction() {
        acceptsDefinition(MEETINGS);
    }

    @Test
    void anIndicatorOnAnUnknownActionIsNotFound() {
        fixture.given(defined()).when(new DefineIndicator(ID, "zz-99", MEETINGS, null))
                .expectException(violates("action-not-found"));
    }

    @Test
    void anActionCannotHaveTwoIndicatorsOfTheSameId() {
        refusesOnMeetings(define(MEETINGS), "indicator-already-exists");
    }

    @Test
    void anIndicatorIdHasTheShapeOfACode() {
        refusesDefinition(new IndicatorDefinition("réunions du réseau", "Réunions", IndicatorUnit.COUNT, null,
                IndicatorDirection.INCREASE, MEETINGS.baseline(), MEETINGS.target(), null), "indicator-id-invalid");
    }

    @Test
    void anIndicatorNeedsALabelUnitDirectionBaselineAndTarget() {
        refusesDefinition(new IndicatorDefinition("reunions", " ", IndicatorUnit.COUNT, null,
                IndicatorDirection.INCREASE, MEETINGS.baseline(), MEETINGS.target(), null), "indicator-label-required");
        refusesDefinition(new IndicatorDefinition("reunions", "Réunions", null, null,
                IndicatorDirection.INCREASE, MEETINGS.baseline(), MEETINGS.target(), null), "indicator-unit-required");
        refusesDefinition(new IndicatorDefinition("reunions", "Réunions", IndicatorUnit.COUNT, null,
                null, MEETINGS.baseline(), MEETINGS.target(), null), "indicator-direction-required");
        refusesDefinition(new IndicatorDefinition("reunions", "Réunions", IndicatorUnit.COUNT, null,
                IndicatorDirection.INCREASE, null, MEETINGS.target(), null), "indicator-baseline-required");
        refusesDefinition(new IndicatorDefinition("reunions", "Réunions", IndicatorUnit.COUNT, null,
                IndicatorDirection.INCREASE, MEETINGS.baseline(), null, null), "indicator-target-required");
    }

    @Test
    void aFreeUnitNamesItselfAndOnlyAFreeUnitDoes() {
        refusesDefinition(indicator(IndicatorUnit.FREE, null, IndicatorDirection.INCREASE, "0", 2022, "24", 2026,
                null), "indicator-unit-label-required");
        refusesDefinition(indicator(IndicatorUnit.EUROS, "k€", IndicatorDirection.INCREASE, "0", 2022, "24", 2026,
                null), "indicator-unit-label-unexpected");
        IndicatorDefinition places = indicator(IndicatorUnit.FREE, "places", IndicatorDirection.INCREASE, "0", 2022,
                "24", 2026, null);
        acceptsDefinition(places);
    }

    @Test
    void theTargetYearLiesWithinTheConventionPeriodWhileTheBaselineMayPrecedeIt() {
        refusesDefinition(meetings(IndicatorDirection.INCREASE, "0", 2022, "4", 2028),
                "indicator-target-year-outside-period");
        refusesDefinition(meetings(IndicatorDirection.INCREASE, "0", 2022, "4", 2022),
                "indicator-target-year-outside-period");
        IndicatorDefinition early = meetings(IndicatorDirection.INCREASE, "0", 2019, "4", 2023);
        acceptsDefinition(early);
    }

    @Test
    void theBaselineComesNoLaterThanTheTarget() {
        refusesDefinition(meetings(IndicatorDirection.INCREASE, "0", 2026, "4", 2024),
                "indicator-baseline-after-target");
    }

    @Test
    void anIncreaseAimsAboveItsBaselineAndADecreaseBelowIt() {
        refusesDefinition(meetings(IndicatorDirection.INCREASE, "4", 2022, "4", 2027),
                "indicator-target-not-above-baseline");
        refusesDefinition(meetings(IndicatorDirection.DECREASE, "4", 2022, "6", 2027),
                "indicator-target-not-below-baseline");
        IndicatorDefinition hold = meetings(IndicatorDirection.REACH, "4", 2022, "4", 2027);
        acceptsDefinition(hold);
    }

    @Test
    void valuesAreNeverNegativeNorAboveTheMaximum() {
        refusesDefinition(meetings(IndicatorDirection.DECREASE, "4", 2022, "-1", 2027), "indicator-value-negative");
        refusesDefinition(indicator(IndicatorUnit.EUROS, null, IndicatorDirection.INCREASE, "0", 2022,
                "1000000000000.01", 2027, null), "indicator-value-too-large");
        refusesDefinition(indicator(IndicatorUnit.EUROS, null, IndicatorDirection.INCREASE, "0", 2022,
                "10.12345", 2027, null), "indicator-value-too-precise");
    }

    @Test
    void aPercentageIsAtMostAHundredAndACountIsWhole() {
        refusesDefinition(indicator(IndicatorUnit.PERCENT, null, IndicatorDirection.INCREASE, "50", 2022, "101", 2027,
                null), "indicator-percent-above-100");
        refusesDefinition(meetings(IndicatorDirection.INCREASE, "0", 2022, "4.5", 2027), "indicator-count-not-whole");
        IndicatorDefinition hours = indicator(IndicatorUnit.HOURS, null, IndicatorDirection.INCREASE, "0", 2022,
                "4.5", 2027, null);
        acceptsDefinition(hours);
    }

    @Test
    void anIndicatorScopeNamesAPerimeterOrACommuneOfTheAction() {
        refusesDefinition(indicator(IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, "0", 2022, "4", 2027,
                new IndicatorScope("P1", RIVE_DE_GIER)), "indicator-scope-invalid");
        refusesDefinition(indicator(IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, "0", 2022, "4", 2027,
                IndicatorScope.perimeter("P9")), "indicator-scope-unknown");
        refusesDefinition(indicator(IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, "0", 2022, "4", 2027,
                IndicatorScope.commune("75056")), "indicator-scope-unknown");
        IndicatorDefinition inRiveDeGier = indicator(IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, "0",
                2022, "4", 2027, IndicatorScope.commune(RIVE_DE_GIER));
        acceptsDefinition(inRiveDeGier);
    }

    @Test
    void recordsAYearlyMeasureWithWhoAndWhen() {
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", MEETINGS)).when(record(2023, null, "3"))
                .expectEvents(recorded(2023, "3"));
    }

    @Test
    void aMeasureOfAnUnknownIndicatorOrActionIsNotFound() {
        fixture.given(defined()).when(record(2023, null, "3")).expectException(violates("indicator-not-found"));
        refusesOnMeetings(new RecordIndicatorMeasure(ID, "zz-99", "reunions", 2023, null, BigDecimal.ONE, "Bilan",
                null, WHO, AT, null), "action-not-found");
    }

    @Test
    void noMeasureOutsideTheConventionPeriodEvenInTheBaselineYear() {
        refusesOnMeetings(record(2022, null, "1"), "measure-year-outside-period");
        refusesOnMeetings(record(2028, null, "1"), "measure-year-outside-period");
    }

    @Test
    void aSecondMeasureOfTheSameYearAndScopeIsRefused() {
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", MEETINGS), recorded(2023, "3"))
                .when(record(2023, null, "2")).expectException(violates("measure-already-recorded"));
    }

    @Test
    void theSameYearMayBeMeasuredOncePerCommuneOfTheScope() {
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", MEETINGS), recorded(2023, "3"))
                .when(record(2023, IndicatorScope.commune(RIVE_DE_GIER), "1"))
                .expectEvents(new IndicatorMeasureRecorded(ID, "pe-01", "reunions", 2023,
                        IndicatorScope.commune(RIVE_DE_GIER), BigDecimal.ONE, "Comptes rendus du réseau", null, WHO,
                        AT));
    }

    @Test
    void aMeasureNamingTheIndicatorsOwnScopeIsAWholeScopeMeasure() {
        IndicatorDefinition inP1 = indicator(IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, "0", 2022, "4",
                2027, IndicatorScope.perimeter("P1"));
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", inP1))
                .when(record(2023, IndicatorScope.perimeter("P1"), "3")).expectEvents(recorded(2023, "3"));
    }

    @Test
    void aMeasureScopeLiesWithinTheIndicatorsScope() {
        IndicatorDefinition inP1 = indicator(IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, "0", 2022, "4",
                2027, IndicatorScope.perimeter("P1"));
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", inP1))
                .when(record(2023, IndicatorScope.commune(RIVE_DE_GIER), "1"))
                .expectException(violates("measure-scope-outside-indicator"));
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", inP1))
                .when(record(2023, IndicatorScope.perimeter("P7"), "1"))
                .expectException(violates("measure-scope-unknown"));
    }

    @Test
    void aMeasureKeepsTheBoundsOfItsUnit() {
        refusesOnMeetings(record(2023, null, "2.5"), "indicator-count-not-whole");
        refusesOnMeetings(record(2023, null, "-1"), "indicator-value-negative");
    }

    @Test
    void aMeasureNamesItsSourceAndItsAuthor() {
        refusesOnMeetings(new RecordIndicatorMeasure(ID, "pe-01", "reunions", 2023, null, BigDecimal.ONE, " ", null,
                WHO, AT, null), "measure-source-required");
        refusesOnMeetings(new RecordIndicatorMeasure(ID, "pe-01", "reunions", 2023, null, BigDecimal.ONE, "Bilan", null,
                WHO, null, null), "measure-author-required");
    }

    @Test
    void aCorrectionKeepsTheRecordedValueAndStatesItsReason() {
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", MEETINGS), recorded(2023, "3"))
                .when(correct(2023, "2", "Une réunion comptée deux fois"))
                .expectEvents(new IndicatorMeasureCorrected(ID, "pe-01", "reunions", 2023, null, new BigDecimal("3"),
                        new BigDecimal("2"), "Comptes rendus du réseau", null, "Une réunion comptée deux fois", "admin",
                        AT.plusSeconds(60)));
    }

    @Test
    void aSecondCorrectionReplacesTheCorrectedValue() {
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", MEETINGS), recorded(2023, "3"),
                        new IndicatorMeasureCorrected(ID, "pe-01", "reunions", 2023, null, new BigDecimal("3"),
                                new BigDecimal("2"), "Comptes rendus du réseau", null, "Doublon", "admin", AT))
                .when(correct(2023, "1", "Encore un doublon"))
                .expectEvents(new IndicatorMeasureCorrected(ID, "pe-01", "reunions", 2023, null, new BigDecimal("2"),
                        new BigDecimal("1"), "Comptes rendus du réseau", null, "Encore un doublon", "admin",
                        AT.plusSeconds(60)));
    }

    @Test
    void aCorrectionNeedsAMeasureAReasonAndAChange() {
        refusesOnMeetings(correct(2023, "2", "Doublon"), "measure-correction-without-measure");
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", MEETINGS), recorded(2023, "3"))
                .when(correct(2023, "2", " ")).expectException(violates("measure-correction-reason-required"));
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", MEETINGS), recorded(2023, "3"))
                .when(correct(2023, "3.0", "Rien")).expectException(violates("measure-correction-changes-nothing"));
    }

    @Test
    void aCorrectionKeepsTheBoundsOfItsUnit() {
        fixture.given(defined(), new IndicatorDefined(ID, "pe-01", MEETINGS), recorded(2023, "3"))
                .when(correct(2023, "2.5", "Demi-réunion")).expectException(violates("indicator-count-not-whole"));
    }
}
