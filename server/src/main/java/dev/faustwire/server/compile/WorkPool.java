package dev.faustwire.server.compile;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of workers and a bounded queue that measures how fast it drains. A job is refused
 * ({@link ServerBusyException}) when the queue is full or when the wait it would have, at the
 * measured rate, is longer than {@code maxWait}; the {@code Retry-After} it gives is the time the
 * queue takes to drain at that rate. A caller interrupted while it waits cancels its job.
 */
public final class WorkPool implements AutoCloseable {
    /** What a job is assumed to take before any has been measured. */
    static final double FIRST_GUESS_SECONDS = 0.5;
    /** Weight of the newest job in the running mean of job times. */
    private static final double NEWEST_WEIGHT = 0.2;

    private final ThreadPoolExecutor executor;
    private final int workers;
    private final int queue;
    private final Duration maxWait;
    private final Object timing = new Object();
    private double meanSeconds = FIRST_GUESS_SECONDS;
    private boolean measured;

    public WorkPool(String name, int workers, int queue, Duration maxWait) {
        this.workers = workers;
        this.queue = queue;
        this.maxWait = maxWait;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                job -> {
                    Thread thread = new Thread(job, name + "-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    public int workers() {
        return workers;
    }

    /** Jobs waiting for a worker. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** The running mean of the time one job takes, in seconds (a first guess until one finished). */
    public double meanJobSeconds() {
        synchronized (timing) {
            return meanSeconds;
        }
    }

    /** Seconds until the queue, as it is now, has drained at the measured rate. */
    public double drainSeconds() {
        return (queued() + 1) * meanJobSeconds() / workers;
    }

    /** What a refused client is told to wait: the drain time, whole seconds, at least 1. */
    public int retryAfterSeconds() {
        return (int) Math.max(1, Math.ceil(drainSeconds()));
    }

    /** Queues a job, or refuses it when the queue is full or would keep it waiting past {@code maxWait}. */
    public <T> Future<T> submit(Callable<T> job) {
        if (queued() >= queue || drainSeconds() > maxWait.toMillis() / 1000.0) {
            throw new ServerBusyException(retryAfterSeconds());
        }
        try {
            return executor.submit(() -> timed(job));
        } catch (RejectedExecutionException e) {
            if (executor.isShutdown()) {
                throw new WorkCancelledException("the server is stopping");
            }
            throw new ServerBusyException(retryAfterSeconds());
        }
    }

    /**
     * Runs a job and waits at most {@code limit} (null: no limit); past it, or when the caller is
     * interrupted, the job is cancelled (its thread interrupted). The job's exception is rethrown.
     */
    public <T> T call(Callable<T> job, Duration limit) throws Exception {
        Future<T> future = submit(job);
        try {
            return limit == null ? future.get() : future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (CancellationException e) {
            throw new WorkCancelledException("the server is stopping");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private <T> T timed(Callable<T> job) throws Exception {
        long start = System.nanoTime();
        try {
            return job.call();
        } finally {
            record((System.nanoTime() - start) / 1e9);
        }
    }

    private void record(double seconds) {
        synchronized (timing) {
            meanSeconds = measured ? meanSeconds + NEWEST_WEIGHT * (seconds - meanSeconds) : seconds;
            measured = true;
        }
    }

    /** Stops at once: running jobs are interrupted, queued ones cancelled. */
    @Override
    public void close() {
        for (Runnable queuedJob : executor.shutdownNow()) {
            if (queuedJob instanceof Future<?> future) {
                future.cancel(true);
            }
        }
    }

    public boolean isClosed() {
        return executor.isShutdown();
    }
}
