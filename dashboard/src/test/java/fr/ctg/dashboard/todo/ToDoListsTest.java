package fr.ctg.dashboard.todo;

import fr.ctg.convention.PartyKind;
import fr.ctg.reminder.Reminder;
import fr.ctg.reminder.ReminderKind;
import fr.ctg.reminder.SubjectType;
import fr.ctg.route.RouteProgress;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ToDoListsTest {

    private static final String ID = "ctg-a";
    private static final Map<String, String> NAMES = Map.of(ID, "CTG A");

    @Test
    void theSummarySaysHowManyOfEachStepNearestToExecutoryFirst() {
        List<CommuneApprovalView> councils = new ArrayList<>();
        councils.add(council("42110", "L'Horme", CommuneStage.ADOPTED, LocalDate.of(2023, 9, 6), false, false));
        councils.add(council("42186", "Rive-de-Gier", CommuneStage.ADOPTED, LocalDate.of(2023, 9, 1), false, false));
        for (int i = 0; i < 14; i++) {
            councils.add(council("420" + (10 + i), "Commune " + i, CommuneStage.NOT_PRESENTED, null, false, false));
        }
        councils.add(council("42207", "Saint-Chamond", CommuneStage.EXECUTORY, LocalDate.of(2023, 9, 1), true, true));

        ToDoList list = ToDoLists.of(NAMES, councils, List.of());

        assertThat(list.summary()).isEqualTo("2 transmissions et 14 présentations à faire.");
        assertThat(list.steps()).extracting(ToDoList.StepGroup::step)
                .containsExactly(RouteStep.PREFECTURE_TRANSMISSION, RouteStep.PRESENTATION);
        assertThat(list.steps().get(0).items()).extracting(NextStep::councilName)
                .as("by the day the step became the next").containsExactly("Rive-de-Gier", "L'Horme");
        assertThat(list.steps().get(0).items().get(0).page()).isEqualTo("/ui/conventions/ctg-a/communes/42186");
    }

    @Test
    void aPublishedButNotTransmittedDeliberationAwaitsItsTransmissionAndRemindersAreCounted() {
        CommuneApprovalView published = council("42110", "L'Horme", CommuneStage.ADOPTED, LocalDate.of(2023, 9, 6),
                false, true);
        Reminder receipt = new Reminder(ReminderKind.RECEIPT_MISSING, ID, SubjectType.COMMUNE, "42110", "L'Horme",
                LocalDate.of(2023, 9, 21), "L'Horme : accusé de réception manquant");

        ToDoList list = ToDoLists.of(NAMES, List.of(published), List.of(receipt));

        assertThat(list.summary()).isEqualTo("1 transmission à faire ; 1 rappel ouvert.");
        assertThat(list.reminders()).singleElement().satisfies(g -> {
            assertThat(g.title()).isEqualTo("Accusés de réception de la préfecture manquants");
            assertThat(g.items()).containsExactly(receipt);
        });
    }

    @Test
    void aGroupShowsOnlyThoseThatHaveWaitedLongestButCountsThemAll() {
        List<CommuneApprovalView> councils = new ArrayList<>();
        LocalDate first = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < 7; i++) {
            councils.add(council("421" + (10 + i), "Commune " + i, CommuneStage.ADOPTED, first.plusDays(6 - i), false,
                    false));
        }
        List<Reminder> reminders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reminders.add(new Reminder(ReminderKind.RECEIPT_MISSING, ID, SubjectType.COMMUNE, "421" + (10 + i),
                    "Commune " + i, first.plusDays(10 - i), "Commune " + i + " : accusé de réception manquant"));
        }

        ToDoList list = ToDoLists.of(NAMES, councils, reminders, 3);

        assertThat(list.summary()).as("the full counts").isEqualTo("7 transmissions à faire ; 4 rappels ouverts.");
        assertThat(list.steps()).singleElement().satisfies(g -> {
            assertThat(g.total()).isEqualTo(7);
            assertThat(g.hidden()).isEqualTo(4);
            assertThat(g.items()).extracting(NextStep::councilName)
                    .as("the earliest voted first").containsExactly("Commune 6", "Commune 5", "Commune 4");
        });
        assertThat(list.reminders()).singleElement().satisfies(g -> {
            assertThat(g.total()).isEqualTo(4);
            assertThat(g.hidden()).isEqualTo(1);
            assertThat(g.items()).extracting(Reminder::subjectName)
                    .as("the earliest due first").containsExactly("Commune 3", "Commune 2", "Commune 1");
        });
    }

    @Test
    void withoutALimitEveryItemIsShown() {
        List<CommuneApprovalView> councils = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            councils.add(council("42" + (100 + i), "Commune " + i, CommuneStage.NOT_PRESENTED, null, false, false));
        }

        ToDoList.StepGroup group = ToDoLists.of(NAMES, councils, List.of()).steps().get(0);

        assertThat(group.items()).hasSize(60);
        assertThat(group.hidden()).isZero();
    }

    @Test
    void nothingLeftSaysSo() {
        assertThat(ToDoLists.of(NAMES, List.of(), List.of()).summary()).isEqualTo("Rien à faire pour l'instant.");
    }

    /** A row whose missing steps are RouteProgress's, as the commune approval view gives them. */
    private static CommuneApprovalView council(String insee, String name, CommuneStage stage, LocalDate votedOn,
                                               boolean transmitted, boolean published) {
        List<RouteStep> missing = new RouteProgress(stage, transmitted, published).missing();
        return new CommuneApprovalView(ID, "P1", insee, name, 1000, stage, votedOn, votedOn, votedOn == null ? 0 : 1,
                null, null, null, null, null, null, null, null, null, transmitted ? votedOn : null,
                published ? votedOn : null, null, null, null, PartyKind.COMMUNE, null, null, null, null, null, null, null,
                false, null, null, null, missing, List.of(), null, null);
    }
}
