package dev.faustwire.server.ondemand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.OnDemandReference;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.model.Patch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds' own examples of ondemand, kept as codegen goldens ({@code golden/ondemand-*}): each golden
 * program, compiled by the real compiler and rendered by the server's renderer, gives exactly the samples the
 * seeds give, and the same as {@link OnDemandReference} on its patch.
 */
class OnDemandGoldenRenderIT {
    private static final Path GOLDEN =
            Path.of(System.getProperty("faustwire.golden", "../codegen/src/test/resources/golden"));
    private static final OnDemandRender RENDER = new OnDemandRender();

    @AfterAll
    static void figures() {
        System.out.println("OnDemandGoldenRenderIT: " + RENDER.figures());
    }

    @Test
    void theSeedsExampleSamplesAtTicksAndHolds() {
        float[] h = {1, 0, 0, 1, 0, 0, 0, 1, 0};
        float[] x = new float[h.length];
        for (int t = 0; t < x.length; t++) {
            x[t] = t == 0 ? 0 : (float) (-0.1 * t); // -0.1 * 0 is -0.0 in Java, which the render keeps
        }
        float[] y = check("ondemand-samples-at-ticks-and-holds", h, x);
        assertArrayEquals(new float[] {0, 0, 0, x[3], x[3], x[3], x[3], x[7], x[7]}, y);
        assertArrayEquals(new float[] {0, 0, 0, -0.3f, -0.3f, -0.3f, -0.3f, -0.7f, -0.7f}, y, 1e-7f);
    }

    @Test
    void aCounterInsideCountsTicks() {
        float[] y = check("ondemand-counter-counts-ticks", new float[] {1, 0, 0, 1, 0, 0, 1, 0});
        assertArrayEquals(new float[] {1, 1, 1, 2, 2, 2, 3, 3}, y);
    }

    @Test
    void aMemInsideDelaysOneTick() {
        float[] y = check("ondemand-mem-delays-one-tick", new float[] {1, 0, 1, 0, 1, 0}, new float[] {1, 2, 3, 4, 5, 6});
        assertArrayEquals(new float[] {0, 0, 1, 1, 3, 3}, y);
    }

    @Test
    void aNestedOndemandTicksOnBothClocks() {
        float[] outer = {1, 1, 0, 1, 1, 0, 1, 1};
        float[] inner = {1, 0, 1, 0, 1, 1, 0, 1};
        float[] x = {10, 11, 12, 13, 14, 15, 16, 17};
        // the outer ticks at 0,1,3,4,6,7 see the inner clock 1,0,0,1,0,1: the inner wire takes x at 0, 4 and 7
        assertArrayEquals(new float[] {10, 10, 10, 10, 14, 14, 14, 17}, check("ondemand-nested-ticks-on-both-clocks",
                outer, inner, x));
    }

    /**
     * The warning, measured: Faust's {@code control(x, c)} shared a counter inside with an identical one
     * outside. Here the same counter (mem, + 1, back) inside an ondemand box and beside it stay two signals.
     */
    @Test
    void aCounterInsideStaysDistinctFromTheSameCounterOutside() {
        String counter = """
                "box-1": {"text": "mem", "rect": [10, 10, 40, 22]},
                "box-2": {"text": "+ 1", "rect": [10, 50, 40, 22]},
                "box-3": {"text": "out %d", "rect": [10, 90, 40, 22]}""";
        String loop = """
                "line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                "line-2": {"src": ["box-2", 0], "dest": ["box-1", 0]},
                "line-3": {"src": ["box-2", 0], "dest": ["box-3", 0]}""";
        String text = "{\"boxes\": {" + counter.formatted(2) + ",\n"
                + "\"box-4\": {\"text\": \"in 1\", \"rect\": [100, 10, 40, 22]},\n"
                + "\"box-5\": {\"text\": \"ondemand\", \"rect\": [100, 50, 60, 22], \"data\": {\"boxes\": {"
                + counter.formatted(1) + "}, \"lines\": {" + loop + "}}},\n"
                + "\"box-6\": {\"text\": \"out 1\", \"rect\": [100, 90, 40, 22]}},\n"
                + "\"lines\": {" + loop + ",\n"
                + "\"line-4\": {\"src\": [\"box-4\", 0], \"dest\": [\"box-5\", 0]},\n"
                + "\"line-5\": {\"src\": [\"box-5\", 0], \"dest\": [\"box-6\", 0]}}}";
        ReadResult read = PatchReader.read(text);
        assertTrue(read.patch() != null && !read.hasErrors(), read.diagnostics().toString());
        float[] h = {1, 0, 0, 1, 0, 0, 1, 0};
        float[][] y = RENDER.render(read.patch(), new float[][] {h}, h.length);
        assertArrayEquals(new float[] {1, 1, 1, 2, 2, 2, 3, 3}, y[0], "inside: the ticks");
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, y[1], "outside: the samples");
        assertArrayEquals(OnDemandReference.render(read.patch(), new float[][] {h}, h.length)[1], y[1]);
    }

    /** A clock inlet left unconnected is 0: the content (here 1 + its input) never runs, the outlet stays 0, and W004 says so. */
    @Test
    void anUnconnectedClockNeverRunsTheContent() {
        String text = """
                {"boxes": {
                  "box-1": {"text": "in 1", "rect": [10, 10, 40, 22]},
                  "box-2": {"text": "ondemand", "rect": [10, 50, 60, 22], "data": {"boxes": {
                    "box-1": {"text": "in 1", "rect": [10, 10, 40, 22]},
                    "box-2": {"text": "+ 1", "rect": [10, 50, 40, 22]},
                    "box-3": {"text": "out 1", "rect": [10, 90, 40, 22]}},
                   "lines": {
                    "line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                    "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}},
                  "box-3": {"text": "out 1", "rect": [10, 90, 40, 22]}},
                 "lines": {
                  "line-1": {"src": ["box-1", 0], "dest": ["box-2", 1]},
                  "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
                """;
        Patch patch = PatchReader.read(text).patch();
        var result = dev.faustwire.codegen.Codegen.generate(patch, dev.faustwire.stdlib.jvm.BundledIndex.get());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.code() == dev.faustwire.core.diag.Code.ONDEMAND_CLOCK_UNCONNECTED
                && d.boxId().equals("box-2")), result.diagnostics().toString());
        float[] x = {5, 6, 7, 8};
        assertArrayEquals(new float[] {0, 0, 0, 0}, RENDER.render(patch, new float[][] {x}, x.length)[0]);
    }

    /** Renders the golden's expected.dsp on these inputs; it must equal the reference on the golden's patch. */
    private static float[] check(String golden, float[]... inputs) {
        Path folder = GOLDEN.resolve(golden);
        String code = read(folder.resolve("expected.dsp"));
        assertTrue(code.contains("ondemand_hold(Tick_1"), golden + ": the golden gates its content");
        int frames = inputs[0].length;
        float[] rendered = RENDER.render(code, inputs, frames)[0];
        float[] reference = OnDemandReference.render(patch(folder), inputs, frames)[0];
        System.out.println(golden + ": " + Arrays.toString(rendered));
        assertArrayEquals(reference, rendered, golden + ": the render and the reference");
        return rendered;
    }

    private static Patch patch(Path folder) {
        ReadResult read = PatchReader.read(read(folder.resolve("patch.json")));
        assertTrue(read.patch() != null && !read.hasErrors(), folder + ": " + read.diagnostics());
        return read.patch();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
