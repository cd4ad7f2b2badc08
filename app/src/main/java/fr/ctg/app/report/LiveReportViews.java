package fr.ctg.app.report;

import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.query.api.QuerySideViews;
import org.springframework.stereotype.Component;

/** The live views, through the query side's published interface (a view being rebuilt answers 503). */
@Component
class LiveReportViews implements ReportViews {

    private final QuerySideViews views;

    LiveReportViews(QuerySideViews views) {
        this.views = views;
    }

    @Override
    public ConventionOverviewView overview(FindConventionOverview query) {
        return views.overview(query).orElse(null);
    }

    @Override
    public ActionProgressView actions(FindActionProgress query) {
        return views.actions(query).orElse(null);
    }

    @Override
    public MeetingList meetings(FindMeetings query) {
        return views.meetings(query).orElse(null);
    }

    @Override
    public IndicatorList indicators(FindConventionIndicators query) {
        return views.indicators(query).orElse(null);
    }
}
