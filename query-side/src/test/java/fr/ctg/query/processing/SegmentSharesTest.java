package fr.ctg.query.processing;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fair share of a processor's segments, as plain objects. */
class SegmentSharesTest {

    private static final String P = ProcessorNames.COMMUNE_APPROVAL;

    @Test
    void aNodeAloneMayHoldEverySegmentSoItNeverReleasesAny() {
        assertThat(new SegmentShares(1, Map.of(P, 2), 2).maxFor(P)).isEqualTo(2);
        assertThat(new SegmentShares(1, Map.of(P, 7), 2).maxFor(P)).isEqualTo(7);
    }

    @Test
    void twoNodesAndTwoSegmentsHoldOneEach() {
        SegmentShares shares = new SegmentShares(2, Map.of(P, 2), 2);
        assertThat(shares.maxFor(P)).isEqualTo(1);
        // The node that started first holds both: one is its surplus, to release for the other to claim.
        assertThat(2 - shares.maxFor(P)).isEqualTo(1);
    }

    @Test
    void anUnevenSplitRoundsUpSoThatTheNodesCanHoldEverySegment() {
        assertThat(new SegmentShares(2, Map.of(P, 3), 2).maxFor(P)).isEqualTo(2);
        assertThat(new SegmentShares(3, Map.of(P, 4), 2).maxFor(P)).isEqualTo(2);
        assertThat(new SegmentShares(3, Map.of(P, 2), 2).maxFor(P)).as("more nodes than segments").isEqualTo(1);
    }

    @Test
    void theTokensInTheStoreCountNotTheSettingWhichOnlyShapesTokensNotYetCreated() {
        SegmentShares shares = new SegmentShares(2, Map.of(P, 4), 2);
        assertThat(shares.maxFor(P)).isEqualTo(2);
        assertThat(shares.maxFor(ProcessorNames.ACTION_PROGRESS)).as("no token yet: the configured 2").isEqualTo(1);
    }

    @Test
    void untilTheLiveNodesAreKnownNothingIsLimited() {
        assertThat(SegmentShares.UNKNOWN.maxFor(P)).isEqualTo(SegmentShares.UNLIMITED);
        assertThat(new SegmentShares(2, Map.of(), 2).maxFor(null)).isEqualTo(SegmentShares.UNLIMITED);
    }

    @Test
    void whateverTheCountsTheNodesTogetherCanHoldEverySegmentAndEachOfTwoHoldsAtLeastOne() {
        for (int segments = 1; segments <= 32; segments++) {
            for (int nodes = 1; nodes <= 8; nodes++) {
                int share = new SegmentShares(nodes, Map.of(P, segments), 2).maxFor(P);
                assertThat(share).as("%d segments, %d nodes", segments, nodes).isPositive()
                        .isLessThanOrEqualTo(segments);
                assertThat((long) share * nodes).as("%d segments, %d nodes", segments, nodes)
                        .isGreaterThanOrEqualTo(segments);
                assertThat((long) (share - 1) * nodes).as("no node may be kept above the others' share")
                        .isLessThan(segments);
                if (nodes == 2 && segments >= 2) {
                    assertThat(segments - share).as("%d segments: left for the other node", segments)
                            .isGreaterThanOrEqualTo(1);
                }
            }
        }
    }
}
