package dev.faustwire.server.compile;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Work by key that runs once however many callers ask for it at the same time: the first caller
 * starts it on a {@link WorkPool}, the others wait for the same result. A caller interrupted while it
 * waits leaves; the last one to leave cancels the work, so nothing runs for nobody.
 */
final class SharedWork<V> {
    /** One piece of work and how many callers wait for it. */
    private static final class Running<V> {
        final CompletableFuture<V> result = new CompletableFuture<>();
        Future<?> job;
        int waiters;
    }

    private final Map<String, Running<V>> running = new HashMap<>();

    /** How many distinct pieces of work run or wait for a worker now. */
    synchronized int size() {
        return running.size();
    }

    /**
     * The value of the work under {@code key}, from the run in flight or from a new run of {@code work}
     * on {@code pool}; the run leaves the table before its waiters wake, so a later call starts anew.
     */
    V join(String key, WorkPool pool, Callable<V> work) throws InterruptedException {
        Running<V> mine;
        boolean starter = false;
        synchronized (this) {
            mine = running.get(key);
            if (mine == null) {
                mine = new Running<>();
                running.put(key, mine);
                starter = true;
            }
            mine.waiters++;
        }
        if (starter) {
            start(key, pool, work, mine);
        }
        try {
            return mine.result.get();
        } catch (InterruptedException e) {
            leave(key, mine);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("shared work failed unexpectedly", e.getCause());
        } finally {
            synchronized (this) {
                mine.waiters--;
            }
        }
    }

    private void start(String key, WorkPool pool, Callable<V> work, Running<V> mine) {
        Running<V> run = mine;
        try {
            Future<?> job = pool.submit(() -> {
                try {
                    V value = work.call();
                    finish(key, run);
                    run.result.complete(value);
                } catch (Exception | Error e) {
                    finish(key, run);
                    run.result.completeExceptionally(e);
                }
                return null;
            });
            synchronized (this) {
                run.job = job;
            }
        } catch (RuntimeException e) {
            finish(key, run);
            run.result.completeExceptionally(e);
        }
    }

    private synchronized void finish(String key, Running<V> run) {
        running.remove(key, run);
    }

    /** A waiter gives up; the last one cancels the work. */
    private void leave(String key, Running<V> run) {
        Future<?> cancel = null;
        synchronized (this) {
            if (run.waiters == 1 && !run.result.isDone()) {
                running.remove(key, run);
                cancel = run.job;
            }
        }
        if (cancel != null) {
            cancel.cancel(true);
            run.result.completeExceptionally(new WorkCancelledException("every client waiting for this work has gone"));
        }
    }

    /** Releases every waiter: the server is stopping. */
    void stopAll() {
        WorkCancelledException stopping = new WorkCancelledException("the server is stopping");
        synchronized (this) {
            running.values().forEach(run -> run.result.completeExceptionally(stopping));
            running.clear();
        }
    }
}
