package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.session.live.LiveState;
import dev.faustwire.session.live.LiveStateFormat;
import dev.faustwire.session.live.SlotState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A snapshot of a live session: the editor's patch and a rack slot play, a third slot takes the second's output,
 * values and levels are set by hand; "live set" is saved by typing its name; everything is then changed (values,
 * a slot stopped, the route taken away, a level); Recall puts back every value, the playing set and the routing,
 * compared with the file the server keeps (canonical JSON, byte for byte). A reload restores the last session.
 */
class SnapshotIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("snapshots");
        Files.writeString(env.workspace.resolve("osc.json"),
                RackPage.chain("hslider freq 440 20 2000 1", "os.osc", "* 0.1", "out 1"));
        Files.writeString(env.workspace.resolve("sine550.json"),
                RackPage.chain("hslider pitch 550 20 2000 1", "os.osc", "* 0.1", "out 1"));
        Files.writeString(env.workspace.resolve("half.json"), RackPage.chain("in 1", "* 0.5", "out 1"));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void recallPutsBackValuesPlayingSetAndRoutingAndAReloadRestoresTheSession() throws Exception {
        Patcher p = env.openRecording("snapshots");
        Page page = p.page;
        SnapshotPage.openAndPlay(page, "osc.json");
        Locator sine = SnapshotPage.add(page, "sine550.json", "slot-1");
        Locator half = SnapshotPage.add(page, "half.json", "slot-2");
        half.locator("[data-role='slot-inputs'] input[data-source='slot-1']").check();
        SnapshotPage.level(page, sine, 50);
        assertThat(sine.locator("[data-role='slot-level-text']")).hasText("0.5");

        Locator editorFreq = page.locator("[data-role='controls'] [data-address$='/freq']");
        SnapshotPage.type(editorFreq, "660");
        Locator pitch = sine.locator("[data-address$='/pitch']");
        SnapshotPage.type(pitch, "770");

        Locator name = page.locator("[data-role='snapshot-name']");
        name.click();
        name.pressSequentially("live set");
        page.locator("[data-role='snapshot-save']").click();
        Locator saved = page.locator("[data-role='snapshot'][data-name='live set']");
        assertThat(saved).hasCount(1);
        LiveState before = SnapshotPage.state(page);
        SnapshotPage.screenshot(page, page.locator("[data-role='snapshots']"), "snapshots-section.png");

        // the file: canonical JSON, the same through GET, and it is the session as the page had it
        Path file = env.workspace.resolve("snapshots/live set.snapshot.json");
        String onDisk = Files.readString(file);
        String served = get("/api/snapshots/live%20set");
        assertEquals(onDisk, served);
        assertEquals(JsonWriter.write(JsonParser.parse(onDisk).value()), onDisk, "canonical JSON, byte for byte");
        LiveState snapshot = LiveStateFormat.read(onDisk).state();
        assertNotNull(snapshot);
        assertEquals(onDisk, LiveStateFormat.write(snapshot));
        assertEquals(List.of("editor", "slot-1", "slot-2"), snapshot.slots().stream().map(SlotState::id).toList());
        assertEquals(660.0, valueEnding(SnapshotPage.slot(snapshot, "editor"), "/freq"));
        assertEquals(770.0, valueEnding(SnapshotPage.slot(snapshot, "slot-1"), "/pitch"));
        assertEquals(0.5, SnapshotPage.slot(snapshot, "slot-1").level());
        assertEquals(List.of("inputs", "slot-1"), SnapshotPage.slot(snapshot, "slot-2").inputs());
        assertSameSession(snapshot, before);
        assertTrue(get("/api/patches").contains("osc.json") && !get("/api/patches").contains("snapshot"),
                "the patch list shows no snapshot");

        // change everything
        SnapshotPage.type(editorFreq, "300");
        SnapshotPage.type(pitch, "900");
        half.locator("[data-role='slot-inputs'] input[data-source='slot-1']").uncheck();
        SnapshotPage.level(page, half, 120);
        half.locator("[data-role='slot-mute']").click();
        sine.locator("[data-role='slot-play']").click();
        assertThat(sine).hasAttribute("data-playing", "false");
        LiveState changed = SnapshotPage.state(page);
        assertNotEquals(comparable(snapshot), comparable(changed));
        System.out.println("[snapshots] changed: " + comparable(changed));

        saved.locator("[data-role='snapshot-recall']").click();
        assertThat(SnapshotPage.strip(page, "slot-1")).hasAttribute("data-playing", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        settle(page, snapshot);
        LiveState recalled = SnapshotPage.state(page);
        System.out.println("[snapshots] saved:    " + comparable(snapshot));
        System.out.println("[snapshots] recalled: " + comparable(recalled));
        assertSameSession(snapshot, recalled);
        assertThat(editorFreq.locator("input.number")).hasValue("660");
        page.waitForTimeout(400);
        AuditionIT.take(page);
        page.waitForTimeout(1100);
        AuditionIT.Capture heard = AuditionIT.take(page);
        double at660 = Spectrum.amplitude(heard.samples(), heard.rate(), 660);
        double at770 = Spectrum.amplitude(heard.samples(), heard.rate(), 770);
        double at300 = Spectrum.amplitude(heard.samples(), heard.rate(), 300);
        System.out.printf("[snapshots] recalled sound: 660 Hz %.5f, 770 Hz %.5f, 300 Hz (the changed value) %.6f%n",
                at660, at770, at300);
        assertEquals(0.1, at660, 0.006, "the editor's DSP plays the recalled 660 Hz");
        assertEquals(0.075, at770, 0.006, "slot-1 at level 0.5 (0.05) and through slot-2's * 0.5 (0.025)");
        assertTrue(at300 < 0.002, "nothing of the changed value is left");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/snapshots-recalled.png")));

        // a reload brings the last session back: same slots, same values, playing
        page.waitForTimeout(1000); // the session is kept a moment after its last change
        page.reload();
        assertThat(SnapshotPage.strip(page, "slot-1")).hasAttribute("data-playing", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(SnapshotPage.strip(page, "editor")).hasAttribute("data-playing", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(page.locator("[data-role='controls'] [data-address$='/freq'] input.number")).hasValue("660",
                new LocatorAssertions.HasValueOptions().setTimeout(20_000));
        settle(page, snapshot);
        LiveState restored = SnapshotPage.state(page);
        System.out.println("[snapshots] restored: " + comparable(restored));
        assertSameSession(snapshot, restored);

        // Import adds the snapshot's rack slots with new ids; the route between them follows the new ids
        page.locator("[data-role='snapshot'][data-name='live set'] [data-role='snapshot-import']").click();
        assertThat(SnapshotPage.strip(page, "slot-4")).hasAttribute("data-playing", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        LiveState imported = SnapshotPage.state(page);
        System.out.println("[snapshots] imported: " + comparable(imported));
        assertEquals(List.of("editor", "slot-1", "slot-2", "slot-3", "slot-4"),
                imported.slots().stream().map(SlotState::id).toList());
        assertEquals(770.0, valueEnding(SnapshotPage.slot(imported, "slot-3"), "/pitch"));
        assertEquals(0.5, SnapshotPage.slot(imported, "slot-3").level());
        assertTrue(SnapshotPage.slot(imported, "slot-4").inputs().contains("slot-3"), imported.toString());
        assertEquals(660.0, valueEnding(SnapshotPage.slot(imported, "editor"), "/freq"), "the editor is left as it is");

        // Delete: the file goes (into the workspace's history), the list says so
        page.locator("[data-role='snapshot'][data-name='live set'] [data-role='snapshot-delete']").click();
        assertThat(page.locator("[data-role='snapshot']")).hasCount(0);
        assertTrue(!Files.exists(file));
        page.context().close();
    }

    @Test
    void aKeptSessionThatDoesNotReadIsLeftAloneAndThePageStarts() {
        Patcher p = env.openRecording("snapshots-broken");
        Page page = p.page;
        page.evaluate("() => localStorage.setItem('faustwire.session', '{\"format\": \"faustwire-snapshot\", \"version\": 9}')");
        page.reload();
        page.waitForFunction("() => window.faustwire && window.faustwire.liveState");
        assertEquals(List.of(), SnapshotPage.state(page).slots(), "nothing recalled from a newer version (E046)");
        assertThat(page.locator("[data-role='audio']")).hasAttribute("aria-pressed", "false");
        SnapshotPage.openAndPlay(page, "osc.json");
        page.waitForFunction("() => (localStorage.getItem('faustwire.session') || '').includes('\"version\": 1')");
        assertTrue(((String) page.evaluate("() => localStorage.getItem('faustwire.session')")).contains("osc.json"),
                "once something plays, the session is kept again");
        page.context().close();
    }

    /** Waits (up to 20 s) until the page's session is the expected one: slots compile and play one after another. */
    private static void settle(Page page, LiveState expected) {
        List<String> want = comparable(expected);
        List<String> now = comparable(SnapshotPage.state(page));
        for (int i = 0; i < 100 && !want.equals(now); i++) {
            page.waitForTimeout(200);
            now = comparable(SnapshotPage.state(page));
        }
        System.out.println("[snapshots] settled as: " + now + "; audio button pressed="
                + page.locator("[data-role='audio']").getAttribute("aria-pressed") + ", status "
                + page.locator("[data-role='audio-status']").textContent() + ", title " + page.locator("[data-role='title']").textContent());
    }

    /** The same slots in the same order, playing, muted, level, routing and every value as the snapshot. */
    private static void assertSameSession(LiveState expected, LiveState actual) {
        assertEquals(comparable(expected), comparable(actual));
    }

    /** What a recall must give back, per slot: id, playing, muted, level, inputs, values. */
    private static List<String> comparable(LiveState state) {
        return state.slots().stream().map(s -> s.id() + " playing=" + s.playing() + " muted=" + s.muted() + " level="
                + s.level() + " inputs=" + s.inputs() + " values=" + new java.util.TreeMap<>(s.values())).toList();
    }

    private static double valueEnding(SlotState slot, String suffix) {
        for (Map.Entry<String, Double> v : slot.values().entrySet()) {
            if (v.getKey().endsWith(suffix)) {
                return v.getValue();
            }
        }
        throw new AssertionError("no value " + suffix + " in " + slot.values());
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + env.port() + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
