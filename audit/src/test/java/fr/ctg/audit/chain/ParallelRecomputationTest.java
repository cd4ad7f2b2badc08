package fr.ctg.audit.chain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParallelRecomputationTest {

    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void everyRowIsHandedOnOnceInTheOrderItCameWithItsOwnResultWhileTheWorkRunsOnSeveralThreads() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> handedOn = new ArrayList<>();
        ParallelRecomputation<Integer, String> rows = new ParallelRecomputation<>(workers, 7, 3, row -> {
            threads.add(Thread.currentThread().getName());
            return "h" + row;
        }, (row, result) -> handedOn.add(row + "=" + result));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(i);
            expected.add(i + "=h" + i);
        }
        rows.finish();
        assertThat(handedOn).containsExactlyElementsOf(expected);
        assertThat(threads).doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void noMoreChunksWaitThanAllowedSoThatMemoryStaysBounded() {
        AtomicInteger added = new AtomicInteger();
        AtomicInteger maxWaiting = new AtomicInteger();
        AtomicInteger handedOn = new AtomicInteger();
        ParallelRecomputation<Integer, Integer> rows = new ParallelRecomputation<>(workers, 10, 2, row -> row,
                (row, result) -> handedOn.incrementAndGet());
        for (int i = 0; i < 500; i++) {
            rows.add(i);
            added.incrementAndGet();
            maxWaiting.accumulateAndGet(added.get() - handedOn.get(), Math::max);
        }
        rows.finish();
        assertThat(handedOn).hasValue(500);
        // Two chunks waiting and one filling: never more than 30 rows held.
        assertThat(maxWaiting.get()).isLessThanOrEqualTo(30);
    }

    @Test
    void aFailureOfTheWorkIsThrownToTheCallerAsItWas() {
        ParallelRecomputation<Integer, Integer> rows = new ParallelRecomputation<>(workers, 4, 1, row -> {
            if (row == 9) {
                throw new IllegalArgumentException("row 9");
            }
            return row;
        }, (row, result) -> { });
        assertThatThrownBy(() -> {
            for (int i = 0; i < 20; i++) {
                rows.add(i);
            }
            rows.finish();
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("row 9");
    }
}
