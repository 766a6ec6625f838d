package dev.faustwire.server.compile;

import dev.faustwire.server.toolchain.CompileOutcome;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Compile outcomes by program hash, least recently used first out once the bytes they hold pass a bound. */
final class CompileCache {
    /** An outcome with its weight, measured once when it is stored. */
    private record Entry(CompileOutcome outcome, long weight) {
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    CompileCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized CompileOutcome get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.outcome();
    }

    synchronized void put(String key, CompileOutcome outcome) {
        Entry added = new Entry(outcome, weight(outcome));
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
