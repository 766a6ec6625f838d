package dev.faustwire.server.compile;

import dev.faustwire.server.toolchain.CompileFailure;
import dev.faustwire.server.toolchain.CompileOutcome;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Compile outcomes by program hash, least recently used first out once the bytes they hold pass a
 * bound. A timeout is kept for {@link #TIMEOUT_KEPT} only: a repeat soon after costs nothing, but a
 * timeout may come from a machine that was busy, so the program is tried again later.
 */
final class CompileCache {
    /** How long a timeout is answered from the cache before the program is compiled again. */
    static final Duration TIMEOUT_KEPT = Duration.ofMinutes(10);

    /** An outcome with its weight, measured once when it is stored, and when it expires (nanoTime). */
    private record Entry(CompileOutcome outcome, long weight, long expires) {
    }

    private final long maxBytes;
    private final LongSupplier clock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    CompileCache(long maxBytes) {
        this(maxBytes, System::nanoTime);
    }

    /** A cache reading the time (in nanoseconds, as {@link System#nanoTime}) from {@code clock}. */
    CompileCache(long maxBytes, LongSupplier clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    synchronized CompileOutcome get(String key) {
        Entry entry = entries.get(key);
        if (entry != null && entry.expires() != Long.MAX_VALUE && clock.getAsLong() - entry.expires() >= 0) {
            entries.remove(key);
            bytes -= entry.weight();
            return null;
        }
        return entry == null ? null : entry.outcome();
    }

    synchronized void put(String key, CompileOutcome outcome) {
        boolean timeout = outcome instanceof CompileOutcome.Failed failed && failed.kind() == CompileFailure.TIMEOUT;
        Entry added = new Entry(outcome, weight(outcome),
                timeout ? clock.getAsLong() + TIMEOUT_KEPT.toNanos() : Long.MAX_VALUE);
        Entry old = entries.put(key, added);
        if (old != null) {
            bytes -= old.weight();
        }
        bytes += added.weight();
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Entry> entry = eldest.next();
            if (entry.getKey().equals(key)) {
                break;
            }
            bytes -= entry.getValue().weight();
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }

    private static long weight(CompileOutcome outcome) {
        if (outcome instanceof CompileOutcome.Compiled compiled) {
            return compiled.wasm().length + 2L * compiled.description().json().toString().length() + 64;
        }
        return 2L * ((CompileOutcome.Failed) outcome).message().length() + 64;
    }
}
