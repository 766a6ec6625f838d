package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.Token;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The benchmark patches: exact sizes, deterministic, realistic, and free of errors. */
class SyntheticPatchesTest {

    @Test
    void hasExactlyTheBoxesAskedFor() {
        for (int boxes : List.of(1, 2, 5, 6, 7, 100, 1000, 5000)) {
            assertEquals(boxes, SyntheticPatches.of(boxes, SyntheticPatches.BENCHMARK_SEED).boxes().size(), boxes + " boxes");
        }
        assertThrows(IllegalArgumentException.class, () -> SyntheticPatches.of(0, 1));
    }

    @Test
    void sameSeedSamePatchOtherSeedOtherPatch() {
        Patch first = SyntheticPatches.of(1000, 7);
        assertEquals(first, SyntheticPatches.of(1000, 7));
        assertEquals(PatchWriter.write(first), PatchWriter.write(SyntheticPatches.of(1000, 7)));
        assertNotEquals(PatchWriter.write(first), PatchWriter.write(SyntheticPatches.of(1000, 8)));
    }

    @Test
    void generatesWithoutErrorsForSeveralSizesAndSeeds() {
        for (int boxes : List.of(1, 3, 6, 10, 37, 100, 1000, 5000)) {
            for (long seed : List.of(1L, 2L, SyntheticPatches.BENCHMARK_SEED, -5L, Long.MAX_VALUE)) {
                CodegenResult result = Codegen.generate(SyntheticPatches.of(boxes, seed), BundledIndex.get());
                List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
                assertEquals(List.of(), errors, boxes + " boxes, seed " + seed);
                assertTrue(result.ok() && result.code().contains("process"), boxes + " boxes, seed " + seed);
            }
        }
    }

    @Test
    void usesTheKindsOfBoxThatRealPatchesUse() {
        Patch patch = SyntheticPatches.of(1000, SyntheticPatches.BENCHMARK_SEED);
        TreeSet<String> names = new TreeSet<>();
        for (Box box : patch.boxes().values()) {
            names.add(BoxTextParser.parse(box.text()).name());
        }
        for (String name : List.of("in", "out", "+", "*", "-", "max", "sin", "mem", "@", "os.osc", "fi.lowpass",
                "en.ar", "c", "no.noise")) {
            assertTrue(names.contains(name), name + " in " + names);
        }
        String code = Codegen.generate(patch, BundledIndex.get()).code();
        assertTrue(code.contains("~"), "feedback loops become recursion");
    }

    @Test
    void everyLibraryNameIsInTheIndex() {
        Patch patch = SyntheticPatches.of(5000, SyntheticPatches.BENCHMARK_SEED);
        for (Box box : patch.boxes().values()) {
            String name = BoxTextParser.parse(box.text()).name();
            if (name.indexOf('.') > 0 && !Token.of(name).isNumber()) {
                assertEquals(1, BundledIndex.get().resolve(name).size(), name);
            }
        }
    }

    @Test
    void sliderLabelsAreDistinct() {
        Patch patch = SyntheticPatches.of(5000, SyntheticPatches.BENCHMARK_SEED);
        TreeSet<String> labels = new TreeSet<>();
        int sliders = 0;
        for (Box box : patch.boxes().values()) {
            if (box.text().startsWith("hslider ")) {
                sliders++;
                labels.add(BoxTextParser.parse(box.text()).args().get(0).text());
            }
        }
        assertEquals(sliders, labels.size());
    }
}
