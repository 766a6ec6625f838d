package dev.faustwire.server.compile;

import dev.faustwire.codegen.Resources.Arity;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.CompilerError;
import dev.faustwire.server.toolchain.CompilerMessages;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The inputs and outputs of a {@code code} box's Faust text, asked of the real compiler in its
 * sandbox with a short time limit. The text is compiled as codegen writes it
 * ({@code environment { text }.process} after the standard import), so it means the same here as
 * in the patch. Answers are kept by text (the most recent {@value #KEPT}), timeouts and crashes
 * included, so regenerating a patch does not compile its code boxes again; two requests that probe the
 * same text at the same time share one compile. Each request probes within a {@link ProbeBudget}.
 * Thread-safe. As a function from text to arity it is what sub-patcher file lookup asks code boxes
 * of, without knowing this class.
 */
public final class CodeProbe implements Function<String, Arity> {
    /** 5 s: a code box is one small program; a probe must not hold up the patch around it for long. */
    public static final SandboxLimits LIMITS = new SandboxLimits(Duration.ofSeconds(5), 1L << 30, 16L << 20);
    static final int KEPT = 256;
    /** Lines the probe program puts before the code text; compiler errors are shifted back by as many. */
    private static final int LINES_BEFORE = 2;
    private static final String NAME = "code";

    private final CompileService pool;
    private final Supplier<FaustCompiler> makeCompiler;
    private final int capacity;
    private FaustCompiler compiler;
    private final Map<String, Arity> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final SharedWork<Arity> inFlight = new SharedWork<>();
    private final AtomicInteger compiles = new AtomicInteger();

    /** Probes on {@code pool} (null: in the caller's thread), keeping the answers for {@code capacity} texts. */
    CodeProbe(CompileService pool, Supplier<FaustCompiler> makeCompiler, int capacity) {
        this.pool = pool;
        this.makeCompiler = makeCompiler;
        this.capacity = capacity;
    }

    /** Probes on the server's compile pool, so probes count against its workers and queue. */
    public CodeProbe(CompileService pool) {
        this(pool, () -> new FaustCompiler(LIMITS), KEPT);
    }

    /** Probes in the caller's thread (the command line); the compiler is looked for at the first probe. */
    public static CodeProbe direct() {
        return new CodeProbe(null, () -> new FaustCompiler(LIMITS), KEPT);
    }

    /** How many times the compiler actually ran. */
    public int compileCount() {
        return compiles.get();
    }

    /** Same as {@link #arity}, without a bound. */
    @Override
    public Arity apply(String faust) {
        return arity(faust);
    }

    /** The arity of the text's {@code process}, or why it has none, probing without a bound. */
    public Arity arity(String faust) {
        return arity(faust, ProbeBudget.unlimited());
    }

    /** Arities for one request: known ones free, new probes within {@code budget}, null past it. */
    public Function<String, Arity> within(ProbeBudget budget) {
        return faust -> arity(faust, budget);
    }

    /**
     * The arity of the text's {@code process} or why it has none; null when the text needs a probe
     * and the budget is spent. A caller interrupted while it waits gets {@link WorkCancelledException}.
     */
    public Arity arity(String faust, ProbeBudget budget) {
        String key = Sha256.hex(faust);
        Arity known = known(key);
        if (known != null) {
            return known;
        }
        if (!budget.take()) {
            return null;
        }
        long start = System.nanoTime();
        try {
            return pool == null ? probe(key, faust) : inFlight.join(key, pool.pool(), () -> probe(key, faust));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkCancelledException("a probe was stopped: its request was cancelled", e);
        } finally {
            budget.spend(System.nanoTime() - start);
        }
    }

    private Arity known(String key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }

    /** Compiles the probe program once and keeps what it says, whatever it says. */
    private Arity probe(String key, String faust) {
        Arity again = known(key);
        if (again != null) {
            return again;
        }
        FaustCompiler faustCompiler;
        try {
            faustCompiler = compiler();
        } catch (IllegalStateException e) {
            return Arity.failed("the Faust compiler is not available to probe this code: " + e.getMessage());
        }
        compiles.incrementAndGet();
        Arity arity = arity(faustCompiler.compile(program(faust), NAME), faust);
        synchronized (kept) {
            kept.put(key, arity);
            if (kept.size() > capacity) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return arity;
    }

    /** The program a probe compiles: the code box as codegen writes it, alone in {@code process}. */
    static String program(String faust) {
        return "import(\"stdfaust.lib\");\nprocess = environment {\n" + faust + "\n}.process;\n";
    }

    private synchronized FaustCompiler compiler() {
        if (compiler == null) {
            compiler = makeCompiler.get();
        }
        return compiler;
    }

    private static Arity arity(CompileOutcome outcome, String faust) {
        if (outcome instanceof CompileOutcome.Compiled compiled) {
            return Arity.of(compiled.description().inputs(), compiled.description().outputs());
        }
        CompileOutcome.Failed failed = (CompileOutcome.Failed) outcome;
        return Arity.failed(switch (failed.kind()) {
            case REJECTED -> "this code does not compile: " + located(failed.message(), faust);
            case TIMEOUT -> "the Faust compiler did not finish with this code within " + LIMITS.timeout().toSeconds()
                    + " s; give its inputs and outputs as @ins and @outs";
            case OUT_OF_MEMORY -> "the Faust compiler ran out of its " + (LIMITS.memoryBytes() >> 20)
                    + " MiB of memory on this code";
            case CRASHED -> "the Faust compiler crashed on this code (" + failed.ending() + ")";
            case TOO_LARGE -> failed.message();
        });
    }

    /** The compiler's errors with lines counted in the code text ({@code line 1: ...}). */
    private static String located(String cleaned, String faust) {
        int codeLines = faust.split("\n", -1).length;
        List<String> errors = new ArrayList<>();
        for (CompilerError error : CompilerMessages.errors(cleaned)) {
            int line = error.line() - LINES_BEFORE;
            boolean inCode = (NAME + ".dsp").equals(error.file()) && line >= 1 && line <= codeLines;
            errors.add(inCode ? "line " + line + ": " + error.message() : error.message());
        }
        return errors.isEmpty() ? "the compiler gave no reason" : String.join("\n", errors);
    }
}
