package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link WorkPool}: a bounded queue whose Retry-After and admission come from the measured job time. */
class WorkPoolTest {
    private static final Duration LONG = Duration.ofMinutes(5);

    // Issue 14: Retry-After was queue size / workers whatever the jobs cost (17 s for a queue that drained
    // in 2-3 s); it is the drain time at the measured rate.
    @Test
    void retryAfterIsTheDrainTimeAtTheMeasuredRate() throws Exception {
        try (WorkPool pool = new WorkPool("test", 1, 1, LONG)) {
            pool.call(() -> {
                Thread.sleep(1500);
                return null;
            }, null);
            assertEquals(1.5, pool.meanJobSeconds(), 0.3);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch running = new CountDownLatch(1);
            pool.submit(() -> {
                running.countDown();
                return release.await(30, TimeUnit.SECONDS);
            });
            assertTrue(running.await(10, TimeUnit.SECONDS));
            pool.submit(() -> "queued");
            waitUntil(() -> pool.queued() == 1);

            ServerBusyException busy = assertThrows(ServerBusyException.class, () -> pool.submit(() -> "refused"));

            // one queued job and the running one, 1.5 s each, one worker: 3 s
            System.out.printf("measured job time %.2f s, Retry-After %d s%n", pool.meanJobSeconds(), busy.retryAfterSeconds());
            assertTrue(busy.retryAfterSeconds() >= 3 && busy.retryAfterSeconds() <= 4, "Retry-After " + busy.retryAfterSeconds());
            release.countDown();
        }
    }

    @Test
    void quickJobsGiveTheShortestRetryAfter() throws Exception {
        try (WorkPool pool = new WorkPool("test", 2, 1, LONG)) {
            for (int i = 0; i < 5; i++) {
                pool.call(() -> 1, null);
            }
            assertTrue(pool.meanJobSeconds() < 0.1, "mean " + pool.meanJobSeconds());
            assertEquals(1, pool.retryAfterSeconds());
        }
    }

    @Test
    void aJobThatWouldWaitPastTheLimitIsRefusedThoughTheQueueHasRoom() throws Exception {
        try (WorkPool pool = new WorkPool("test", 1, 100, Duration.ofSeconds(2))) {
            pool.call(() -> {
                Thread.sleep(1200);
                return null;
            }, null);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch running = new CountDownLatch(1);
            pool.submit(() -> {
                running.countDown();
                return release.await(30, TimeUnit.SECONDS);
            });
            assertTrue(running.await(10, TimeUnit.SECONDS));
            pool.submit(() -> "waits about 2.4 s");
            waitUntil(() -> pool.queued() == 1);

            assertThrows(ServerBusyException.class, () -> pool.submit(() -> "would wait 3.6 s"));
            assertEquals(1, pool.queued());
            release.countDown();
        }
    }

    @Test
    void aCallerInterruptedWhileItWaitsCancelsItsJob() throws Exception {
        try (WorkPool pool = new WorkPool("test", 1, 4, LONG)) {
            CountDownLatch started = new CountDownLatch(1);
            AtomicBoolean interrupted = new AtomicBoolean();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    pool.call(() -> {
                        started.countDown();
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            interrupted.set(true);
                            throw e;
                        }
                        return null;
                    }, null);
                } catch (Exception e) {
                    thrown.set(e);
                }
            });
            caller.start();
            assertTrue(started.await(10, TimeUnit.SECONDS));

            caller.interrupt();
            caller.join(5000);

            assertInstanceOf(InterruptedException.class, thrown.get());
            waitUntil(interrupted::get);
            assertEquals("free", pool.call(() -> "free", Duration.ofSeconds(5)), "the worker is free again");
        }
    }

    @Test
    void aJobPastItsLimitIsInterrupted() throws Exception {
        try (WorkPool pool = new WorkPool("test", 1, 4, LONG)) {
            AtomicBoolean interrupted = new AtomicBoolean();
            assertThrows(TimeoutException.class, () -> pool.call(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                return null;
            }, Duration.ofMillis(200)));
            waitUntil(interrupted::get);
        }
    }

    @Test
    void closingStopsRunningAndQueuedJobsAtOnce() throws Exception {
        WorkPool pool = new WorkPool("test", 1, 4, LONG);
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        pool.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return null;
        });
        Future<String> queued = pool.submit(() -> "never");
        assertTrue(started.await(10, TimeUnit.SECONDS));

        pool.close();

        waitUntil(interrupted::get);
        assertTrue(queued.isCancelled());
        assertTrue(pool.isClosed());
        assertThrows(WorkCancelledException.class, () -> pool.submit(() -> "after"));
        assertFalse(interrupted.get() && !queued.isDone());
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the condition did not come true in 20 s");
            }
            Thread.sleep(5);
        }
    }
}
