package fr.ctg.dashboard.route;

import fr.ctg.convention.query.ConventionSummaryPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListingPageTest {

    @Test
    void aNationalListOfFiftyAPageHasTwentySixPagesWithLinksBothWaysInTheMiddle() {
        ListingPage middle = ListingPage.of(new ConventionSummaryPage(List.of(), 1, 50, 1255));

        assertThat(middle).isEqualTo(new ListingPage(2, 26, 1255));
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.previous()).isEqualTo(1);
        assertThat(middle.hasNext()).isTrue();
    }

    @Test
    void theFirstAndLastPagesLinkOnlyInward() {
        ListingPage first = ListingPage.of(new ConventionSummaryPage(List.of(), 0, 50, 100));
        ListingPage last = ListingPage.of(new ConventionSummaryPage(List.of(), 1, 50, 100));

        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aPagePastTheLastLinksBackToTheLastAndAnEmptyListHasOnePage() {
        ListingPage past = ListingPage.of(new ConventionSummaryPage(List.of(), 9, 50, 120));

        assertThat(past.previous()).isEqualTo(3);
        assertThat(past.hasNext()).isFalse();
        assertThat(ListingPage.of(new ConventionSummaryPage(List.of(), 0, 50, 0)).last()).isEqualTo(1);
    }
}
