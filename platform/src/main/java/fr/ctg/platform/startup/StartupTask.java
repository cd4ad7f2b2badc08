package fr.ctg.platform.startup;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Start-up work that needs nothing of the Spring context, run on a thread of its own while the main thread goes on
 * creating beans; whoever needs its result waits for it, so that the context (and health) is complete only once it
 * is done, and a failure fails the start as if the work had run on the main thread (docs/adr/0014-start-up.md).
 */
public final class StartupTask<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private StartupTask() {
    }

    public static <T> StartupTask<T> start(String threadName, Callable<T> work) {
        StartupTask<T> task = new StartupTask<>();
        Thread thread = new Thread(() -> {
            try {
                task.result.complete(work.call());
            } catch (Throwable failure) {
                task.result.completeExceptionally(failure);
            }
        }, threadName);
        // A start that fails elsewhere must not be kept alive by this thread.
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The work's result once it is done; its own exception if it failed (a checked one wrapped). */
    public T await() {
        try {
            return result.join();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
