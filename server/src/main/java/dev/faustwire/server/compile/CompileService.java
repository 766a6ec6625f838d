package dev.faustwire.server.compile;

import dev.faustwire.server.toolchain.CompileFailure;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import java.util.concurrent.ArrayBlockingQueue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compiles on a bounded pool, at most once per distinct program: results are cached by a hash of
 * the compiler version, the program name and its text, and a program already being compiled is
 * waited for, not compiled again. A full queue is {@link ServerBusyException}, never a pile-up.
 * Renders run on the same pool, so sound and compiles together cannot overload the machine.
 */
public final class CompileService implements AutoCloseable {
    /** Default workers: one per core, since each compile or render is CPU-bound. */
    public static final int DEFAULT_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    public static final int DEFAULT_QUEUE = 32;
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    static final int REMEMBERED_CULPRITS = 64;

    private final FaustCompiler compiler;
    private final ThreadPoolExecutor pool;
    private final CompileCache cache;
    private final ConcurrentHashMap<String, CompletableFuture<CompileOutcome>> inFlight = new ConcurrentHashMap<>();
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
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                job -> {
                    Thread thread = new Thread(job, "faustwire-compile-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    public CompileService(FaustCompiler compiler) {
        this(compiler, DEFAULT_WORKERS, DEFAULT_QUEUE, DEFAULT_CACHE_BYTES);
    }

    public FaustCompiler compiler() {
        return compiler;
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
        String key = key(program);
        CompileOutcome cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        CompletableFuture<CompileOutcome> mine = new CompletableFuture<>();
        CompletableFuture<CompileOutcome> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            pool.execute(() -> compileInto(mine, key, program));
        } catch (RejectedExecutionException e) {
            inFlight.remove(key, mine);
            ServerBusyException busy = new ServerBusyException(retryAfterSeconds());
            mine.completeExceptionally(busy);
            throw busy;
        }
        return await(mine);
    }

    private void compileInto(CompletableFuture<CompileOutcome> result, String key, Program program) {
        // Leave the in-flight table before waking anyone: a woken caller that asks again must not be
        // handed this finished compile (a timeout is to be tried anew).
        try {
            compiles.incrementAndGet();
            CompileOutcome outcome = compiler.compile(program.code(), program.name());
            if (cacheable(outcome)) {
                cache.put(key, outcome);
            }
            inFlight.remove(key, result);
            result.complete(outcome);
        } catch (RuntimeException | Error e) {
            inFlight.remove(key, result);
            result.completeExceptionally(e);
        }
    }

    /** Timeouts and crashes may come from a loaded machine, so they are tried again next time. */
    private static boolean cacheable(CompileOutcome outcome) {
        return outcome instanceof CompileOutcome.Compiled
                || ((CompileOutcome.Failed) outcome).kind() == CompileFailure.REJECTED;
    }

    /**
     * The box a failure that names none starts at ({@link FailureBisection}), or null; remembered
     * per program, since crashes are not cached and would otherwise be bisected at every request.
     * A search the busy pool cut short is not remembered.
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
            culprit = FailureBisection.find(program, failure, this::compile);
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
     * is interrupted and a {@link TimeoutException} thrown.
     */
    public <T> T run(Callable<T> job, Duration limit) throws Exception {
        Future<T> future;
        try {
            future = pool.submit(job);
        } catch (RejectedExecutionException e) {
            throw new ServerBusyException(retryAfterSeconds());
        }
        try {
            return limit == null ? future.get() : future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (CancellationException e) {
            throw new IllegalStateException("the compile service has stopped", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private int retryAfterSeconds() {
        return 1 + pool.getQueue().size() / Math.max(1, pool.getMaximumPoolSize());
    }

    private static CompileOutcome await(CompletableFuture<CompileOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a compile", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("a compile failed unexpectedly", e.getCause());
        }
    }

    /** Stops the workers; whoever still waits for a compile or a render is told the server is stopping. */
    @Override
    public void close() {
        for (Runnable queued : pool.shutdownNow()) {
            if (queued instanceof Future<?> job) {
                job.cancel(true);
            }
        }
        IllegalStateException stopping = new IllegalStateException("the compile service has stopped");
        inFlight.values().forEach(waiting -> waiting.completeExceptionally(stopping));
    }
}
