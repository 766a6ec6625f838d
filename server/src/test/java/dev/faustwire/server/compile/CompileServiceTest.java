package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.toolchain.CompileFailure;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CompileService} with the real compiler: once per distinct program, shared waits, a bounded queue. */
class CompileServiceTest {
    private static final Program IDENTITY = Program.ofDsp("main", "process = _;");
    private static final Program UNDEFINED = Program.ofDsp("main", "process = oscc;");

    private static FaustCompiler compiler;
    /** Gives up after 2 s, so slow programs keep a worker busy for a short, known time. */
    private static FaustCompiler quick;

    @BeforeAll
    static void start() {
        compiler = new FaustCompiler(SandboxLimits.DEFAULT);
        quick = new FaustCompiler(new SandboxLimits(Duration.ofSeconds(2), 1L << 30, 64L << 20));
    }

    private static CompileService service() {
        return new CompileService(compiler, 2, 8, 16L << 20);
    }

    private static Program slow(int width) {
        return Program.ofDsp("main", "process = par(i, " + width + ", _);");
    }

    // ---- once per distinct program ----

    @Test
    void theSameProgramTwiceIsCompiledOnce() {
        try (CompileService service = service()) {
            CompileOutcome first = service.compile(IDENTITY);
            CompileOutcome second = service.compile(Program.ofDsp("main", "process = _;"));

            assertInstanceOf(CompileOutcome.Compiled.class, first);
            assertSame(first, second);
            assertEquals(1, service.compileCount());
        }
    }

    @Test
    void anotherNameIsCompiledAgain() {
        try (CompileService service = service()) {
            service.compile(IDENTITY);
            CompileOutcome other = service.compile(Program.ofDsp("synth", "process = _;"));

            assertEquals(2, service.compileCount());
            assertEquals("synth", ((CompileOutcome.Compiled) other).description().json().path("name").asText());
        }
    }

    @Test
    void anotherTextIsCompiledAgain() {
        try (CompileService service = service()) {
            service.compile(IDENTITY);
            service.compile(Program.ofDsp("main", "process = _ ;"));

            assertEquals(2, service.compileCount());
        }
    }

    @Test
    void theKeyDependsOnNameAndTextOnly() {
        try (CompileService service = service()) {
            String key = service.key(IDENTITY);

            assertTrue(key.matches("[0-9a-f]{64}"), key);
            assertEquals(key, service.key(new Program("main", "process = _;", null, List.of(), 1, 1)));
            assertNotEquals(key, service.key(Program.ofDsp("synth", "process = _;")));
            assertNotEquals(key, service.key(Program.ofDsp("main", "process = _ ;")));
        }
    }

    @Test
    void aRejectedProgramIsCachedToo() {
        try (CompileService service = service()) {
            CompileOutcome first = service.compile(UNDEFINED);
            CompileOutcome second = service.compile(UNDEFINED);

            CompileOutcome.Failed failed = assertInstanceOf(CompileOutcome.Failed.class, first);
            assertEquals(CompileFailure.REJECTED, failed.kind());
            assertEquals("main.dsp : 1 : ERROR : undefined symbol : oscc", failed.message());
            assertSame(first, second);
            assertEquals(1, service.compileCount());
        }
    }

    // Issue 14: timeouts and crashes were tried again at every request (a crashing 10,000-box chain cost
    // 10 s on every repeat); they are cached like every other outcome, so a repeat costs nothing.
    @Test
    void aTimeoutIsCachedSoARepeatCostsNothing() {
        FaustCompiler oneSecond = new FaustCompiler(new SandboxLimits(Duration.ofSeconds(1), 1L << 30, 64L << 20));
        try (CompileService service = new CompileService(oneSecond, 1, 1, 16L << 20)) {
            Program runaway = Program.ofDsp("main", "process = @(1<<30);");

            CompileOutcome first = service.compile(runaway);
            long start = System.nanoTime();
            CompileOutcome second = service.compile(runaway);
            double repeatMillis = (System.nanoTime() - start) / 1e6;

            assertEquals(CompileFailure.TIMEOUT, ((CompileOutcome.Failed) first).kind());
            assertSame(first, second);
            assertEquals(1, service.compileCount());
            System.out.printf("a timed-out program asked again: %.2f ms, no compiler run%n", repeatMillis);
        }
    }

    @Test
    void aCrashIsCachedSoARepeatCostsNothing() {
        try (CompileService service = new CompileService(starved(), 1, 1, 16L << 20)) {
            for (int i = 0; i < 30; i++) {
                assertEquals(CompileFailure.CRASHED, ((CompileOutcome.Failed) service.compile(IDENTITY)).kind());
            }

            assertEquals(1, service.compileCount());
        }
    }

    // Regression: a finished compile must leave the in-flight table before it wakes its callers, or the
    // caller's very next request for a program the small cache dropped gets the old outcome.
    @Test
    void aProgramTheCacheDroppedIsCompiledByTheVeryNextRequest() {
        try (CompileService service = new CompileService(starved(), 1, 1, 1)) {
            for (int i = 0; i < 10; i++) {
                assertEquals(CompileFailure.CRASHED, ((CompileOutcome.Failed) service.compile(IDENTITY)).kind());
                service.compile(Program.ofDsp("main", "process = " + i + ";"));
            }

            assertEquals(20, service.compileCount());
        }
    }

    /** A compiler with 10 MB of address space: it cannot even load its libraries, and crashes at once. */
    private static FaustCompiler starved() {
        return new FaustCompiler(new SandboxLimits(Duration.ofSeconds(1), 10_000_000L, 1L << 20));
    }

    @Test
    void concurrentRequestsForOneProgramCompileItOnce() throws Exception {
        Program reverb = Program.ofDsp("main", "import(\"stdfaust.lib\");\nprocess = re.mono_freeverb(0.5, 0.5, 0.5, 20);");
        try (CompileService service = service()) {
            CountDownLatch go = new CountDownLatch(1);
            List<AtomicReference<Object>> results = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                AtomicReference<Object> result = new AtomicReference<>();
                results.add(result);
                threads.add(start(() -> {
                    go.await();
                    return service.compile(reverb);
                }, result));
            }

            go.countDown();
            for (Thread thread : threads) {
                thread.join(30_000);
            }

            assertEquals(1, service.compileCount());
            Object first = results.get(0).get();
            assertInstanceOf(CompileOutcome.Compiled.class, first);
            for (AtomicReference<Object> result : results) {
                assertSame(first, result.get());
            }
        }
    }

    // ---- a bounded queue ----

    @Test
    void aFullQueueIsBusyAndForgetsTheProgramItTurnedAway() throws Exception {
        try (CompileService service = new CompileService(quick, 1, 1, 16L << 20)) {
            AtomicReference<Object> running = new AtomicReference<>();
            AtomicReference<Object> queued = new AtomicReference<>();
            Thread first = start(() -> service.compile(slow(3000)), running);
            waitUntil(() -> service.compileCount() == 1);
            Thread second = start(() -> service.compile(slow(3001)), queued);
            waitUntil(() -> second.getState() == Thread.State.WAITING);

            ServerBusyException busy = assertThrows(ServerBusyException.class, () -> service.compile(IDENTITY));

            assertTrue(busy.retryAfterSeconds() >= 1);
            assertEquals(service.pool().retryAfterSeconds(), busy.retryAfterSeconds());
            assertTrue(busy.getMessage().contains("retry in " + busy.retryAfterSeconds() + " s"), busy.getMessage());
            first.join(20_000);
            second.join(20_000);
            assertEquals(CompileFailure.TIMEOUT, ((CompileOutcome.Failed) running.get()).kind());
            assertEquals(CompileFailure.TIMEOUT, ((CompileOutcome.Failed) queued.get()).kind());
            assertEquals(2, service.compileCount());
            assertInstanceOf(CompileOutcome.Compiled.class, service.compile(IDENTITY));
            assertEquals(3, service.compileCount());
        }
    }

    @Test
    void aPoolFullOfRendersTurnsCompilesAndRendersAway() throws Exception {
        try (CompileService service = new CompileService(compiler, 1, 1, 16L << 20)) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<Object> a = new AtomicReference<>();
            AtomicReference<Object> b = new AtomicReference<>();
            Thread running = start(() -> service.run(() -> {
                started.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }), a);
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Thread waiting = start(() -> service.run(() -> "second"), b);
            waitUntil(() -> waiting.getState() == Thread.State.WAITING);

            assertTrue(assertThrows(ServerBusyException.class, () -> service.run(() -> "third")).retryAfterSeconds() >= 1);
            assertThrows(ServerBusyException.class, () -> service.compile(IDENTITY));
            assertEquals(0, service.compileCount());

            release.countDown();
            running.join(10_000);
            waiting.join(10_000);
            assertEquals(true, a.get());
            assertEquals("second", b.get());
            assertInstanceOf(CompileOutcome.Compiled.class, service.compile(IDENTITY));
            assertEquals(1, service.compileCount());
        }
    }

    // ---- other work on the pool ----

    @Test
    void runReturnsTheValueOfTheJobFromACompileThread() throws Exception {
        try (CompileService service = service()) {
            assertEquals(42, service.run(() -> 42));
            assertTrue(service.run(() -> Thread.currentThread().getName()).startsWith("faustwire-compile-"));
        }
    }

    @Test
    void runRethrowsTheExceptionOfTheJob() {
        IOException failure = new IOException("the wav is broken");
        try (CompileService service = service()) {
            assertSame(failure, assertThrows(IOException.class, () -> service.run(() -> {
                throw failure;
            })));
            IllegalStateException unchecked = new IllegalStateException("no");
            assertSame(unchecked, assertThrows(IllegalStateException.class, () -> service.run(() -> {
                throw unchecked;
            })));
        }
    }

    @Test
    void runWrapsAnErrorOfTheJob() {
        StackOverflowError error = new StackOverflowError("deep");
        try (CompileService service = service()) {
            ExecutionException thrown = assertThrows(ExecutionException.class, () -> service.run(() -> {
                throw error;
            }));
            assertSame(error, thrown.getCause());
        }
    }

    // Regression: shutdownNow() drops queued jobs without running them; close() must still release the
    // callers waiting for them instead of leaving them blocked forever.
    @Test
    void closingTheServiceReleasesEveryoneWaitingForACompile() throws Exception {
        CompileService service = new CompileService(compiler, 1, 1, 16L << 20);
        CountDownLatch started = new CountDownLatch(1);
        start(() -> service.run(() -> {
            started.countDown();
            return new CountDownLatch(1).await(30, TimeUnit.SECONDS);
        }), new AtomicReference<>());
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Thread waiting = start(() -> service.compile(IDENTITY), new AtomicReference<>());
        waitUntil(() -> waiting.getState() == Thread.State.WAITING);

        service.close();

        waiting.join(10_000);
        assertFalse(waiting.isAlive(), "a caller still waits for a compile the closed service will never run");
    }

    // ---- helpers ----

    private interface Job {
        Object call() throws Exception;
    }

    /** Runs a job on a daemon thread; its result, or what it threw, ends up in {@code result}. */
    private static Thread start(Job job, AtomicReference<Object> result) {
        Thread thread = new Thread(() -> {
            try {
                result.set(job.call());
            } catch (Exception | Error e) {
                result.set(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private interface Condition {
        boolean holds();
    }

    private static void waitUntil(Condition condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the condition did not come true in 20 s");
            }
            Thread.sleep(5);
        }
    }
}
