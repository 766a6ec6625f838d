package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.faustwire.server.toolchain.CompileFailure;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.DspDescription;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CompileCache}: least recently used out first, bounded by the bytes its outcomes hold. */
class CompileCacheTest {

    /** A failure that the cache weighs at exactly this many bytes (two per character, plus 64). */
    private static CompileOutcome failed(int bytes) {
        return new CompileOutcome.Failed(CompileFailure.REJECTED, "m".repeat((bytes - 64) / 2), "exit status 1");
    }

    /** A compiled program weighing its wasm, twice its JSON text ({@code {}}, 2 characters), and 64. */
    private static CompileOutcome compiled(int wasmBytes) {
        return new CompileOutcome.Compiled(new byte[wasmBytes],
                new DspDescription(0, 1, 1, List.of(), JsonNodeFactory.instance.objectNode()));
    }

    private static List<String> present(CompileCache cache, String... keys) {
        return java.util.Arrays.stream(keys).filter(k -> cache.get(k) != null).toList();
    }

    @Test
    void returnsWhatWasPut() {
        CompileCache cache = new CompileCache(1000);
        CompileOutcome a = failed(100);

        cache.put("a", a);

        assertSame(a, cache.get("a"));
        assertNull(cache.get("b"));
        assertEquals(1, cache.size());
    }

    @Test
    void keepsEverythingUpToTheBound() {
        CompileCache cache = new CompileCache(300);

        cache.put("a", failed(100));
        cache.put("b", failed(100));
        cache.put("c", failed(100));

        assertEquals(3, cache.size());
    }

    @Test
    void evictsTheOldestOnceOverTheBound() {
        CompileCache cache = new CompileCache(300);
        cache.put("a", failed(100));
        cache.put("b", failed(100));
        cache.put("c", failed(100));

        cache.put("d", failed(100));

        assertEquals(3, cache.size());
        assertEquals(List.of("b", "c", "d"), present(cache, "a", "b", "c", "d"));
    }

    @Test
    void aReadMakesAnEntryRecent() {
        CompileCache cache = new CompileCache(300);
        cache.put("a", failed(100));
        cache.put("b", failed(100));
        cache.put("c", failed(100));
        assertNotNull(cache.get("a"));

        cache.put("d", failed(100));

        assertNull(cache.get("b"));
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("c"));
        assertNotNull(cache.get("d"));
    }

    @Test
    void evictsAsManyAsItTakes() {
        CompileCache cache = new CompileCache(400);
        cache.put("a", failed(100));
        cache.put("b", failed(100));
        cache.put("c", failed(100));
        cache.put("d", failed(100));

        cache.put("big", failed(300));

        assertEquals(List.of("d", "big"), present(cache, "a", "b", "c", "d", "big"));
    }

    @Test
    void theEntryJustPutIsNeverEvicted() {
        CompileCache cache = new CompileCache(300);
        cache.put("a", failed(100));
        cache.put("b", failed(100));

        cache.put("huge", compiled(10_000));

        assertEquals(1, cache.size());
        assertNotNull(cache.get("huge"));
    }

    @Test
    void anEntryOverTheBoundLeavesOnceAnotherArrives() {
        CompileCache cache = new CompileCache(300);
        cache.put("huge", compiled(10_000));

        cache.put("a", failed(100));

        assertEquals(List.of("a"), present(cache, "huge", "a"));
    }

    @Test
    void compiledProgramsWeighTheirWasm() {
        CompileCache cache = new CompileCache(1000);
        cache.put("a", failed(100));
        cache.put("b", compiled(800 - 64 - 4));
        assertEquals(2, cache.size());

        cache.put("c", compiled(100));

        assertEquals(List.of("b", "c"), present(cache, "a", "b", "c"));
    }

    @Test
    void replacingAnEntryCountsOnlyItsNewWeight() {
        CompileCache cache = new CompileCache(300);
        cache.put("a", failed(100));
        cache.put("b", failed(100));
        cache.put("c", failed(100));

        cache.put("c", failed(64));
        cache.put("d", failed(100));

        // 100 + 100 + 64 + 100 = 364 > 300: only a must go. Without the old weight taken off, b would go too.
        assertEquals(List.of("b", "c", "d"), present(cache, "a", "b", "c", "d"));
        assertEquals("", ((CompileOutcome.Failed) cache.get("c")).message());
    }

    @Test
    void replacingAnEntryWithAHeavierOneEvictsOthersButNotIt() {
        CompileCache cache = new CompileCache(300);
        cache.put("a", failed(100));
        cache.put("b", failed(100));
        cache.put("c", failed(100));

        cache.put("a", failed(200));

        assertEquals(List.of("a", "c"), present(cache, "a", "b", "c"));
    }

    @Test
    void replacingTheSameEntryManyTimesDoesNotGrowTheCount() {
        CompileCache cache = new CompileCache(300);
        for (int i = 0; i < 50; i++) {
            cache.put("a", failed(100));
        }

        cache.put("b", failed(100));
        cache.put("c", failed(100));

        assertEquals(3, cache.size());
    }

    @Test
    void aTimeoutIsAnsweredForTenMinutesThenTriedAgain() {
        long[] now = {1_000L};
        CompileCache cache = new CompileCache(1000, () -> now[0]);
        CompileOutcome timeout = new CompileOutcome.Failed(CompileFailure.TIMEOUT, "too long", "killed after the time limit");
        CompileOutcome crash = new CompileOutcome.Failed(CompileFailure.CRASHED, "boom", "exit status 139");
        cache.put("slow", timeout);
        cache.put("crash", crash);

        now[0] += CompileCache.TIMEOUT_KEPT.toNanos() - 1;
        assertSame(timeout, cache.get("slow"));

        now[0] += 1;
        assertNull(cache.get("slow"));
        assertEquals(1, cache.size());
        assertSame(crash, cache.get("crash"), "a crash does not depend on the machine's load and is kept");
    }
}
