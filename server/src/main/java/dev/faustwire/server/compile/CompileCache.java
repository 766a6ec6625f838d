package dev.faustwire.server.compile;

import dev.faustwire.server.toolchain.CompileOutcome;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Compile outcomes by program hash, least recently used first out once the bytes they hold pass a bound. */
final class CompileCache {
    private final long maxBytes;
    private final LinkedHashMap<String, CompileOutcome> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    CompileCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized CompileOutcome get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, CompileOutcome outcome) {
        CompileOutcome old = entries.put(key, outcome);
        if (old != null) {
            bytes -= weight(old);
        }
        bytes += weight(outcome);
        Iterator<Map.Entry<String, CompileOutcome>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, CompileOutcome> entry = eldest.next();
            if (entry.getKey().equals(key)) {
                break;
            }
            bytes -= weight(entry.getValue());
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
