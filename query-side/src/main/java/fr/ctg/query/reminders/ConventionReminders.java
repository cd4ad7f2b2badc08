package fr.ctg.query.reminders;

import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.audit.asof.AsOfViews;
import fr.ctg.calendar.ParisCalendar;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionSummary;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.web.ViewGate;
import fr.ctg.reminder.ConventionFacts;
import fr.ctg.reminder.Reminder;
import fr.ctg.reminder.Reminders;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindEpciApproval;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reminders of conventions on a Paris day. From today on they are drawn from the live views, with one query per
 * view whatever the number of conventions (a coordinator may follow a thousand); for a past day, convention by
 * convention from the views as they stood at the end of that day (the as-of replay of ADR 6), so that a past day's
 * reminders do not change with what was recorded since. Both give {@link Reminders#of} the same facts.
 */
@Component
@EnableConfigurationProperties(ReminderProperties.class)
public class ConventionReminders {

    private static final PageRequest WHOLE = new PageRequest(0, PageRequest.MAX_SIZE);

    private final QueryGateway queries;
    private final ViewGate gate;
    private final AsOfViews asOf;
    private final ReminderProperties properties;
    private final Clock clock;

    ConventionReminders(QueryGateway queries, ViewGate gate, AsOfViews asOf, ReminderProperties properties,
                        Clock clock) {
        this.queries = queries;
        this.gate = gate;
        this.asOf = asOf;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every convention's id, from the live overview. */
    public List<String> allConventions() {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            ConventionSummaryPage found = live().ask(new ListConventions(new PageRequest(page, PageRequest.MAX_SIZE)),
                    ConventionSummaryPage.class);
            found.items().stream().map(ConventionSummary::conventionId).forEach(ids::add);
            if (found.items().size() < PageRequest.MAX_SIZE) {
                return ids;
            }
        }
    }

    /** The reminders of these conventions on {@code day}, by due day; a convention unknown on that day has none. */
    public List<Reminder> on(Collection<String> conventionIds, LocalDate day) {
        List<Reminder> reminders = new ArrayList<>();
        if (day.isBefore(ParisCalendar.today(clock))) {
            // The end of the Paris day: what was recorded during it counts.
            Instant endOfDay = ParisCalendar.startOf(day.plusDays(1)).minusMillis(1);
            for (String conventionId : conventionIds) {
                asOf.replayed(conventionId, endOfDay, views -> remindersOf(conventionId, day, views))
                        .ifPresent(reminders::addAll);
            }
        } else {
            for (ConventionFacts facts : LiveFacts.of(List.copyOf(conventionIds), day, live())) {
                reminders.addAll(Reminders.of(facts, day, properties.thresholds()));
            }
        }
        reminders.sort(Comparator.comparing(Reminder::dueOn));
        return List.copyOf(reminders);
    }

    private List<Reminder> remindersOf(String conventionId, LocalDate day, AsOfViews.ReplayedViews views) {
        return facts(conventionId, day, views)
                .map(facts -> Reminders.of(facts, day, properties.thresholds())).orElse(null);
    }

    /** The rows the reminders are drawn from; empty for a convention the views do not know. */
    private static Optional<ConventionFacts> facts(String conventionId, LocalDate day, AsOfViews.ReplayedViews views) {
        ConventionOverviewView overview = views.ask(new FindConventionOverview(conventionId), ConventionOverviewView.class);
        if (overview == null) {
            return Optional.empty();
        }
        List<CommuneApprovalView> councils = new ArrayList<>();
        CommuneApprovalPage communes = views.ask(new FindCommuneApprovals(conventionId, null, null, WHOLE),
                CommuneApprovalPage.class);
        if (communes != null) {
            councils.addAll(communes.items());
        }
        CommuneApprovalView epci = views.ask(new FindEpciApproval(conventionId), CommuneApprovalView.class);
        if (epci != null) {
            councils.add(epci);
        }
        ActionProgressView actions = views.ask(new FindActionProgress(conventionId, null, null, null, null, null,
                false, day, WHOLE), ActionProgressView.class);
        IndicatorList indicators = views.ask(new FindConventionIndicators(conventionId, day.getYear()),
                IndicatorList.class);
        MeetingList meetings = views.ask(new FindMeetings(conventionId, null), MeetingList.class);
        return Optional.of(new ConventionFacts(conventionId, overview.period(), councils,
                actions == null ? List.of() : actions.items(),
                indicators == null ? List.of() : indicators.indicators(),
                meetings == null ? List.of() : meetings.meetings()));
    }

    /** The live views, once none of them is being rebuilt (a rebuild answers the query side's own 503). */
    public AsOfViews.ReplayedViews live() {
        try {
            for (String processor : ProcessorNames.ALL) {
                gate.await(processor, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new AsOfViews.ReplayedViews() {
            @Override
            public <R> R ask(Object query, Class<R> viewType) {
                return queries.query(query, ResponseTypes.instanceOf(viewType)).join();
            }
        };
    }
}
