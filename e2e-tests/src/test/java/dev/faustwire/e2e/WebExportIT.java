package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.faustwire.server.export.ExportArtifact;
import dev.faustwire.server.export.ExportException;
import dev.faustwire.server.export.ExportRequest;
import dev.faustwire.server.export.ExportTargets;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web export plays by itself: pages the {@code web} target makes are served by a plain static
 * server (not Faustwire), opened with every other request aborted and the browser then offline;
 * after Start and a control moved, what the page plays has the frequency and level of the server's
 * own render of the same program with that control value.
 */
class WebExportIT {
    private static final String TONE = "declare name \"Tone\";\nimport(\"stdfaust.lib\");\n"
            + "process = os.osc(hslider(\"freq [unit:Hz]\", 440, 100, 2000, 1)) * hslider(\"level\", 0.3, 0, 1, 0.01)\n"
            + "    * (1 - checkbox(\"mute\")) <: attach(_, abs : max ~ *(0.999) : hbargraph(\"peak\", 0, 1));\n";
    /** An effect: what the microphone gives, scaled. */
    private static final String GAIN = "declare name \"Gain\";\nprocess = _ * hslider(\"gain\", 0.5, 0, 1, 0.01);\n";
    /** An instrument: a voice by Faust's convention (freq, gain, gate) and an effect after the voices. */
    private static final String SYNTH = "declare name \"Synth <1>\";\nimport(\"stdfaust.lib\");\n"
            + "process = os.osc(hslider(\"freq\", 440, 40, 2000, 0.01)) * hslider(\"gain\", 0.5, 0, 1, 0.01) * button(\"gate\");\n"
            + "effect = _ * hslider(\"wet\", 0.5, 0, 1, 0.01);\n";
    private static final double MOVED_HZ = 660;
    private static final double INPUT_HZ = 330;

    private static StaticFolder folder;
    private static Playwright playwright;
    private static Browser browser;
    private static final List<String> steps = new ArrayList<>();

    @BeforeAll
    static void exportAndServe() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), "web-export");
        exportTo(dir, TONE, "Tone");
        exportTo(dir, GAIN, "Gain");
        exportTo(dir, SYNTH, "Synth");
        folder = StaticFolder.serve(dir.toRealPath());
        playwright = Playwright.create();
        browser = E2e.launchChromium(playwright);
    }

    private static void exportTo(Path dir, String source, String name) throws ExportException, IOException {
        long t0 = System.nanoTime();
        ExportArtifact page = ExportTargets.named("web").orElseThrow().export(new ExportRequest(source, name), steps::add);
        System.out.printf("[web-export] %s: %d bytes in %d ms%n", page.fileName(), page.bytes().length,
                (System.nanoTime() - t0) / 1_000_000);
        assertEquals(name + ".html", page.fileName());
        Files.write(dir.resolve(page.fileName()), page.bytes());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        if (folder != null) {
            folder.close();
        }
    }

    @Test
    void thePagePlaysOfflineWhatTheServerRenders() throws Exception {
        assertEquals(List.of("faust -lang wasm", "page"), steps.subList(0, 2));
        List<String> blocked = new ArrayList<>();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(900, 600));
        Page page = openOffline(context, "Tone.html", blocked);
        assertThat(page.locator("[data-role='title']")).hasText("Tone");
        assertThat(page.getByLabel("freq")).hasAttribute("type", "range");
        assertThat(page.getByLabel("level")).hasValue("0.3");
        assertThat(page.getByLabel("mute")).not().isChecked();

        startAndRecord(page);
        page.getByLabel("freq").fill(Integer.toString((int) MOVED_HZ));
        assertThat(page.locator("[data-address$='/freq'] output")).hasText("660 Hz");
        Recording.Capture heard = listen(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("web-export.png")));
        double peak = ((Number) page.getByLabel("peak").evaluate("m => m.value")).doubleValue();
        List<String> violations = Axe.violations(page);
        assertTrue(violations.isEmpty(), Axe.report("the exported page", violations));

        double[] rendered = serverRender(TONE, "Tone", heard, "freq", MOVED_HZ, null);
        compare("tone", heard, rendered);
        System.out.printf("[web-export] 440 Hz left %.6f, peak meter %.3f, blocked %s%n",
                Spectrum.amplitude(heard.samples(), heard.rate(), 440), peak, blocked);
        assertTrue(Spectrum.amplitude(heard.samples(), heard.rate(), 440) < 0.01, "the old frequency is gone");
        assertEquals(0.3, peak, 0.03, "the bargraph shows the peak of the DSP's output");
        assertTrue(blocked.stream().allMatch(u -> u.endsWith("/favicon.ico")), "the page asked for nothing else: " + blocked);
        context.close();
    }

    @Test
    void anEffectHearsTheMicrophone() throws Exception {
        List<String> blocked = new ArrayList<>();
        BrowserContext context = browser.newContext();
        // the microphone: a sine of amplitude 1 from a context of the page's own (no device on this machine)
        context.addInitScript("navigator.mediaDevices.getUserMedia = async () => { const c = new AudioContext();"
                + " const o = c.createOscillator(); o.frequency.value = " + INPUT_HZ + "; const d = c.createMediaStreamDestination();"
                + " o.connect(d); o.start(); await c.resume(); return d.stream; };");
        Page page = openOffline(context, "Gain.html", blocked);
        startAndRecord(page);
        page.getByLabel("gain").fill("0.8");
        Recording.Capture heard = listen(page);
        float[] sine = new float[heard.samples().length];
        for (int i = 0; i < sine.length; i++) {
            sine[i] = (float) Math.sin(2 * Math.PI * INPUT_HZ * i / heard.rate());
        }
        compare("effect", heard, serverRender(GAIN, "Gain", heard, "gain", 0.8, new float[][] {sine}));
        assertTrue(blocked.stream().allMatch(u -> u.endsWith("/favicon.ico")), "the page asked for nothing else: " + blocked);
        context.close();
    }

    @Test
    void openedFromDiskItPlaysOnThePagesThread() {
        BrowserContext context = browser.newContext();
        context.setOffline(true);
        Page page = context.newPage();
        E2e.printConsoleErrors(page, "web-export file");
        page.navigate(folder.file("Tone.html").toUri().toString());
        page.locator("[data-action='start']").click();
        assertThat(page.locator("[data-role='status']")).containsText("playing (opened as a file");
        page.getByLabel("freq").fill(Integer.toString((int) MOVED_HZ));
        // no worklet loads in a page from disk: what it plays is read from an analyser (the newest 0.7 s)
        page.evaluate("() => { const x = window.faustwireExport; window.testAnalyser = x.context().createAnalyser();"
                + " window.testAnalyser.fftSize = 32768; x.node().connect(window.testAnalyser); }");
        page.waitForTimeout(1000);
        Recording.Capture heard = Recording.fromBase64(page.evaluate("() => { const a = window.testAnalyser;"
                + " const all = new Float32Array(a.fftSize); a.getFloatTimeDomainData(all);"
                + " const bytes = new Uint8Array(all.buffer); let text = '';"
                + " for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));"
                + " return {rate: a.context.sampleRate, data: btoa(text)}; }"));
        // the page's own thread may miss a buffer on a busy machine: the tone's amplitude, not its zero crossings
        double[] rendered = serverRender(TONE, "Tone", heard, "freq", MOVED_HZ, null);
        double heardAt = Spectrum.amplitude(heard.samples(), heard.rate(), MOVED_HZ);
        double renderedAt = Spectrum.amplitude(rendered, heard.rate(), MOVED_HZ);
        System.out.printf("[web-export] from disk: %d samples at %d Hz, at %.0f Hz page %.5f, server render %.5f;"
                + " zero crossings say %.3f Hz%n", heard.samples().length, heard.rate(), MOVED_HZ, heardAt, renderedAt,
                Signal.frequency(heard.samples(), heard.rate()));
        assertEquals(renderedAt, heardAt, 0.1 * renderedAt, "the tone's amplitude at 660 Hz");
        assertTrue(Spectrum.amplitude(heard.samples(), heard.rate(), 440) < 0.05 * renderedAt, "not the old frequency");
        context.close();
    }

    @Test
    void anInstrumentPlaysAChordFromTheKeyboardThroughItsEffect() throws Exception {
        List<String> blocked = new ArrayList<>();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(900, 600));
        Page page = openOffline(context, "Synth.html", blocked);
        assertThat(page.locator("[data-role='title']")).hasText("Synth <1>"); // the declared name, as text
        assertThat(page.locator("[data-role='keyboard'] [data-role='key']")).hasCount(13);
        assertThat(page.locator("[data-role='keyboard-help']")).containsText("An instrument of 8 voices");
        assertThat(page.getByLabel("freq")).hasCount(0); // the keys set freq, gain and gate
        startAndRecord(page);
        page.getByLabel("wet").fill("0.8"); // the effect's control
        page.keyboard().down("a"); // C4
        page.keyboard().down("d"); // E4
        assertThat(page.locator("[data-role='key'][data-note='64']")).hasAttribute("aria-pressed", "true");
        Recording.Capture heard = listen(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("web-export-synth.png")));
        List<String> violations = Axe.violations(page);
        assertTrue(violations.isEmpty(), Axe.report("the exported instrument", violations));
        for (int note : new int[] {60, 64}) {
            double hz = 440 * Math.pow(2, (note - 69) / 12.0);
            // a voice as the server renders the program at that note, velocity 100, times the effect's 0.8
            double[] voice = render(SYNTH, "Synth", RenderSpec.of((double) heard.samples().length / heard.rate(), heard.rate())
                    .withParam("freq", hz).withParam("gain", 100 / 127.0).withParam("gate", 1));
            double expected = 0.8 * Spectrum.amplitude(voice, heard.rate(), hz);
            double played = Spectrum.amplitude(heard.samples(), heard.rate(), hz);
            System.out.printf("[web-export] chord: note %d (%.2f Hz) page %.5f, server render x 0.8 %.5f%n", note, hz, played, expected);
            assertEquals(expected, played, 0.02 * expected, "note " + note);
        }
        page.keyboard().up("a");
        page.keyboard().up("d");
        Recording.Capture after = listen(page);
        System.out.printf("[web-export] released: rms %.6f%n", Signal.rms(after.samples()));
        assertTrue(Signal.rms(after.samples()) < 1e-6, "the gates close when the keys are released");
        assertTrue(blocked.stream().allMatch(u -> u.endsWith("/favicon.ico")), "the page asked for nothing else: " + blocked);
        context.close();
    }

    /** The page from the static server, every other address aborted (and noted), then the browser offline. */
    private static Page openOffline(BrowserContext context, String fileName, List<String> blocked) {
        String pageUrl = folder.url(fileName);
        context.route("**/*", route -> {
            if (route.request().url().equals(pageUrl)) {
                route.resume();
            } else {
                blocked.add(route.request().url());
                route.abort();
            }
        });
        Page page = context.newPage();
        E2e.printConsoleErrors(page, "web-export");
        page.navigate(pageUrl);
        context.setOffline(true); // from here on, nothing could come from any network
        return page;
    }

    private static void startAndRecord(Page page) {
        page.locator("[data-action='start']").click();
        assertThat(page.locator("[data-role='status']")).hasText("playing");
        assertThat(page.locator("[data-action='start']")).hasText("Stop");
        page.evaluate(RECORDER);
    }

    /** Frequency and level of the page's sound against the server's render. */
    private static void compare(String what, Recording.Capture heard, double[] rendered) {
        double heardHz = Signal.frequency(heard.samples(), heard.rate());
        double renderedHz = Signal.frequency(rendered, heard.rate());
        double heardRms = Signal.rms(heard.samples());
        double renderedRms = Signal.rms(rendered);
        System.out.printf("[web-export] %s: %d samples at %d Hz: page %.3f Hz rms %.5f, server render %.3f Hz rms %.5f%n",
                what, heard.samples().length, heard.rate(), heardHz, heardRms, renderedHz, renderedRms);
        assertTrue(heard.samples().length > heard.rate() / 4, "a quarter second at least was captured");
        assertEquals(renderedHz, heardHz, 0.5, what + ": the frequency");
        assertEquals(renderedRms, heardRms, 0.02 * renderedRms, what + ": the level");
    }

    /** The same program compiled and rendered by the server, with one control set, as long as the capture. */
    private static double[] serverRender(String source, String name, Recording.Capture heard, String control,
            double value, float[][] input) {
        return render(source, name, RenderSpec.of((double) heard.samples().length / heard.rate(), heard.rate())
                .withParam(control, value).withInput(input));
    }

    private static double[] render(String source, String name, RenderSpec spec) {
        CompileOutcome.Compiled compiled = (CompileOutcome.Compiled) new FaustCompiler(SandboxLimits.DEFAULT).compile(source, name);
        float[] out = Renderer.render(WasmProgram.compile(compiled.wasm()), compiled.description(), spec)[0];
        double[] samples = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            samples[i] = out[i];
        }
        return samples;
    }

    /** A recorder of the left channel of the page's DSP node (the page's hook gives the context and the node). */
    private static final String RECORDER = "async () => { const x = window.faustwireExport; const ctx = x.context();"
            + " const code = \"class R extends AudioWorkletProcessor { process(inputs) { const c = inputs[0] && inputs[0][0];"
            + " this.port.postMessage(c ? c.slice(0) : new Float32Array(128)); return true; } } registerProcessor('test-recorder', R);\";"
            + " await ctx.audioWorklet.addModule(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})));"
            + " const rec = new AudioWorkletNode(ctx, 'test-recorder', {numberOfInputs: 1, numberOfOutputs: 1,"
            + " outputChannelCount: [1], channelCount: 2, channelCountMode: 'explicit'});"
            + " window.testChunks = []; rec.port.onmessage = e => window.testChunks.push(e.data);"
            + " x.node().connect(rec); rec.connect(ctx.destination); }";

    /** What the page plays for 0.7 s, once a moved control has settled. */
    private static Recording.Capture listen(Page page) {
        page.waitForTimeout(300);
        page.evaluate("() => { window.testChunks = []; }");
        page.waitForTimeout(700);
        return Recording.fromBase64(page.evaluate("() => { const n = window.testChunks.reduce((a, c) => a + c.length, 0);"
                + " const all = new Float32Array(n); let k = 0; for (const c of window.testChunks) { all.set(c, k); k += c.length; }"
                + " const bytes = new Uint8Array(all.buffer); let text = '';"
                + " for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));"
                + " return {rate: window.faustwireExport.context().sampleRate, data: btoa(text)}; }"));
    }
}
