package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link SharedWork}: one run for every caller at the same time; the last caller to leave cancels it. */
class SharedWorkTest {
    @Test
    void callersAtTheSameTimeShareOneRun() throws Exception {
        try (WorkPool pool = new WorkPool("test", 2, 8, Duration.ofMinutes(1))) {
            SharedWork<String> shared = new SharedWork<>();
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<Object> a = new AtomicReference<>();
            AtomicReference<Object> b = new AtomicReference<>();
            Thread first = call(shared, pool, runs, release, a);
            WorkPoolTest.waitUntil(() -> runs.get() == 1);
            Thread second = call(shared, pool, runs, release, b);
            WorkPoolTest.waitUntil(() -> second.getState() == Thread.State.WAITING);

            release.countDown();
            first.join(5000);
            second.join(5000);

            assertEquals(1, runs.get());
            assertEquals("done", a.get());
            assertEquals("done", b.get());
            assertEquals(0, shared.size());
        }
    }

    @Test
    void oneCallerLeavingDoesNotStopTheRunTheOtherWaitsFor() throws Exception {
        try (WorkPool pool = new WorkPool("test", 2, 8, Duration.ofMinutes(1))) {
            SharedWork<String> shared = new SharedWork<>();
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<Object> a = new AtomicReference<>();
            AtomicReference<Object> b = new AtomicReference<>();
            Thread first = call(shared, pool, runs, release, a);
            WorkPoolTest.waitUntil(() -> runs.get() == 1);
            Thread second = call(shared, pool, runs, release, b);
            WorkPoolTest.waitUntil(() -> second.getState() == Thread.State.WAITING);

            first.interrupt();
            first.join(5000);
            release.countDown();
            second.join(5000);

            assertInstanceOf(InterruptedException.class, a.get());
            assertEquals("done", b.get());
        }
    }

    @Test
    void theLastCallerLeavingCancelsTheRun() throws Exception {
        try (WorkPool pool = new WorkPool("test", 1, 8, Duration.ofMinutes(1))) {
            SharedWork<String> shared = new SharedWork<>();
            AtomicBoolean interrupted = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(1);
            AtomicReference<Object> result = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    result.set(shared.join("k", pool, () -> {
                        started.countDown();
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            interrupted.set(true);
                            throw e;
                        }
                        return "never";
                    }));
                } catch (Exception e) {
                    result.set(e);
                }
            });
            caller.start();
            assertTrue(started.await(10, TimeUnit.SECONDS));

            caller.interrupt();
            caller.join(5000);

            assertInstanceOf(InterruptedException.class, result.get());
            WorkPoolTest.waitUntil(interrupted::get);
            assertEquals(0, shared.size());
            assertEquals("again", shared.join("k", pool, () -> "again"), "a later call starts anew");
        }
    }

    @Test
    void stoppingReleasesEveryWaiter() throws Exception {
        WorkPool pool = new WorkPool("test", 1, 8, Duration.ofMinutes(1));
        SharedWork<String> shared = new SharedWork<>();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        pool.submit(() -> release.await(30, TimeUnit.SECONDS));
        Thread caller = call(shared, pool, runs, release, result);
        WorkPoolTest.waitUntil(() -> caller.getState() == Thread.State.WAITING);

        pool.close();
        shared.stopAll();
        caller.join(5000);

        assertFalse(caller.isAlive());
        assertInstanceOf(WorkCancelledException.class, result.get());
        assertEquals(0, runs.get());
    }

    private static Thread call(SharedWork<String> shared, WorkPool pool, AtomicInteger runs, CountDownLatch release,
            AtomicReference<Object> result) {
        Thread thread = new Thread(() -> {
            try {
                result.set(shared.join("k", pool, () -> {
                    runs.incrementAndGet();
                    release.await(30, TimeUnit.SECONDS);
                    return "done";
                }));
            } catch (Exception e) {
                result.set(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
