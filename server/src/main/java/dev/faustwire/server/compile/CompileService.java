package dev.faustwire.server.compile;

import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.CompileTimings;
import dev.faustwire.server.toolchain.FaustCompiler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compiles on a bounded {@link WorkPool}, at most once per distinct program: outcomes (crashes, and
 * timeouts for ten minutes, included) are cached by a hash of the compiler version, the program name and its text,
 * and a program already being compiled is waited for, not compiled again. A full queue, or one that
 * would keep a compile waiting past {@link #MAX_WAIT}, is {@link ServerBusyException} with the
 * queue's measured drain time. Renders and probes run on the same pool, so sound, probes and
 * compiles together cannot overload the machine. A caller interrupted while it waits (its client
 * went away, its deadline passed) gets {@link WorkCancelledException}, and a compile nobody waits
 * for any more is cancelled.
 */
public final class CompileService implements AutoCloseable {
    /** Default workers: one per core, since each compile or render is CPU-bound. */
    public static final int DEFAULT_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /**
     * Waiting compiles: a waiting request costs a server thread, not a compile, so the queue may hold
     * far more than the workers (128 of Jetty's 250 threads); {@link #MAX_WAIT} refuses earlier when
     * the measured jobs are slow.
     */
    public static final int DEFAULT_QUEUE = 128;
    /** Longest a job may be expected to wait for a worker, at the measured rate, before it is refused. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(30);
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    /** Longest the search for the box behind a failure may take in all; past it, the failure names no box. */
    public static final Duration BISECTION_TIME = Duration.ofSeconds(20);
    static final int REMEMBERED_CULPRITS = 64;

    private final FaustCompiler compiler;
    private final WorkPool pool;
    private final CompileCache cache;
    private final SharedWork<CompileOutcome> inFlight = new SharedWork<>();
    private final AtomicInteger compiles = new AtomicInteger();
    /** The latest {@value #REMEMBERED_CULPRITS} bisections, by program key; a null culprit is remembered too. */
    private final Map<String, FailureBisection.Culprit> culprits = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FailureBisection.Culprit> eldest) {
            return size() > REMEMBERED_CULPRITS;
        }
    };

    public CompileService(FaustCompiler compiler, int workers, int queue, long cacheBytes) {
        this.compiler = compiler;
        this.cache = new CompileCache(cacheBytes);
        this.pool = new WorkPool("faustwire-compile", workers, queue, MAX_WAIT);
    }

    public CompileService(FaustCompiler compiler) {
        this(compiler, DEFAULT_WORKERS, DEFAULT_QUEUE, DEFAULT_CACHE_BYTES);
    }

    public FaustCompiler compiler() {
        return compiler;
    }

    /** The pool compiles, probes and renders share: its queue, workers and measured drain rate. */
    public WorkPool pool() {
        return pool;
    }

    /** How many times the compiler actually ran (cache hits and shared waits do not count). */
    public int compileCount() {
        return compiles.get();
    }

    /** The cache key of a program: compiler version, name and text. */
    public String key(Program program) {
        return Sha256.hex(compiler.version() + "\n" + program.name() + "\n" + program.code());
    }

    /** The outcome for a compilable program, from the cache, a compile in flight, or a new compile. */
    public CompileOutcome compile(Program program) {
        return compile(program, FaustCompiler.MONO, CompileTimings.NONE);
    }

    /** As {@link #compile(Program)} with other compiler options ({@link FaustCompiler#POLY_VOICE}), cached apart. */
    public CompileOutcome compile(Program program, java.util.List<String> options) {
        return compile(program, options, CompileTimings.NONE);
    }

    /** As {@link #compile(Program)}, its phases added to {@code timings}. */
    public CompileOutcome compile(Program program, CompileTimings timings) {
        return compile(program, FaustCompiler.MONO, timings);
    }

    /**
     * The compile with those options, its phases added to {@code timings}: {@code cache} for a hit,
     * {@code queue} for the wait for a worker, then the compiler's own; a compile this request only
     * waited for (another asked for the same program first) is {@code shared}.
     */
    public CompileOutcome compile(Program program, java.util.List<String> options, CompileTimings timings) {
        long asked = System.nanoTime();
        java.util.List<String> used = FaustCompiler.optionsFor(program.code(), options);
        String key = used.equals(FaustCompiler.MONO) ? key(program) : key(program) + " " + String.join(" ", used);
        CompileOutcome cached = cache.get(key);
        if (cached != null) {
            timings.since("cache", asked);
            return cached;
        }
        AtomicBoolean ran = new AtomicBoolean();
        try {
            CompileOutcome shared = inFlight.join(key, pool, () -> {
                ran.set(true);
                timings.since("queue", asked);
                compiles.incrementAndGet();
                CompileOutcome outcome = compiler.compile(program.code(), program.name(), used, timings);
                cache.put(key, outcome);
                return outcome;
            });
            if (!ran.get()) {
                timings.since("shared", asked);
            }
            return shared;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkCancelledException("the compile was stopped: its request was cancelled", e);
        }
    }

    /**
     * The box a failure that names none starts at ({@link FailureBisection}), or null; remembered
     * per program, so a repeat costs nothing. The search takes at most {@link #BISECTION_TIME}; one the
     * busy pool cut short is not remembered.
     */
    public FailureBisection.Culprit culprit(Program program, CompileOutcome.Failed failure) {
        String key = key(program);
        synchronized (culprits) {
            if (culprits.containsKey(key)) {
                return culprits.get(key);
            }
        }
        FailureBisection.Culprit culprit;
        try {
            culprit = FailureBisection.find(program, failure, this::compile, System.nanoTime() + BISECTION_TIME.toNanos());
        } catch (ServerBusyException e) {
            return null;
        }
        synchronized (culprits) {
            culprits.put(key, culprit);
        }
        return culprit;
    }

    /** Runs other CPU-heavy work (a render) on the compile pool and waits for it. */
    public <T> T run(Callable<T> job) throws Exception {
        return run(job, null);
    }

    /**
     * Runs a job on the compile pool and waits at most {@code limit} (null: no limit); past it the job
     * is interrupted and a {@link java.util.concurrent.TimeoutException} thrown. A caller interrupted
     * while it waits cancels the job and gets {@link WorkCancelledException}.
     */
    public <T> T run(Callable<T> job, Duration limit) throws Exception {
        try {
            return pool.call(job, limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkCancelledException("the work was stopped: its request was cancelled", e);
        }
    }

    /** Stops the workers at once; whoever still waits for a compile or a render is told the server is stopping. */
    @Override
    public void close() {
        pool.close();
        inFlight.stopAll();
    }
}
