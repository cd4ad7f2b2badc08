package fr.ctg.app.report;

import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.audit.asof.AsOfViews;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.PageRequest;

import java.time.LocalDate;

/**
 * The four views a report is drawn from, asked with the very queries of the live views: either the live views
 * themselves or a replay of the convention up to an instant ({@link AsOfViews}). Each answers null for a convention
 * it does not know.
 */
interface ReportViews {

    PageRequest WHOLE = new PageRequest(0, PageRequest.MAX_SIZE);

    ConventionOverviewView overview(FindConventionOverview query);

    ActionProgressView actions(FindActionProgress query);

    MeetingList meetings(FindMeetings query);

    IndicatorList indicators(FindConventionIndicators query);

    static FindActionProgress everyAction(String conventionId, LocalDate asOf) {
        return new FindActionProgress(conventionId, null, null, null, null, null, false, asOf, WHOLE);
    }

    /** A replay's views. */
    static ReportViews replayed(AsOfViews.ReplayedViews views) {
        return new ReportViews() {
            @Override
            public ConventionOverviewView overview(FindConventionOverview query) {
                return views.ask(query, ConventionOverviewView.class);
            }

            @Override
            public ActionProgressView actions(FindActionProgress query) {
                return views.ask(query, ActionProgressView.class);
            }

            @Override
            public MeetingList meetings(FindMeetings query) {
                return views.ask(query, MeetingList.class);
            }

            @Override
            public IndicatorList indicators(FindConventionIndicators query) {
                return views.ask(query, IndicatorList.class);
            }
        };
    }
}
