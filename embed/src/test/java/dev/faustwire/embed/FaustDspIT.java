package dev.faustwire.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every method of the embedding API on programs compiled once by the real, sandboxed faust. */
class FaustDspIT {
    /** Two inputs, two outputs, a control of each kind, metadata, groups, a meter. */
    static final String STEREO = """
            import("stdfaust.lib");
            g = hgroup("amp", hslider("gain [unit:dB] [style:knob]", -6, -60, 6, 0.5)) : ba.db2linear;
            f = vgroup("osc", vslider("freq", 440, 20, 2000, 1));
            on = checkbox("on");
            hit = button("hit");
            n = nentry("voices", 1, 1, 8, 1);
            meter = hbargraph("level", 0, 1);
            process = (_ * g + os.osc(f) * on * hit * n * 0.1 <: attach(_, abs : meter)), (_ * g);
            """;
    /** One input, one output; a second "freq" makes that suffix ambiguous. */
    static final String MONO = """
            import("stdfaust.lib");
            process = _ : fi.lowpass(2, hgroup("a", hslider("freq", 1000, 50, 10000, 1)))
                : fi.highpass(1, hgroup("b", hslider("freq", 20, 5, 500, 1)));
            """;

    static FaustFactory stereo;
    static FaustFactory mono;
    static FaustFactory generator;

    @BeforeAll
    static void compileOnce() {
        stereo = Faustwire.compile(STEREO);
        mono = Faustwire.compile(MONO, "filter");
        generator = Faustwire.compile("import(\"stdfaust.lib\"); process = os.osc(hslider(\"freq\", 440, 20, 2000, 1)) * 0.5;");
    }

    @Test
    void channelsRateAndFactory() {
        FaustDsp dsp = stereo.instance(44100);
        assertEquals(2, dsp.inputs());
        assertEquals(2, dsp.outputs());
        assertEquals(44100, dsp.sampleRate());
        assertEquals(48000, stereo.instance().sampleRate());
        assertSame(stereo, dsp.factory());
        assertEquals("main", stereo.name());
        assertEquals("filter", mono.name());
        assertEquals(2, stereo.inputs());
        assertEquals(1, mono.outputs());
        assertTrue(stereo.faustCode().contains("hbargraph(\"level\""), stereo.faustCode());
        assertTrue(stereo.json().contains("\"/main/amp/gain\""), stereo.json());
        assertThrows(IllegalArgumentException.class, () -> stereo.instance(999));
    }

    @Test
    void controlsDescribeEveryWidget() {
        List<Control> controls = stereo.instance().controls();
        assertEquals(List.of("/main/amp/gain", "/main/hit", "/main/level", "/main/on", "/main/osc/freq", "/main/voices"),
                controls.stream().map(Control::address).sorted().toList());
        Control gain = stereo.instance().control("/main/amp/gain");
        assertEquals("gain", gain.label());
        assertEquals(ControlKind.HSLIDER, gain.kind());
        assertEquals(-6, gain.init());
        assertEquals(-60, gain.min());
        assertEquals(6, gain.max());
        assertEquals(0.5, gain.step());
        assertEquals(Map.of("unit", "dB", "style", "knob"), gain.metadata());
        Control level = stereo.instance().control("level");
        assertEquals(ControlKind.HBARGRAPH, level.kind());
        assertTrue(level.kind().isOutput());
        assertEquals(1, level.max());
        assertEquals(ControlKind.VSLIDER, stereo.instance().control("osc/freq").kind());
        assertEquals(ControlKind.CHECKBOX, stereo.instance().control("on").kind());
        assertEquals(ControlKind.BUTTON, stereo.instance().control("hit").kind());
        assertEquals(1, stereo.instance().control("hit").step());
        assertEquals(ControlKind.NENTRY, stereo.instance().control("voices").kind());
    }

    @Test
    void controlFindsByAddressOrUniqueSuffix() {
        FaustDsp dsp = mono.instance();
        assertEquals("/filter/a/freq", dsp.control("/filter/a/freq").address());
        assertEquals("/filter/b/freq", dsp.control("b/freq").address());
        IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class, () -> dsp.control("freq"));
        assertTrue(ambiguous.getMessage().contains("/filter/a/freq, /filter/b/freq"), ambiguous.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> dsp.control("gain"));
        assertTrue(unknown.getMessage().contains("known: /filter/a/freq"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> dsp.control("req"));
    }

    @Test
    void setAndGetAndTheMeterReadsWhatTheDspWrote() {
        FaustDsp dsp = stereo.instance();
        Control gain = dsp.control("gain");
        assertEquals(-6, gain.get());
        gain.set(0);
        assertEquals(0, gain.get());
        gain.set(100); // outside the range: passed on as Faust does
        assertEquals(100, gain.get());
        assertThrows(IllegalArgumentException.class, () -> gain.set(Double.NaN));
        assertThrows(UnsupportedOperationException.class, () -> dsp.control("level").set(1));

        gain.set(0);
        float[] half = filled(64, 0.5f);
        float[] left = new float[64];
        float[] right = new float[64];
        dsp.compute(half, new float[64], left, right);
        assertEquals(0.5f, left[63], 1e-6);
        assertEquals(0, right[0]);
        assertEquals(0.5, dsp.control("level").get(), 1e-6);
    }

    @Test
    void computeReadsInputsAndWritesEveryOutput() {
        FaustDsp dsp = stereo.instance();
        dsp.control("gain").set(-6.0206); // half
        float[][] in = {filled(100, 1f), filled(100, -1f)};
        float[][] out = {new float[120], new float[120]};
        dsp.compute(in, out, 100);
        assertEquals(0.5f, out[0][99], 1e-4);
        assertEquals(-0.5f, out[1][99], 1e-4);
        assertEquals(0f, out[0][100]); // beyond frames: untouched
        assertThrows(IllegalArgumentException.class, () -> dsp.compute(new float[][] {in[0]}, out, 100));
        assertThrows(IllegalArgumentException.class, () -> dsp.compute(in, out, 121));
        assertThrows(IllegalArgumentException.class, () -> dsp.compute(in, out, -1));
        assertThrows(IllegalStateException.class, () -> dsp.compute(new float[4], new float[4]));
    }

    @Test
    void blockSizeDoesNotChangeTheSound() {
        FaustDsp whole = stereo.instance();
        FaustDsp blocks = stereo.instance();
        for (FaustDsp dsp : List.of(whole, blocks)) {
            dsp.control("on").set(1);
            dsp.control("hit").set(1);
            dsp.control("freq").set(300);
        }
        float[][] in = {noise(3000, 1), noise(3000, 2)};
        float[][] one = {new float[3000], new float[3000]};
        whole.compute(in, one, 3000);
        float[][] many = {new float[3000], new float[3000]};
        for (int done = 0; done < 3000; done += 37) {
            int n = Math.min(37, 3000 - done);
            float[][] inPart = {slice(in[0], done, n), slice(in[1], done, n)};
            float[][] outPart = {new float[n], new float[n]};
            blocks.compute(inPart, outPart, n);
            System.arraycopy(outPart[0], 0, many[0], done, n);
            System.arraycopy(outPart[1], 0, many[1], done, n);
        }
        assertArrayEquals(one[0], many[0]);
        assertArrayEquals(one[1], many[1]);
    }

    @Test
    void monoAndGeneratorConveniences() {
        FaustDsp filter = mono.instance();
        float[] out = new float[2000];
        filter.compute(filled(2000, 1f), out);
        assertTrue(Math.abs(out[1999]) < 0.05, "a high-pass lets no DC through: " + out[1999]);
        float[] silence = new float[100];
        filter.reset();
        filter.compute(null, silence);
        assertEquals(0f, silence[99]);

        FaustDsp osc = generator.instance();
        float[][] sine = osc.compute(480);
        assertEquals(1, sine.length);
        assertEquals(480, sine[0].length);
        assertEquals(0.5, peak(sine[0]), 0.01);
        float[] viaMono = new float[480];
        generator.instance().compute(null, viaMono);
        assertArrayEquals(sine[0], viaMono);
        assertThrows(IllegalStateException.class, () -> osc.compute(null, null, new float[4], new float[4]));
    }

    @Test
    void resetStartsTheSoundAgainAndKeepsTheControls() {
        FaustDsp dsp = generator.instance();
        dsp.control("freq").set(1000);
        float[][] first = dsp.compute(1000);
        float[][] later = dsp.compute(1000);
        assertNotEquals(first[0][10], later[0][10]);
        dsp.reset();
        assertEquals(1000, dsp.control("freq").get());
        assertArrayEquals(first[0], dsp.compute(1000)[0]);
    }

    @Test
    void instancesOfOneFactoryShareNothing() {
        FaustDsp a = generator.instance();
        FaustDsp b = generator.instance();
        a.control("freq").set(100);
        assertEquals(440, b.control("freq").get());
        a.compute(500);
        assertArrayEquals(generator.instance().compute(700)[0], b.compute(700)[0]);
    }

    @Test
    void aValueSetOnAnotherThreadIsTakenAtTheNextCompute() throws Exception {
        FaustDsp dsp = generator.instance();
        CountDownLatch set = new CountDownLatch(1);
        Thread ui = new Thread(() -> {
            dsp.control("freq").set(880);
            set.countDown();
        });
        ui.start();
        set.await();
        ui.join();
        FaustDsp reference = generator.instance();
        reference.control("freq").set(880);
        assertArrayEquals(reference.compute(256)[0], dsp.compute(256)[0]);
    }

    @Test
    void aProgramThatDoesNotCompileCarriesItsDiagnostics() {
        FaustException e = assertThrows(FaustException.class, () -> Faustwire.compile("process = nosuchthing;"));
        assertEquals(Code.COMPILE_ERROR, e.diagnostics().get(0).code());
        assertTrue(e.getMessage().contains("nosuchthing"), e.getMessage());
        FaustException empty = assertThrows(FaustException.class, () -> Faustwire.compile("  "));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }

    @Test
    void loadReadsAFileAndNamesTheProgramAfterIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tone.dsp"), "process = 0.25;");
        FaustDsp dsp = Faustwire.load(file);
        assertEquals("tone", dsp.factory().name());
        assertEquals(0.25f, dsp.compute(4)[0][3]);
        FaustException missing = assertThrows(FaustException.class, () -> Faustwire.load(dir.resolve("none.dsp")));
        assertTrue(missing.getMessage().contains("cannot read"), missing.getMessage());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"boxes\": 3}");
        FaustException bad = assertThrows(FaustException.class, () -> Faustwire.factory(broken));
        assertTrue(!bad.diagnostics().isEmpty() && bad.getMessage().startsWith(broken + " does not compile"),
                bad.getMessage());
    }

    static float[] filled(int n, float value) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    static float[] noise(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextFloat() * 2 - 1;
        }
        return a;
    }

    private static float[] slice(float[] a, int from, int n) {
        return java.util.Arrays.copyOfRange(a, from, from + n);
    }

    static double peak(float[] a) {
        double p = 0;
        for (float v : a) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }
}
