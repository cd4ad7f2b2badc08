package fr.ctg.query.reminders;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.query.FindMeetingsOfConventions;
import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.actionplan.committee.query.MeetingsOfConventions;
import fr.ctg.actionplan.indicator.query.FindIndicatorsOfConventions;
import fr.ctg.actionplan.indicator.query.IndicatorCounts;
import fr.ctg.actionplan.indicator.query.IndicatorsOfConventions;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.actionplan.query.ActionsOfConventions;
import fr.ctg.actionplan.query.FindActionsOfConventions;
import fr.ctg.audit.asof.AsOfViews;
import fr.ctg.convention.Period;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.query.ConventionStage;
import fr.ctg.convention.query.ConventionSummary;
import fr.ctg.convention.query.ConventionSummaryList;
import fr.ctg.convention.query.FindConventionSummaries;
import fr.ctg.reminder.ConventionFacts;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.CouncilList;
import fr.ctg.route.query.FindCouncilsOfConventions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LiveFactsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    /** Views answering each batch query once, recording what they were asked. */
    private static final class Views implements AsOfViews.ReplayedViews {
        final List<Object> asked = new ArrayList<>();

        @Override
        public <R> R ask(Object query, Class<R> viewType) {
            asked.add(query);
            Object answer;
            if (query instanceof FindConventionSummaries) {
                answer = new ConventionSummaryList(List.of(summary("ctg-a"), summary("ctg-b")));
            } else if (query instanceof FindCouncilsOfConventions) {
                answer = new CouncilList(List.of(council("ctg-a", "42110"), council("ctg-b", "42186"),
                        council("ctg-a", "42207")));
            } else if (query instanceof FindActionsOfConventions) {
                answer = new ActionsOfConventions(Map.of("ctg-b", List.of(action("b1"))));
            } else if (query instanceof FindIndicatorsOfConventions) {
                answer = new IndicatorsOfConventions(Map.of());
            } else if (query instanceof FindMeetingsOfConventions) {
                answer = new MeetingsOfConventions(Map.of("ctg-a", List.of(meeting())));
            } else {
                throw new AssertionError("not a batch query: " + query);
            }
            return viewType.cast(answer);
        }
    }

    @Test
    void eachKnownConventionGetsItsOwnRowsInTheOrderAskedFromOneQueryPerView() {
        Views views = new Views();

        List<ConventionFacts> facts = LiveFacts.of(List.of("ctg-b", "unknown", "ctg-a"), DAY, views);

        assertThat(views.asked).hasSize(5);
        assertThat(facts).extracting(ConventionFacts::conventionId).as("the unknown one has none")
                .containsExactly("ctg-b", "ctg-a");
        assertThat(facts.get(0).councils()).extracting(CommuneApprovalView::inseeCode).containsExactly("42186");
        assertThat(facts.get(1).councils()).extracting(CommuneApprovalView::inseeCode)
                .containsExactly("42110", "42207");
        assertThat(facts.get(0).actions()).extracting(ActionProgressItem::actionId).containsExactly("b1");
        assertThat(facts.get(1).actions()).isEmpty();
        assertThat(facts.get(1).meetings()).hasSize(1);
        assertThat(facts.get(0).meetings()).isEmpty();
        assertThat(facts.get(0).period()).isEqualTo(new Period(2023, 2026));
        assertThat(views.asked).contains(new FindActionsOfConventions(List.of("ctg-b", "unknown", "ctg-a"), DAY),
                new FindIndicatorsOfConventions(List.of("ctg-b", "unknown", "ctg-a"), 2025));
    }

    @Test
    void noConventionAsksNothing() {
        Views views = new Views();

        assertThat(LiveFacts.of(List.of(), DAY, views)).isEmpty();
        assertThat(views.asked).isEmpty();
    }

    private static ConventionSummary summary(String id) {
        return new ConventionSummary(id, id.toUpperCase(), "Caf", new Period(2023, 2026), ConventionStage.DEFINING,
                null);
    }

    private static CommuneApprovalView council(String conventionId, String insee) {
        return new CommuneApprovalView(conventionId, "P1", insee, insee, 1000, CommuneStage.NOT_PRESENTED, null, null,
                0, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                PartyKind.COMMUNE, null, null, null, null, null, null, null, false, null, null, null, List.of(),
                List.of(), null, null);
    }

    private static ActionProgressItem action(String id) {
        return new ActionProgressItem(id, "Action", "EJ", null, ActionLevel.COMMUNAL, new Period(2023, 2024), null,
                List.of(), ActionStatus.PLANNED, null, null, null, false, new IndicatorCounts(2025, 0, 0, 0));
    }

    private static MeetingView meeting() {
        return new MeetingView("copil-2024", MeetingKind.COPIL, LocalDate.of(2024, 11, 20), "Lorette", List.of(),
                List.of(), null, List.of());
    }
}
