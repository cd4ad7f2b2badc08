package fr.ctg.app.report;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.DecisionKind;
import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.indicator.query.IndicatorView;
import fr.ctg.actionplan.indicator.query.MeasureView;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.app.report.AnnualReport.ChainHeadSummary;
import fr.ctg.app.report.AnnualReport.ReportAction;
import fr.ctg.app.report.AnnualReport.ReportIndicator;
import fr.ctg.app.report.AnnualReport.RouteSummary;
import fr.ctg.app.report.AnnualReport.ThemeSection;
import fr.ctg.app.report.AnnualReport.Trend;
import fr.ctg.audit.asof.AsOfViews;
import fr.ctg.audit.chain.ChainHeads;
import fr.ctg.convention.Period;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.FindConventionOverview;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws the annual report of a year. Once the year is over, the report is the convention as it stood at the end of
 * the year, 31 December 23:59:59 Europe/Paris, replayed by the audit trail's as-of machinery, whatever happened
 * since; before, it is the live views now. Both read the same four views with the same queries, so a live report
 * drawn just after the year's end equals the as-of one (a test shows it).
 */
@Component
public class AnnualReports {

    private final LiveReportViews live;
    private final AsOfViews asOf;
    private final ChainHeads heads;
    private final Clock clock;

    AnnualReports(LiveReportViews live, AsOfViews asOf, ChainHeads heads, Clock clock) {
        this.live = live;
        this.asOf = asOf;
        this.heads = heads;
        this.clock = clock;
    }

    /** The convention's period, from the live overview (a period never changes); empty for an unknown convention. */
    public Optional<Period> periodOf(String conventionId) {
        return Optional.ofNullable(live.overview(new FindConventionOverview(conventionId)))
                .map(ConventionOverviewView::period);
    }

    /** The report as served: as of the end of a past year, live for the current one. */
    public Optional<AnnualReport> report(String conventionId, int year) {
        Instant end = endOf(year);
        return clock.instant().isAfter(end) ? asOfEndOf(conventionId, year) : live(conventionId, year);
    }

    /** From the live views, as of now or the end of the year, whichever comes first. */
    public Optional<AnnualReport> live(String conventionId, int year) {
        Instant instant = min(clock.instant(), endOf(year));
        return Optional.ofNullable(draw(conventionId, year, instant, live));
    }

    /** From a replay of the convention's events up to the end of the year. */
    public Optional<AnnualReport> asOfEndOf(String conventionId, int year) {
        Instant instant = endOf(year);
        return asOf.replayed(conventionId, instant, views -> draw(conventionId, year, instant, ReportViews.replayed(views)));
    }

    static Instant endOf(int year) {
        return LocalDate.of(year, 12, 31).atTime(LocalTime.of(23, 59, 59)).atZone(ParisCalendar.ZONE).toInstant();
    }

    private AnnualReport draw(String conventionId, int year, Instant instant, ReportViews views) {
        ConventionOverviewView overview = views.overview(new FindConventionOverview(conventionId));
        if (overview == null) {
            return null;
        }
        LocalDate day = ParisCalendar.dayOf(instant);
        ActionProgressView actions = views.actions(ReportViews.everyAction(conventionId, day));
        MeetingList meetings = views.meetings(new FindMeetings(conventionId, year));
        IndicatorList indicators = views.indicators(new FindConventionIndicators(conventionId, year));
        List<MeetingView> committees = meetings == null ? List.of()
                : meetings.meetings().stream().filter(m -> m.kind() == MeetingKind.COPIL).toList();
        String validatedBy = committees.stream()
                .filter(m -> m.decisions().stream().anyMatch(d -> d.kind() == DecisionKind.VALIDATE_REPORT
                        && Integer.valueOf(year).equals(d.year())))
                .map(MeetingView::meetingId).findFirst().orElse(null);
        return new AnnualReport(conventionId, overview.name(), overview.caf(), overview.period(), year, instant,
                !instant.isBefore(endOf(year)), route(overview), themes(actions, indicators, year), committees,
                validatedBy, heads.at(conventionId, instant).map(head -> new ChainHeadSummary(head.sequenceNumber(),
                        head.globalPosition(), head.timestamp(), head.hash())).orElse(null));
    }

    private static RouteSummary route(ConventionOverviewView overview) {
        var totals = overview.route();
        var milestones = overview.milestones();
        return new RouteSummary(overview.stage(), milestones.firstPresentationOn(), milestones.readyToSignOn(),
                milestones.signedOn(), overview.signatories() == null ? List.of() : overview.signatories(),
                totals.communes(), totals.remainingCommunes(), totals.executoryCommunes(),
                totals.communeShareExecutory(), totals.populationShareExecutory(), totals.blockingCommunes());
    }

    /** Actions in plan order, grouped by theme in the order themes first appear. */
    private static List<ThemeSection> themes(ActionProgressView actions, IndicatorList indicators, int year) {
        Map<String, List<ReportIndicator>> byAction = new LinkedHashMap<>();
        if (indicators != null) {
            for (IndicatorView indicator : indicators.indicators()) {
                byAction.computeIfAbsent(indicator.actionId(), id -> new ArrayList<>()).add(indicator(indicator, year));
            }
        }
        Map<String, List<ReportAction>> byTheme = new LinkedHashMap<>();
        for (ActionProgressItem item : actions == null ? List.<ActionProgressItem>of() : actions.items()) {
            byTheme.computeIfAbsent(item.themeCode(), code -> new ArrayList<>()).add(new ReportAction(item.actionId(),
                    item.title(), item.stakeCode(), item.level(), item.period(), item.status(), item.statusOn(),
                    item.reason(), List.copyOf(byAction.getOrDefault(item.actionId(), List.of()))));
        }
        return byTheme.entrySet().stream().map(e -> new ThemeSection(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static ReportIndicator indicator(IndicatorView indicator, int year) {
        List<MeasureView> wholeScope = indicator.measures().stream().filter(m -> m.scope() == null)
                .sorted(Comparator.comparingInt(MeasureView::year)).toList();
        BigDecimal value = wholeScope.stream().filter(m -> m.year() == year).map(MeasureView::value).findFirst()
                .orElse(null);
        BigDecimal previous = wholeScope.stream().filter(m -> m.year() < year).reduce((a, b) -> b)
                .map(MeasureView::value).orElse(indicator.baseline().value());
        Trend trend = value == null ? Trend.NOT_MEASURED : switch (Integer.signum(value.compareTo(previous))) {
            case 1 -> Trend.RISING;
            case -1 -> Trend.FALLING;
            default -> Trend.STABLE;
        };
        return new ReportIndicator(indicator.indicatorId(), indicator.label(),
                indicator.unitLabel() != null ? indicator.unitLabel() : indicator.unit().name(),
                indicator.baseline().value(), indicator.baseline().year(), indicator.target().value(),
                indicator.target().year(), value, previous,
                trend, indicator.assessment() == null ? null : indicator.assessment().onTrack());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
