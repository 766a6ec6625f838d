package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sub-patchers as a person uses them: a double-click opens a {@code p} box in the canvas with
 * breadcrumbs over it, a box typed inside is an edit of the patch that Ctrl+Z undoes from the top,
 * an iteration's body is outlined, three boxes of a chain encapsulated (Ctrl+Shift+E) render the same
 * samples through the server's renderer, De-encapsulate (Ctrl+Shift+D) gives the program text back,
 * and a {@code p ./lp.json} box opens that file, with a breadcrumb back to the unsaved patch.
 */
class SubpatcherIT {
    private static final String DEMO = """
            {"boxes": {
              "box-1": {"text": "os.osc 220", "rect": [40, 40, 90, 22]},
              "box-2": {"text": "* 0.5", "rect": [40, 100, 60, 22]},
              "box-3": {"text": "fi.lowpass 1 1500", "rect": [40, 160, 130, 22]},
              "box-4": {"text": "* 0.8", "rect": [40, 220, 60, 22]},
              "box-5": {"text": "out 1", "rect": [40, 300, 50, 22]},
              "box-6": {"text": "p reverb", "rect": [260, 100, 80, 22], "data": {"boxes": {
                 "box-1": {"text": "in 1", "rect": [30, 30, 50, 22]},
                 "box-2": {"text": "mem", "rect": [30, 100, 50, 22]},
                 "box-3": {"text": "out 1", "rect": [30, 170, 50, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}},
              "box-7": {"text": "out 2", "rect": [260, 300, 50, 22]},
              "box-8": {"text": "par 3", "rect": [460, 40, 60, 22]},
              "box-9": {"text": "+ 1", "rect": [520, 100, 50, 22]},
              "box-10": {"text": "* 110", "rect": [520, 160, 60, 22]},
              "box-11": {"text": "os.osc", "rect": [520, 220, 60, 22]},
              "box-12": {"text": "out 3", "rect": [460, 300, 50, 22]},
              "box-13": {"text": "p ./lp.json", "rect": [260, 200, 100, 22], "data": {"boxes": {
                 "box-1": {"text": "in 1", "rect": [40, 40, 50, 22]},
                 "box-2": {"text": "fi.lowpass 1 800", "rect": [40, 100, 120, 22]},
                 "box-3": {"text": "out 1", "rect": [40, 160, 50, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}},
              "box-14": {"text": "out 4", "rect": [260, 360, 50, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
                       "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]},
                       "line-4": {"src": ["box-4", 0], "dest": ["box-5", 0]},
                       "line-5": {"src": ["box-1", 0], "dest": ["box-6", 0]},
                       "line-6": {"src": ["box-6", 0], "dest": ["box-7", 0]},
                       "line-7": {"src": ["box-8", 3], "dest": ["box-9", 0]},
                       "line-8": {"src": ["box-9", 0], "dest": ["box-10", 0]},
                       "line-9": {"src": ["box-10", 0], "dest": ["box-11", 0]},
                       "line-10": {"src": ["box-11", 0], "dest": ["box-8", 0]},
                       "line-11": {"src": ["box-8", 0], "dest": ["box-12", 0]},
                       "line-12": {"src": ["box-1", 0], "dest": ["box-13", 0]},
                       "line-13": {"src": ["box-13", 0], "dest": ["box-14", 0]}}}
            """;
    private static final String LOWPASS = """
            {"boxes": {
              "box-1": {"text": "in 1", "rect": [40, 40, 50, 22]},
              "box-2": {"text": "fi.lowpass 1 800", "rect": [40, 100, 120, 22]},
              "box-3": {"text": "out 1", "rect": [40, 160, 50, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
            """;
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("subpatcher");
        Files.writeString(env.workspace.resolve("sub-demo.json"), DEMO);
        Files.writeString(env.workspace.resolve("lp.json"), LOWPASS);
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    private static void dblclickCentre(Page page, Locator element) {
        BoundingBox b = element.locator(".frame").boundingBox();
        page.mouse().dblclick(b.x + b.width / 2, b.y + b.height / 2);
    }

    private static void click(Page page, Locator element, boolean shift) {
        BoundingBox b = element.locator(".frame").boundingBox();
        if (shift) {
            page.keyboard().down("Shift");
        }
        page.mouse().click(b.x + b.width / 2, b.y + b.height / 2);
        if (shift) {
            page.keyboard().up("Shift");
        }
    }

    @Test
    void openEditGoBackUndoEncapsulateDeencapsulateAndOpenAFile() {
        BrowserContext context = env.context(1400, 800);
        Patcher p = env.open(context);
        Page page = p.page;
        E2e.printConsoleErrors(page, "SubpatcherIT");
        page.locator("[data-role='workspace'] li[data-path='sub-demo.json']").click();
        assertThat(page.locator("[data-role='title']")).hasText("sub-demo.json");
        assertThat(p.box("box-14")).isVisible();
        String original = p.code().textContent();
        assertTrue(original.contains("par(") || original.contains("par ("), original);

        // the body of par 3 is outlined behind its boxes, with the iteration's text
        Locator hull = page.locator("[data-role='hull'][data-hull-id='box-8']");
        assertThat(hull).hasCount(1);
        assertThat(hull.locator("text")).hasText("par 3");
        BoundingBox outline = hull.locator("path").boundingBox();
        for (String id : new String[] {"box-9", "box-10", "box-11"}) {
            BoundingBox b = p.box(id).locator(".frame").boundingBox();
            assertTrue(b.x > outline.x && b.y > outline.y && b.x + b.width < outline.x + outline.width
                    && b.y + b.height < outline.y + outline.height, id + " lies inside the outline");
        }
        BoundingBox par = p.box("box-8").locator(".frame").boundingBox();
        assertTrue(par.y + par.height < outline.y, "the iteration box itself is not in its body");
        assertThat(page.locator("[data-role='breadcrumbs']")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/subpatcher-hull.png")));

        // double-click the p box: its content in the same canvas, breadcrumbs over it
        dblclickCentre(page, p.box("box-6"));
        assertThat(p.field()).isHidden();
        Locator crumbs = page.locator("[data-role='breadcrumbs'] [data-role='crumb']");
        assertThat(crumbs).hasText(new String[] {"sub-demo.json", "p reverb"});
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(3);
        assertThat(p.box("box-2").locator("text")).hasText("mem");
        p.typeBox(200, 300, "* 0.25");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(4);
        assertThat(page.locator("[data-role='title']")).hasAttribute("data-unsaved", "true");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/subpatcher-inside.png")));

        // back with the breadcrumb, then Ctrl+Z undoes the box typed inside
        page.locator("[data-role='breadcrumbs'] button[data-role='crumb']", new Page.LocatorOptions().setHasText("sub-demo.json")).click();
        assertThat(page.locator("[data-role='breadcrumbs']")).isHidden();
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(14);
        p.press("Control+z");
        // Enter on the selected p box opens it again: its content is as it was
        click(page, p.box("box-6"), false);
        p.press("Enter");
        assertThat(crumbs).hasText(new String[] {"sub-demo.json", "p reverb"});
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(3);
        assertThat(page.locator("[data-role='canvas'] [data-box-id='box-4']")).hasCount(0);
        p.press("Control+ArrowUp");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(14);
        assertThat(p.code()).hasText(original);
        assertThat(page.locator("[data-role='title']")).hasAttribute("data-unsaved", "false");

        // encapsulate the chain * 0.5 -> fi.lowpass -> * 0.8 (click, shift-click, shift-click, Ctrl+Shift+E)
        click(page, p.box("box-2"), false);
        click(page, p.box("box-3"), true);
        click(page, p.box("box-4"), true);
        p.press("Control+Shift+E");
        assertThat(p.box("box-15").locator("text")).hasText("p");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(12);
        assertThat(p.code()).not().hasText(original);
        String encapsulated = p.code().textContent();
        float[][] before = render(page, original);
        float[][] after = render(page, encapsulated);
        assertEquals(before.length, after.length);
        double diff = 0;
        double peak = 0;
        for (int ch = 0; ch < before.length; ch++) {
            for (int i = 0; i < before[ch].length; i++) {
                diff = Math.max(diff, Math.abs((double) before[ch][i] - after[ch][i]));
                peak = Math.max(peak, Math.abs(before[ch][i]));
            }
        }
        System.out.printf("SubpatcherIT: encapsulated chain rendered by the server: %d channels x %d frames, peak %.4f,"
                + " max |diff| %.3g%n", before.length, before[0].length, peak, diff);
        assertTrue(peak > 0.1, "the program makes sound, so the comparison can fail");
        assertTrue(diff <= 1e-6, "max |encapsulated - original| = " + diff);

        // the new sub-patcher holds the three boxes with an in and an out
        dblclickCentre(page, p.box("box-15"));
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(5);
        assertThat(page.locator("[data-role='canvas'] text", new Page.LocatorOptions().setHasText("fi.lowpass 1 1500"))).hasCount(1);
        p.press("Control+ArrowUp");
        assertThat(p.box("box-15")).hasClass(java.util.regex.Pattern.compile("selected"));

        // de-encapsulate: the program text is the original's again
        p.press("Control+Shift+D");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(14);
        assertThat(p.code()).hasText(original);
        assertEquals(original, p.code().textContent(), "de-encapsulate gives back the original program");

        // a refusal says why, and changes nothing
        click(page, p.box("box-5"), false);
        click(page, p.box("box-4"), true);
        p.press("Control+Shift+E");
        assertThat(page.locator("[data-role='sub-notice']")).containsText("E032");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(14);

        // p ./lp.json opens that file as the document; the unsaved patch is kept for the way back
        dblclickCentre(page, p.box("box-13"));
        Locator keep = page.locator("[data-role='dialog'] [data-choice='choice-0']");
        assertThat(keep).hasText("Keep my changes for the way back");
        keep.click();
        assertThat(page.locator("[data-role='title']")).hasText("lp.json");
        assertThat(crumbs).hasText(new String[] {"sub-demo.json", "lp.json"});
        assertThat(p.box("box-2").locator("text")).hasText("fi.lowpass 1 800");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/subpatcher-file.png")));
        crumbs.first().click();
        assertThat(page.locator("[data-role='title']")).hasText("sub-demo.json •");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(14);
        assertNotEquals(null, p.box("box-13").boundingBox());

        // or save first: the file opens once the patch is saved, and the way back finds it saved
        dblclickCentre(page, p.box("box-13"));
        page.locator("[data-role='dialog'] [data-choice='choice-1']").click();
        assertThat(page.locator("[data-role='title']")).hasText("lp.json");
        crumbs.first().click();
        assertThat(page.locator("[data-role='title']")).hasText("sub-demo.json");
        assertThat(page.locator("[data-role='title']")).hasAttribute("data-unsaved", "false");
        context.close();
    }

    @Test
    void aLineOfTheCodeFromABoxInsideASubPatcherOpensItWithTheBoxSelected() {
        BrowserContext context = env.context(1400, 800);
        Patcher p = env.open(context);
        Page page = p.page;
        page.locator("[data-role='workspace'] li[data-path='sub-demo.json']").click();
        assertThat(page.locator("[data-role='title']")).hasText("sub-demo.json");
        assertThat(p.code()).containsText("Mem_2_0 = mem(In_1_0);");
        String[] lines = p.code().textContent().split("\n");
        int line = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("Mem_2_0 = mem(In_1_0);")) {
                line = i + 1;
            }
        }
        assertTrue(line > 0);
        assertThat(page.locator("[data-role='breadcrumbs']")).isHidden();
        p.codeLine(line).click(new Locator.ClickOptions().setPosition(40, 6));
        Locator crumbs = page.locator("[data-role='breadcrumbs'] [data-role='crumb']");
        assertThat(crumbs).hasText(new String[] {"sub-demo.json", "p reverb"});
        assertThat(p.box("box-2")).hasClass(java.util.regex.Pattern.compile("selected"));
        assertThat(p.box("box-2").locator("text")).hasText("mem");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/subpatcher-code-line.png")));

        // Enter on a focused breadcrumb presses it (the p box selected at the top does not open instead)
        crumbs.first().focus();
        p.press("Enter");
        assertThat(page.locator("[data-role='breadcrumbs']")).isHidden();
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(14);
        // a locked patch still opens its sub-patchers with a double-click, and Ctrl+Up goes back
        p.press("Control+e");
        assertThat(page.locator("[data-role='lock']")).hasAttribute("aria-pressed", "true");
        dblclickCentre(page, p.box("box-6"));
        assertThat(crumbs).hasText(new String[] {"sub-demo.json", "p reverb"});
        p.press("Control+ArrowUp");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(14);
        assertThat(page.locator("[data-role='title']")).hasAttribute("data-unsaved", "false");
        context.close();
    }

    /** The program rendered by the server's renderer (POST /api/render, 0.25 s): samples per channel. */
    private static float[][] render(Page page, String dsp) {
        APIResponse response = page.request().post("http://127.0.0.1:" + env.port() + "/api/render",
                RequestOptions.create().setData(Map.of("dsp", dsp, "seconds", 0.25)));
        assertEquals(200, response.status(), response.text());
        return floatWav(response.body());
    }

    /** The samples of a 32-bit float WAV. */
    static float[][] floatWav(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        int channels = b.getShort(22);
        assertEquals(32, b.getShort(34), "bits per sample");
        int at = 12;
        while (!new String(bytes, at, 4, StandardCharsets.US_ASCII).equals("data")) {
            at += 8 + b.getInt(at + 4);
        }
        int frames = b.getInt(at + 4) / (4 * channels);
        float[][] samples = new float[channels][frames];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                samples[c][i] = b.getFloat(at + 8 + (i * channels + c) * 4);
            }
        }
        return samples;
    }
}
