package dev.faustwire.server.compile;

import dev.faustwire.server.toolchain.CompileFailure;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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

    private final FaustCompiler compiler;
    private final ThreadPoolExecutor pool;
    private final CompileCache cache;
    private final ConcurrentHashMap<String, CompletableFuture<CompileOutcome>> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger compiles = new AtomicInteger();

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
        return sha256(compiler.version() + "\n" + program.name() + "\n" + program.code());
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
        try {
            compiles.incrementAndGet();
            CompileOutcome outcome = compiler.compile(program.code(), program.name());
            if (cacheable(outcome)) {
                cache.put(key, outcome);
            }
            result.complete(outcome);
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        } finally {
            inFlight.remove(key, result);
        }
    }

    /** Timeouts and crashes may come from a loaded machine, so they are tried again next time. */
    private static boolean cacheable(CompileOutcome outcome) {
        return outcome instanceof CompileOutcome.Compiled
                || ((CompileOutcome.Failed) outcome).kind() == CompileFailure.REJECTED;
    }

    /** Runs other CPU-heavy work (a render) on the compile pool and waits for it. */
    public <T> T run(Callable<T> job) throws Exception {
        Future<T> future;
        try {
            future = pool.submit(job);
        } catch (RejectedExecutionException e) {
            throw new ServerBusyException(retryAfterSeconds());
        }
        try {
            return future.get();
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

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
