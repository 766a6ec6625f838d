package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person builds a patch by hand in an empty editor, with the mouse and the keyboard only:
 * {@code in 1 -> * 0.5 -> out 1} and {@code os.osc 440 -> out 2}, typed with the completion list
 * and wired by dragging; the program shown is what the command line generates for the saved
 * file; every step undoes back to the empty patch and redoes to the same bytes; the patch
 * survives a reload.
 */
class PatchByHandIT {
    /** Reads (never edits) each box's id, place and text. */
    private static final String PLACES = "boxes => boxes.map(b => b.getAttribute('data-box-id') + ' '"
            + " + b.getAttribute('transform') + ' ' + b.textContent)";
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("by-hand");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void buildSaveUndoRedoAndReload() throws Exception {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Patcher p = Patcher.open(context.newPage(), env.port());
        Page page = p.page;

        p.typeBox(80, 60, "in 1");
        // n with the pointer over the canvas opens the field there (as in Max)
        double[] at = p.at(80, 150);
        page.mouse().move(at[0], at[1]);
        p.press("n");
        assertThat(p.field()).isVisible();
        p.field().pressSequentially("* 0.5");
        p.field().press("Enter");
        p.typeBox(80, 240, "out 1");

        // the oscillator is typed by its alias and taken from the completion list
        double[] osc = p.at(300, 60);
        page.mouse().dblclick(osc[0], osc[1]);
        p.field().pressSequentially("osc");
        Locator suggestion = page.locator("[data-role='completions'] li[data-name='os.osc']");
        assertThat(suggestion).isVisible();
        assertThat(suggestion).containsText("1 in · 1 out");
        p.field().press("ArrowDown");
        p.field().press("Tab");
        assertThat(p.field()).hasValue("os.osc ");
        p.field().pressSequentially("440");
        p.field().press("Enter");
        p.typeBox(300, 240, "out 2");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(5);
        assertThat(p.box("box-4").locator("text")).hasText("os.osc 440");

        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        p.wire("box-4", 0, "box-5", 0);
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(3);
        int steps = 8;
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("by-hand-built.png")));

        p.save("by-hand");
        Path file = env.workspace.resolve("by-hand.json");
        assertTrue(Files.exists(file), "Ctrl+S on a new patch asks a name and saves it in the workspace");
        byte[] saved = Files.readAllBytes(file);
        String expected = E2e.cliCodegen(file);
        assertTrue(expected.contains("os.osc(440)") && expected.contains("* 0.5"), expected);
        assertEquals(expected, p.code().textContent(), "the code panel shows what `faustwire codegen` prints");

        for (int i = 0; i < steps; i++) {
            p.press("Control+z");
        }
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(0);
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(0);
        p.press("Control+z");
        for (int i = 0; i < steps; i++) {
            p.press("Control+Shift+z");
        }
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(3);
        assertEquals(expected, p.code().textContent());
        assertThat(page.locator("[data-role='title']")).hasAttribute("data-unsaved", "false");
        page.waitForResponse(r -> r.request().method().equals("PUT") && r.url().endsWith("/api/patches/by-hand.json"),
                () -> p.press("Control+s"));
        assertEquals(new String(saved, StandardCharsets.UTF_8), Files.readString(file),
                "redo gives back the same patch, byte for byte");

        Object places = page.locator("[data-role='canvas'] [data-box-id]").evaluateAll(PLACES);
        page.reload();
        Patcher again = new Patcher(page);
        page.waitForFunction("() => window.faustwire && window.faustwire.report");
        page.locator("[data-role='workspace'] li[data-path='by-hand.json']").click();
        assertThat(again.code()).hasText(expected);
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(5);
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(3);
        assertThat(page.locator("[data-role='title']")).hasText("by-hand.json");
        assertEquals(places, page.locator("[data-role='canvas'] [data-box-id]").evaluateAll(PLACES),
                "every box where it was, with its text");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("by-hand-reopened.png")));
        context.close();
    }
}
