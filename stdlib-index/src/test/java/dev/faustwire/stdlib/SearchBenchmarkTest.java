package dev.faustwire.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Repeated-timing benchmark of a search over the whole committed index: prints the median and the
 * 99th percentile per kind of query. It checks what each query finds, never how fast (a busy
 * machine would make a time limit flaky); the goal is a median under 1 ms.
 */
class SearchBenchmarkTest {
    private static final int WARM_UP = 2_000;
    private static final int RUNS = 5_000;

    @Test
    void searchOverTheWholeIndex() {
        StdlibIndex index = BundledIndex.get();
        List<String[]> queries = List.of(
                new String[] {"os.osc", "os.osc"},
                new String[] {"lowpass", "fi.lowpass"},
                new String[] {"lowp", "fi.lowpass"},
                new String[] {"octave", null},
                new String[] {"sine oscillator", null},
                new String[] {"zzzz", ""});
        System.out.println("stdlib search over " + index.functions().size() + " functions (" + RUNS + " runs each):");
        for (String[] query : queries) {
            List<Search.Match> matches = index.search(query[0]);
            if (query[1] == null) {
                assertFalse(matches.isEmpty(), query[0]);
            } else if (query[1].isEmpty()) {
                assertEquals(List.of(), matches);
            } else {
                assertEquals(query[1], matches.get(0).function().name(), query[0]);
            }
            long[] nanos = time(index, query[0]);
            System.out.printf("  %-18s %4d matches  median %7.1f us  p99 %7.1f us%n", "\"" + query[0] + "\"",
                    matches.size(), nanos[RUNS / 2] / 1000.0, nanos[RUNS * 99 / 100] / 1000.0);
        }
    }

    private static long[] time(StdlibIndex index, String query) {
        int sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += index.search(query).size();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += index.search(query).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        if (sink < 0) {
            throw new AssertionError("unreachable; keeps the searches from being optimised away");
        }
        return nanos;
    }
}
