package dev.faustwire.stdlib.build;

import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.Skipped;
import dev.faustwire.stdlib.StdlibIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the index from the installed libraries: reads which files {@code stdfaust.lib} names,
 * finds their documented functions, and asks the compiler for each one's arity, in parallel, and
 * whether it keeps state (from the same compiles; a function whose state cannot be read is stateful).
 */
public final class IndexGenerator {
    /** Where the index lives in the repository, relative to its root. */
    public static final String RESOURCE = "stdlib-index/src/main/resources/dev/faustwire/stdlib/stdlib-index.json";

    private static final long SLOW_MILLIS = 3000;
    private static final Pattern LIBRARY = Pattern.compile("(?m)^\\s*([a-z]+)\\s*=\\s*library\\(\"([^\"]+)\"\\)\\s*;");

    private IndexGenerator() {
    }

    /** The index of the libraries in {@code folder} (holding {@code stdfaust.lib}), probed with {@code probe}. */
    public static StdlibIndex generate(Path folder, FaustProbe probe, int threads, PrintStream progress) {
        Map<String, LibraryDocs.Documented> documented = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Map.Entry<String, String> library : libraries(read(folder.resolve("stdfaust.lib"))).entrySet()) {
            String file = library.getValue();
            LibraryDocs.Result docs = LibraryDocs.read(library.getKey(), file, read(folder.resolve(file)));
            for (LibraryDocs.Documented d : docs.documented()) {
                documented.putIfAbsent(d.name(), d);
            }
            for (LibraryDocs.Unmatched u : docs.unmatched()) {
                skipped.add(new Skipped(library.getKey() + "." + u.pattern(), file,
                        "the doc header names a family, but the library defines no member of it"));
            }
        }
        progress.println("faustwire index: " + documented.size() + " documented names; probing with " + threads + " threads");
        List<LibraryFunction> functions = fit(documented.values(), skipped, probe, threads, progress);
        progress.println("faustwire index: " + functions.size() + " functions, " + skipped.size() + " left out");
        return new StdlibIndex(probe.version(), functions, skipped);
    }

    /** The entries of documented names, asking the compiler in parallel; the names left out go to {@code skipped}. */
    static List<LibraryFunction> fit(Iterable<LibraryDocs.Documented> documented, List<Skipped> skipped, FaustProbe probe,
                                     int threads, PrintStream progress) {
        ArityFitter fitter = new ArityFitter(call -> timed(probe, call, progress));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicIntegerArray states = new AtomicIntegerArray(CompiledState.values().length);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (LibraryDocs.Documented d : documented) {
                results.add(pool.submit(() -> entry(d, fitter, states)));
            }
            List<LibraryFunction> functions = new ArrayList<>();
            for (Future<Object> result : results) {
                Object value = result.get();
                if (value instanceof LibraryFunction function) {
                    functions.add(function);
                } else {
                    skipped.add((Skipped) value);
                }
            }
            progress.println("faustwire index: state: " + states.get(CompiledState.STATEFUL.ordinal()) + " stateful, "
                    + states.get(CompiledState.STATELESS.ordinal()) + " stateless, "
                    + states.get(CompiledState.UNKNOWN.ordinal()) + " unknown (recorded as stateful)");
            return functions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("probing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object entry(LibraryDocs.Documented d, ArityFitter fitter, AtomicIntegerArray states) {
        String shortName = d.name().substring(d.name().indexOf('.') + 1);
        List<String> params = UsageParams.of(shortName, d.usage());
        if (params.isEmpty() && !d.pattern().equals(shortName)) {
            params = UsageParams.of(d.pattern(), d.usage());
        }
        ArityFitter.Outcome outcome = fitter.fit(d.name(), params);
        if (outcome.arity() == null) {
            return new Skipped(d.name(), d.library(), outcome.skipReason(), d.summary(), d.usage(), params);
        }
        DelaySection.Parsed delay = d.delay() == null ? null : DelaySection.parse(d.name(), d.delay());
        if (delay != null && !delay.ok()) {
            return new Skipped(d.name(), d.library(), delay.problem(), d.summary(), d.usage(), params);
        }
        states.incrementAndGet(outcome.state().ordinal());
        boolean stateful = outcome.state() != CompiledState.STATELESS;
        if (delay == null) {
            return new LibraryFunction(d.name(), d.library(), d.summary(), d.usage(), params, outcome.arity(), stateful);
        }
        return new LibraryFunction(d.name(), d.library(), d.summary(), d.usage(), params, outcome.arity(),
                delay.samples(), delay.fed(), true);
    }

    /** One probe; a slow one is reported, since it is what makes the index slow to build. */
    private static FaustProbe.Answer timed(FaustProbe probe, String call, PrintStream progress) {
        long start = System.nanoTime();
        FaustProbe.Answer answer = probe.probe(call);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > SLOW_MILLIS) {
            progress.println("faustwire index: slow probe (" + millis + " ms): " + call);
        }
        return answer;
    }

    /** Prefix to file, in the order {@code stdfaust.lib} gives them. */
    static Map<String, String> libraries(String stdfaust) {
        Map<String, String> libraries = new LinkedHashMap<>();
        Matcher matcher = LIBRARY.matcher(stdfaust);
        while (matcher.find()) {
            libraries.put(matcher.group(1), matcher.group(2));
        }
        return libraries;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
