package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * WebMIDI, with the one stub issue 15 allows: WebMIDI does not start in headless Chromium here (no
 * ALSA), so {@code navigator.requestMIDIAccess} gives a fake device whose input sends real MIDI
 * bytes. A person clicks MIDI; the device's notes play the instrument and its controller 74 moves
 * the control whose label says {@code [midi:ctrl 74]}.
 */
class MidiIT {
    /** The fake device: {@code window.fakeMidi.send([0x90, 60, 100])} is a message from its one input. */
    private static final String FAKE_DEVICE = """
            (() => {
              const input = {type: 'input', id: 'fake-1', name: 'Fake keys', state: 'connected', onmidimessage: null};
              window.fakeMidi = {
                asked: 0,
                send: (bytes) => {
                  if (input.onmidimessage) input.onmidimessage({data: new Uint8Array(bytes), timeStamp: performance.now()});
                  return !!input.onmidimessage;
                }
              };
              navigator.requestMIDIAccess = () => {
                window.fakeMidi.asked++;
                return Promise.resolve({inputs: new Map([[input.id, input]]), outputs: new Map(), onstatechange: null});
              };
            })();
            """;
    private static final String CC_PATCH = """
            {"format": "faustwire-patch", "version": 1, "boxes": {
             "box-1": {"text": "hslider \\"freq[midi:ctrl 74]\\" 440 20 2000 1", "rect": [40, 40, 200, 22]},
             "box-2": {"text": "os.osc", "rect": [40, 110, 60, 22]},
             "box-3": {"text": "* 0.1", "rect": [40, 180, 60, 22]},
             "box-4": {"text": "out 1", "rect": [40, 250, 60, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
              "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
              "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]}}, "props": {}}
            """;
    private static Browsing env;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("midi");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = env.context(1400, 800);
        context.addInitScript(FAKE_DEVICE);
        page = Patcher.open(context.newPage(), env.port(), "?record").page;
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void open(Path file, String title) {
        page.locator("#file-picker").setInputFiles(file);
        assertThat(page.locator("[data-role='title']")).hasText(title);
    }

    private void connectMidi() {
        page.locator("[data-role='midi']").click();
        assertThat(page.locator("[data-role='midi-status']")).hasText("MIDI: Fake keys");
        assertEquals(1, ((Number) page.evaluate("() => window.fakeMidi.asked")).intValue());
    }

    private void send(int... bytes) {
        List<Integer> list = new java.util.ArrayList<>();
        for (int b : bytes) {
            list.add(b);
        }
        assertEquals(true, page.evaluate("(b) => window.fakeMidi.send(b)", list), "the page listens to the device");
    }

    private Recording.Capture listen() {
        return Recording.listen(page);
    }

    @Test
    void notesFromTheDevicePlayTheInstrument() {
        open(E2e.IFC.resolve("12-00.dsppat"), "12-00.dsppat");
        AuditionIT.switchAudioOn(page);
        connectMidi();
        send(0x90, 69, 100);
        send(0x90, 76, 100); // E5 as well: two voices
        assertThat(page.locator("[data-role='keyboard'] [data-note='69']")).hasAttribute("data-down", "true");
        Recording.Capture held = listen();
        double a4 = Spectrum.prominenceDb(held.samples(), held.rate(), 440);
        double e5 = Spectrum.prominenceDb(held.samples(), held.rate(), Spectrum.noteHz(76));
        System.out.printf("[midi notes] A4 %.1f dB, E5 %.1f dB above a quarter tone beside them; rms %.4f%n", a4, e5,
                Signal.rms(held.samples()));
        assertTrue(a4 > 20 && e5 > 20, "the device's notes sound: " + a4 + ", " + e5);

        send(0x80, 69, 0);
        send(0x90, 76, 0); // a note on of velocity 0 is a note off
        page.waitForTimeout(2500);
        Recording.Capture after = listen();
        System.out.printf("[midi notes] rms after the note offs: %.6f%n", Signal.rms(after.samples()));
        assertTrue(Signal.rms(after.samples()) < Signal.rms(held.samples()) / 20, "note offs stop them");
    }

    @Test
    void aControllerMovesTheControlThatFollowsIt() throws Exception {
        Path file = Files.createTempDirectory(E2e.TARGET.toAbsolutePath(), "midi").resolve("cc.json");
        Files.writeString(file, CC_PATCH);
        open(file, "cc.json");
        AuditionIT.switchAudioOn(page);
        Recording.Capture before = listen();
        assertEquals(440, Signal.frequency(before.samples(), before.rate()), 1, "the slider's initial value");
        connectMidi();

        send(0xB0, 75, 127); // another controller: nothing follows it
        Recording.Capture other = listen();
        assertEquals(440, Signal.frequency(other.samples(), other.rate()), 1, "controller 75 moves nothing");

        send(0xB0, 74, 64);
        Recording.Capture moved = listen();
        double expected = 20 + (2000 - 20) * 64 / 127.0;
        double measured = Signal.frequency(moved.samples(), moved.rate());
        System.out.printf("[midi cc 74 = 64] freq %.2f Hz (expected %.2f)%n", measured, expected);
        assertEquals(expected, measured, 1.5);
        Locator control = page.locator("[data-role='controls'] [data-address='/main/freq']");
        assertThat(control).hasAttribute("data-value", "1018"); // the panel follows, rounded to the step
        assertThat(control.locator("input.number")).hasValue("1018");

        send(0xB3, 74, 127); // any channel
        Recording.Capture top = listen();
        assertEquals(2000, Signal.frequency(top.samples(), top.rate()), 2);
        assertThat(control).hasAttribute("data-value", "2000");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/midi-cc.png")));
        assertTrue(page.locator("[data-role='keyboard-panel']").isHidden(), "a mono patch has no keyboard");
    }
}
