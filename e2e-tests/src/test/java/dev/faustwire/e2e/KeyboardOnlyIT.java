package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person without a mouse: from the page's start, Tab to the canvas, build
 * {@code in 1 -> fi.lowpass 2 1000 -> out 1} with {@code n}, Shift+N, Shift+Tab and connect mode,
 * run a command from the palette, and save with Ctrl+S, naming the file in the dialog. The page
 * counts every mouse and pointer event it sees: there must be none. The saved file generates, on
 * the command line, exactly the program the page shows.
 */
class KeyboardOnlyIT {
    /** Counts (never fires) every mouse, pointer and wheel event the page receives. */
    private static final String COUNT_MOUSE = "window.mouseEvents = 0; ['mousedown', 'mouseup', 'mousemove', 'click',"
            + " 'dblclick', 'contextmenu', 'pointerdown', 'pointerup', 'pointermove', 'wheel'].forEach(t =>"
            + " window.addEventListener(t, () => window.mouseEvents++, true));";
    /** Every action of the editor is a command of the palette. */
    private static final int PALETTE_COMMANDS = dev.faustwire.core.editor.Action.values().length;
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("keys-only");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void buildConnectRunACommandAndSaveWithTheKeyboardOnly() throws Exception {
        BrowserContext context = env.context(1400, 800);
        Page page = context.newPage();
        E2e.printConsoleErrors(page, "keys");
        page.addInitScript(COUNT_MOUSE);
        Patcher p = Patcher.open(page, env.port());
        Keyboard keys = page.keyboard();
        Locator status = page.locator("[data-role='keys-status']");

        int tabs = 0;
        while (!canvasHasFocus(page) && tabs < 60) {
            keys.press("Tab");
            tabs++;
        }
        assertTrue(canvasHasFocus(page), "Tab from the page's start reaches the canvas");
        System.out.println("[keys] Tab presses from the page's start to the canvas: " + tabs);

        keys.press("n");
        type(p, "in 1");
        assertThat(p.box("box-1")).hasClass(java.util.regex.Pattern.compile("\\bfocused\\b"));
        keys.press("Shift+N");
        assertThat(status).containsText("connected from outlet 1 of box 1 `in 1`");
        type(p, "fi.lowpass 2 1000");
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(1);
        keys.press("n");
        type(p, "out 1");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(3);
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(1);

        keys.press("Shift+Tab");
        assertThat(status).hasText("box 2 `fi.lowpass 2 1000`, 1 inlet, 1 outlet, 2 of 3.");
        assertThat(p.box("box-2").locator(".focus-ring")).hasCount(1);
        assertThat(page.locator("[data-role='canvas'] .focus-ring")).hasCount(1);
        assertTrue(canvasHasFocus(page), "the canvas keeps the keys after each box's field closed");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/keys-focus-ring.png")));

        keys.press("c");
        assertThat(status).hasText("Connect from outlet 1 of 1 of box 2 `fi.lowpass 2 1000`: left and right choose"
                + " the outlet, Enter takes it, Escape cancels.");
        assertThat(page.locator("[data-role='canvas'] .port-target")).hasCount(1);
        keys.press("Enter");
        assertThat(status).containsText("choose a target box with Tab or the arrows, then Enter: box 3 `out 1`");
        assertThat(page.locator("[data-role='canvas'] .line.pending")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/keys-connect-mode.png")));
        keys.press("Enter");
        assertThat(status).containsText("To inlet 1 of 1 of box 3 `out 1`");
        keys.press("Enter");
        assertThat(status).hasText("Connected outlet 1 of box 2 `fi.lowpass 2 1000` to inlet 1 of box 3 `out 1`.");
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(2);
        assertThat(page.locator("[data-role='canvas'] .line.pending")).hasCount(0);

        // no keyboard trap: Tab after the last box leaves the canvas; Shift+Tab comes back, then to the last box
        keys.press("Tab");
        assertFalse(canvasHasFocus(page), "Tab past the last box leaves the canvas");
        assertThat(page.locator("[data-role='canvas'] .focus-ring")).hasCount(0);
        keys.press("Shift+Tab");
        assertTrue(canvasHasFocus(page), "Shift+Tab comes back to the canvas");
        keys.press("Shift+Tab");
        assertThat(status).hasText("box 3 `out 1`, 1 inlet, 0 outlets, 3 of 3.");
        keys.press("ArrowUp");
        assertThat(status).hasText("box 2 `fi.lowpass 2 1000`, 1 inlet, 1 outlet, 2 of 3.");
        assertThat(p.box("box-2").locator(".focus-ring")).hasCount(1);

        // the palette: every command with its shortcut; Enter runs the one chosen
        Locator palette = page.locator("[data-role='palette']");
        keys.press("Control+Shift+P");
        assertThat(palette).isVisible();
        keys.press("Escape");
        assertThat(palette).isHidden();
        assertTrue(canvasHasFocus(page), "Escape gives the keys back to the canvas");
        keys.press("Control+k");
        assertThat(palette).isVisible();
        assertThat(palette.locator("li[role='option']")).hasCount(PALETTE_COMMANDS);
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/keys-palette.png")));
        assertThat(palette.locator("li[data-action='CONNECT'] kbd")).hasText("C");
        assertThat(palette.locator("li[data-action='PALETTE'] kbd")).hasText("Ctrl+K or Ctrl+Shift+P");
        keys.type("snap");
        assertThat(palette.locator("li[role='option']")).hasCount(1);
        assertThat(palette.locator("li[aria-selected='true']")).containsText("Snap to grid");
        assertThat(palette.locator("li[aria-selected='true'] kbd")).hasText("Ctrl+G");
        assertThat(palette.locator("[data-role='palette-filter']")).hasAttribute("aria-activedescendant",
                "palette-option-0");
        keys.press("Enter");
        assertThat(palette).isHidden();
        assertThat(page.locator("[data-action='snap']")).hasAttribute("aria-pressed", "true");

        keys.press("Control+s");
        Locator name = page.locator("[data-role='dialog'] input");
        assertThat(name).isFocused();
        keys.type("keys-only");
        keys.press("Enter");
        assertThat(page.locator("[data-role='title']")).hasAttribute("data-unsaved", "false");

        Path file = env.workspace.resolve("keys-only.json");
        assertTrue(Files.exists(file), "saved in the workspace folder");
        String expected = E2e.cliCodegen(file);
        System.out.println("[keys] generated:\n" + expected);
        assertEquals(expected, p.code().textContent(), "the code panel shows what `faustwire codegen` prints");
        assertTrue(expected.contains("process(In_1_0) = Out_1\n"), expected);
        assertTrue(expected.contains("fi_lowpass_2_0 = fi.lowpass(2, 1000, In_1_0);"), "the lowpass of input 1");
        assertTrue(expected.contains("Out_1 = fi_lowpass_2_0;"), "to output 1");
        dev.faustwire.core.model.Patch saved = dev.faustwire.core.io.PatchReader.read(Files.readString(file)).patch();
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (dev.faustwire.core.model.Line line : saved.lines().values()) {
            lines.add(line.src().boxId() + ":" + line.src().index() + " -> " + line.dest().boxId() + ":" + line.dest().index());
        }
        assertEquals(java.util.List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0"), lines);
        assertEquals("fi.lowpass 2 1000", saved.box("box-2").text());

        assertEquals(0, ((Number) page.evaluate("window.mouseEvents")).intValue(), "no mouse event at all");
        context.close();
    }

    /** Types a box's text into the open field and commits it with Enter. */
    private static void type(Patcher p, String text) {
        assertThat(p.field()).isVisible();
        p.page.keyboard().type(text);
        p.page.keyboard().press("Enter");
        assertThat(p.field()).isHidden();
    }

    private static boolean canvasHasFocus(Page page) {
        return (Boolean) page.evaluate("() => document.activeElement === document.querySelector(\"[data-role='canvas']\")");
    }
}
