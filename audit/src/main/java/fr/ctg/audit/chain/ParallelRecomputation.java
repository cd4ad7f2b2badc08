package fr.ctg.audit.chain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A performance helper of the verify: what each row hashes to is recomputed on every core while the next rows are
 * read, and the rows are then handed on in their order with their result. This is sound because a row's hash covers
 * that row alone (its stored previous hash included): only the walk along the chain, which compares each row with
 * the one before, has to be sequential. At most {@code inFlight} chunks wait, so memory stays bounded whatever the
 * size of the store.
 *
 * @param <R> a row
 * @param <H> what is recomputed from a row
 */
final class ParallelRecomputation<R, H> {

    private record Chunk<R, H>(List<R> rows, Future<List<H>> results) {
    }

    private final ExecutorService workers;
    private final Function<R, H> recompute;
    private final BiConsumer<R, H> next;
    private final int chunkSize;
    private final int inFlight;
    private final Deque<Chunk<R, H>> waiting = new ArrayDeque<>();
    private List<R> filling;

    /** {@code next} receives every row and its recomputed value, in the order the rows were {@link #add}ed. */
    ParallelRecomputation(ExecutorService workers, int chunkSize, int inFlight, Function<R, H> recompute,
                          BiConsumer<R, H> next) {
        this.workers = workers;
        this.recompute = recompute;
        this.next = next;
        this.chunkSize = chunkSize;
        this.inFlight = inFlight;
        this.filling = new ArrayList<>(chunkSize);
    }

    void add(R row) {
        filling.add(row);
        if (filling.size() == chunkSize) {
            submit();
        }
    }

    /** Hands on every row still waiting; the rows added so far are then all handed on. */
    void finish() {
        if (!filling.isEmpty()) {
            submit();
        }
        while (!waiting.isEmpty()) {
            handOn(waiting.removeFirst());
        }
    }

    private void submit() {
        List<R> rows = filling;
        filling = new ArrayList<>(chunkSize);
        waiting.addLast(new Chunk<>(rows, workers.submit(() -> rows.stream().map(recompute).toList())));
        while (waiting.size() > inFlight) {
            handOn(waiting.removeFirst());
        }
    }

    private void handOn(Chunk<R, H> chunk) {
        List<H> results = await(chunk.results());
        for (int i = 0; i < chunk.rows().size(); i++) {
            next.accept(chunk.rows().get(i), results.get(i));
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the chain was being verified", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
