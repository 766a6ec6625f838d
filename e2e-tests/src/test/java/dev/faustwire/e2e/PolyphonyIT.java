package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.KeyboardModifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person opens the corpus instrument {@code 12-00.dsppat} (a voice of {@code freq}, {@code gain},
 * {@code gate} and {@code en.adsr}, plus an {@code effect} box with {@code dm.freeverb_demo}) from
 * disk, switches audio on and plays a C major chord: three keys of the on-screen keyboard held with
 * shift-click, or three keys of the computer keyboard held down. The page's own recorder captures
 * the output; its spectrum has C4, E4 and G4 and nothing a quarter tone beside them, nor D4. With
 * one voice, the same three keys leave one note, which shows that the measure can fail.
 */
class PolyphonyIT {
    private static final int[] CHORD = {60, 64, 67};
    /** How far above a quarter tone either side a played note must stand, in dB. */
    private static final double PROMINENCE_DB = 20;
    private static Browsing env;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("polyphony");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @BeforeEach
    void openInstrument() {
        context = env.context(1400, 800);
        page = Patcher.open(context.newPage(), env.port(), "?record").page;
        page.locator("#file-picker").setInputFiles(E2e.IFC.resolve("12-00.dsppat"));
        assertThat(page.locator("[data-role='title']")).hasText("12-00.dsppat");
        assertThat(page.locator("[data-role='keyboard-panel']")).isVisible();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Locator key(int note) {
        return page.locator("[data-role='keyboard'] [data-note='" + note + "']");
    }

    private Recording.Capture listen() {
        return Recording.listen(page);
    }

    private static List<Double> prominences(Recording.Capture c, int... notes) {
        List<Double> dbs = new ArrayList<>();
        for (int note : notes) {
            dbs.add(Math.round(Spectrum.prominenceDb(c.samples(), c.rate(), Spectrum.noteHz(note)) * 10) / 10.0);
        }
        return dbs;
    }

    @Test
    void theMixerIsFaustwasmsOwn() {
        APIResponse mixer = context.request().get("http://127.0.0.1:" + env.port() + "/vendor/faustwasm/mixer32.wasm");
        assertEquals(200, mixer.status());
        byte[] bytes = mixer.body();
        assertEquals(502, bytes.length, "bytes 0..502 of libfaust-wasm.data");
        assertEquals(List.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0), List.of((int) bytes[0], (int) bytes[1], (int) bytes[2],
                (int) bytes[3], (int) bytes[4], (int) bytes[5], (int) bytes[6], (int) bytes[7]), "wasm magic, version 1");
        @SuppressWarnings("unchecked")
        List<String> exports = (List<String>) page.evaluate("async () => WebAssembly.Module.exports(await"
                + " WebAssembly.compile(await (await fetch('/vendor/faustwasm/mixer32.wasm')).arrayBuffer())).map(e => e.name)");
        assertTrue(exports.contains("mixCheckVoice"), "the API faustwasm 0.18.4 calls (Debian's mixer lacks it): " + exports);
    }

    @Test
    void threeKeysOfTheOnScreenKeyboardSoundAChord() throws Exception {
        AuditionIT.switchAudioOn(page);
        Recording.Capture silence = listen();
        assertTrue(Signal.rms(silence.samples()) < 1e-4, "no key, no sound: rms " + Signal.rms(silence.samples()));

        for (int note : CHORD) {
            key(note).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
            assertThat(key(note)).hasAttribute("data-down", "true");
        }
        Recording.Capture chord = listen();
        List<Double> played = prominences(chord, CHORD);
        List<Double> absent = prominences(chord, 62, 65);
        System.out.printf("[on-screen chord] rms %.4f; C4 E4 G4 stand %s dB above a quarter tone beside them;"
                + " D4, F4: %s dB%n", Signal.rms(chord.samples()), played, absent);
        for (double db : played) {
            assertTrue(db > PROMINENCE_DB, "each played note stands out: " + played);
        }
        for (int note : CHORD) {
            double ratio = Spectrum.amplitude(chord.samples(), chord.rate(), Spectrum.noteHz(62))
                    / Spectrum.amplitude(chord.samples(), chord.rate(), Spectrum.noteHz(note));
            assertTrue(ratio < 0.05, "D4, not played, is far below " + note + ": " + ratio);
        }
        java.nio.file.Files.createDirectories(E2e.TARGET.resolve("screenshots"));
        page.locator("aside").screenshot(new Locator.ScreenshotOptions()
                .setPath(E2e.TARGET.resolve("screenshots/polyphony-keyboard.png")));

        for (int note : CHORD) {
            key(note).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
            assertThat(key(note)).not().hasAttribute("data-down", "true");
        }
        page.waitForTimeout(2500); // the envelope's 0.5 s release and the reverb's tail
        Recording.Capture after = listen();
        System.out.printf("[on-screen chord] rms after the keys are let go: %.6f (while held %.4f)%n",
                Signal.rms(after.samples()), Signal.rms(chord.samples()));
        assertTrue(Signal.rms(after.samples()) < Signal.rms(chord.samples()) / 20, "the notes stop");
    }

    @Test
    void withOneVoiceOnlyTheLastKeySounds() {
        Locator voices = page.locator("[data-role='voices']");
        voices.fill("1");
        voices.press("Enter");
        voices.blur();
        AuditionIT.switchAudioOn(page);
        page.waitForTimeout(300);
        for (int note : CHORD) {
            key(note).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
        }
        Recording.Capture c = listen();
        List<Double> dbs = prominences(c, CHORD);
        System.out.printf("[one voice] C4 E4 G4 prominence %s dB: only G4 sounds%n", dbs);
        assertTrue(dbs.get(2) > PROMINENCE_DB, "the last key has the one voice: " + dbs);
        double g = Spectrum.amplitude(c.samples(), c.rate(), Spectrum.noteHz(67));
        for (int note : new int[] {60, 64}) {
            double a = Spectrum.amplitude(c.samples(), c.rate(), Spectrum.noteHz(note));
            assertTrue(a < g / 20, "an earlier key lost its voice: " + note + " " + a + " against " + g);
        }
    }

    @Test
    void aNewVoiceCountSwapsTheInstrumentWhileItPlays() {
        AuditionIT.switchAudioOn(page);
        key(60).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
        Recording.Capture before = listen();
        assertTrue(Spectrum.prominenceDb(before.samples(), before.rate(), Spectrum.noteHz(60)) > PROMINENCE_DB);
        int swaps = ((Number) page.evaluate("() => window.faustwireAudio.swapCount()")).intValue();

        Locator voices = page.locator("[data-role='voices']");
        voices.fill("99");
        voices.press("Enter");
        assertThat(voices).hasValue("32"); // kept within 1..32
        page.waitForFunction("(n) => window.faustwireAudio.swapCount() > n", swaps);
        assertThat(key(60)).not().hasAttribute("data-latched", "true");
        page.waitForTimeout(2500); // the old instrument's note fades out with it
        Recording.Capture swapped = listen();
        System.out.printf("[voice count] rms before %.4f, after the swap to 32 voices %.6f%n",
                Signal.rms(before.samples()), Signal.rms(swapped.samples()));
        assertTrue(Signal.rms(swapped.samples()) < Signal.rms(before.samples()) / 20, "a new instrument, no note on");

        key(67).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
        Recording.Capture again = listen();
        assertTrue(Spectrum.prominenceDb(again.samples(), again.rate(), Spectrum.noteHz(67)) > PROMINENCE_DB,
                "the new instrument plays");
    }

    @Test
    void theComputerKeyboardPlaysTwoRowsAndShiftsOctaves() {
        AuditionIT.switchAudioOn(page);
        page.locator("[data-role='canvas']").click(new Locator.ClickOptions().setPosition(600, 500));
        for (String k : new String[] {"a", "d", "g"}) { // C4, E4, G4 on the home row
            page.keyboard().down(k);
        }
        assertThat(key(64)).hasAttribute("data-down", "true");
        Recording.Capture chord = listen();
        List<Double> played = prominences(chord, CHORD);
        System.out.printf("[computer keys a d g] C4 E4 G4 prominence %s dB%n", played);
        for (double db : played) {
            assertTrue(db > PROMINENCE_DB, "a d g play C4 E4 G4: " + played);
        }
        for (String k : new String[] {"a", "d", "g"}) {
            page.keyboard().up(k);
        }
        assertThat(key(64)).not().hasAttribute("data-down", "true");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(10); // the keys edited nothing

        page.keyboard().press("x"); // an octave up: a is C5
        assertThat(page.locator("[data-role='octave']")).containsText("C5");
        page.keyboard().down("w"); // C#5
        Recording.Capture sharp = listen();
        page.keyboard().up("w");
        double db = Spectrum.prominenceDb(sharp.samples(), sharp.rate(), Spectrum.noteHz(73));
        System.out.printf("[computer keys x w] C#5 prominence %.1f dB%n", db);
        assertTrue(db > PROMINENCE_DB, "x then w plays C#5: " + db);
        assertTrue(Spectrum.amplitude(sharp.samples(), sharp.rate(), Spectrum.noteHz(61))
                < Spectrum.amplitude(sharp.samples(), sharp.rate(), Spectrum.noteHz(73)) / 20, "not C#4");
    }

    @Test
    void keysTypedIntoATextFieldPlayNothing() {
        AuditionIT.switchAudioOn(page);
        Locator voices = page.locator("[data-role='voices']");
        voices.click();
        page.keyboard().down("a");
        Recording.Capture c = listen();
        page.keyboard().up("a");
        System.out.printf("[typing] rms while a is held in a text field: %.6f%n", Signal.rms(c.samples()));
        assertTrue(Signal.rms(c.samples()) < 1e-4, "a in a text field is text, not C4");
        assertThat(key(60)).not().hasAttribute("data-down", "true");
    }
}
