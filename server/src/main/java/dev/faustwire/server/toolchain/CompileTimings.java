package dev.faustwire.server.toolchain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the time of one compile request went, phase by phase (ms), for the {@code Server-Timing}
 * header the latency benchmark reads; a phase timed twice adds up. Filled by the request thread and
 * the worker that compiles, one after the other.
 */
public final class CompileTimings {
    /** A sink for callers that do not want the figures. */
    public static final CompileTimings NONE = new CompileTimings(false);

    private final boolean kept;
    private final Map<String, Double> phases = new LinkedHashMap<>();

    private CompileTimings(boolean kept) {
        this.kept = kept;
    }

    /** A new, empty record. */
    public static CompileTimings start() {
        return new CompileTimings(true);
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()}) to a phase; returns the time now. */
    public long since(String phase, long startNanos) {
        long now = System.nanoTime();
        add(phase, (now - startNanos) / 1e6);
        return now;
    }

    /** Adds {@code ms} to a phase. */
    public synchronized void add(String phase, double ms) {
        if (kept) {
            phases.merge(phase, ms, Double::sum);
        }
    }

    /** The phases in the order first timed. */
    public synchronized Map<String, Double> phases() {
        return new LinkedHashMap<>(phases);
    }

    /** {@code codegen;dur=1.25, queue;dur=0.03, ...}: the value of a {@code Server-Timing} header. */
    public synchronized String header() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Double> phase : phases.entrySet()) {
            out.append(out.length() == 0 ? "" : ", ").append(phase.getKey()).append(";dur=")
                    .append(Math.round(phase.getValue() * 1000) / 1000.0);
        }
        return out.toString();
    }
}
