package fr.ctg.app.report;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.convention.Period;
import fr.ctg.convention.query.ConventionStage;
import fr.ctg.route.Signatory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual report ("bilan") of a convention for one year, as it stood at {@code instant}: the end of the year
 * (31 December 23:59:59 Europe/Paris) once the year is over, now before. {@code chainHead} is the hash of the
 * convention's last event at that instant, so that anyone can check later that the record it was drawn from is
 * intact ({@code POST /api/v1/audit/verify} with the head).
 */
public record AnnualReport(String conventionId, String name, String caf, Period period, int year, Instant instant,
                           boolean yearComplete, RouteSummary route, List<ThemeSection> themes,
                           List<MeetingView> committees, String validatedBy, ChainHeadSummary chainHead) {

    /** The institutional route and the signature, from the convention overview. */
    public record RouteSummary(ConventionStage stage, LocalDate firstPresentationOn, LocalDate readyToSignOn,
                               LocalDate signedOn, List<Signatory> signatories, int communes, int remainingCommunes,
                               int executoryCommunes, BigDecimal communeShareExecutory,
                               BigDecimal populationShareExecutory, int blockingCommunes) {
    }

    public record ThemeSection(String themeCode, List<ReportAction> actions) {
    }

    public record ReportAction(String actionId, String title, String stakeCode, ActionLevel level, Period period,
                               ActionStatus status, LocalDate statusOn, String reason, List<ReportIndicator> indicators) {
    }

    /**
     * {@code value} is the whole-scope measure of the report's year (null when not measured); {@code trend} compares
     * it with the latest whole-scope measure of an earlier year, or the baseline when there is none.
     */
    public record ReportIndicator(String indicatorId, String label, String unit, BigDecimal baselineValue,
                                  int baselineYear, BigDecimal targetValue, int targetYear, BigDecimal value,
                                  BigDecimal previousValue, Trend trend, Boolean onTrack) {
    }

    public enum Trend {
        RISING("en hausse"), FALLING("en baisse"), STABLE("stable"), NOT_MEASURED("non mesuré");

        private final String label;

        Trend(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record ChainHeadSummary(long sequenceNumber, long globalPosition, String timestamp, String hash) {
    }
}
