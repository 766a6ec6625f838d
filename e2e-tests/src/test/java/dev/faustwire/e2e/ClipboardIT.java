package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Copy and paste through the system clipboard, as a person does it: a sub-patcher box and a code
 * box copied in one tab are pasted into another patch in another tab, keep their contents and
 * generate the same definitions up to their names; select all, cut and paste give the patch back.
 */
class ClipboardIT {
    /** in 1 -> p gain (in 1 -> * 0.5 -> out 1, embedded) -> code (stored arity 1/1) -> out 1. */
    static final String SOURCE = """
            {"format": "faustwire-patch", "version": 1, "props": {},
             "boxes": {
              "box-1": {"text": "in 1", "rect": [40, 30, 45, 22]},
              "box-2": {"text": "p gain", "rect": [40, 100, 60, 22], "data": {
                 "boxes": {"box-1": {"text": "in 1", "rect": [10, 10, 45, 22]},
                           "box-2": {"text": "* 0.5", "rect": [10, 60, 45, 22]},
                           "box-3": {"text": "out 1", "rect": [10, 110, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}, "props": {}}},
              "box-3": {"text": "code", "rect": [40, 170, 60, 22],
                        "data": {"value": "process = _ <: _, @(3) :> *(0.25);", "inputs": 1, "outputs": 1}},
              "box-4": {"text": "out 1", "rect": [40, 240, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
                       "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]}}}
            """;
    /** out 1 and in 1 under the ids the pasted boxes would take. */
    static final String TARGET = """
            {"format": "faustwire-patch", "version": 1, "props": {},
             "boxes": {"box-1": {"text": "out 1", "rect": [300, 300, 45, 22]},
                       "box-2": {"text": "in 1", "rect": [300, 20, 45, 22]}},
             "lines": {}}
            """;

    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("clipboard");
        Files.writeString(env.workspace.resolve("source.json"), SOURCE);
        Files.writeString(env.workspace.resolve("target.json"), TARGET);
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    private static Patcher openPatch(BrowserContext context, String path) {
        Patcher p = Patcher.open(context.newPage(), env.port());
        p.page.locator("[data-role='workspace'] li[data-path='" + path + "']").click();
        assertThat(p.page.locator("[data-role='title']")).hasText(path);
        assertThat(p.code()).not().isEmpty();
        return p;
    }

    @Test
    void aSubPatcherAndACodeBoxPastedInAnotherPatchGenerateTheSameDefinitions() {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Patcher source = openPatch(context, "source.json");
        assertThat(source.code()).containsText("environment {");
        String sourceCode = source.code().textContent();
        source.box("box-2").click();
        source.box("box-3").click(new com.microsoft.playwright.Locator.ClickOptions()
                .setModifiers(List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
        assertThat(source.box("box-3")).hasClass(java.util.regex.Pattern.compile("selected"));
        source.press("Control+c");

        Patcher target = openPatch(context, "target.json");
        target.page.bringToFront();
        target.canvas().click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(600, 500));
        target.press("Control+v");
        assertThat(target.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(4);
        assertThat(target.page.locator("[data-role='canvas'] [data-line-id]")).hasCount(1);
        assertThat(target.box("box-3").locator("text")).hasText("p gain");
        assertThat(target.box("box-4").locator("text")).hasText("code");

        target.wire("box-2", 0, "box-3", 0);
        target.wire("box-4", 0, "box-1", 0);
        assertThat(target.code()).hasClass("ok");
        String targetCode = target.code().textContent();
        assertNotEquals(sourceCode, targetCode, "the pasted boxes have other numbers");
        assertEquals(definitions(sourceCode), definitions(targetCode));
        target.page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("clipboard-pasted.png")));
        context.close();
    }

    @Test
    void selectAllCutAndPasteGiveThePatchBack() throws Exception {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800));
        Patcher p = openPatch(context, "source.json");
        String code = p.code().textContent();
        p.canvas().click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(700, 600));
        p.press("Control+a");
        p.press("Control+x");
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(0);
        assertThat(p.page.locator("[data-role='title']")).hasAttribute("data-unsaved", "true");
        p.press("Control+v");
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(4);
        assertThat(p.code()).hasText(code);
        assertThat(p.page.locator("[data-role='title']")).hasAttribute("data-unsaved", "false");
        context.close();
    }

    /** The program's lines with box numbers taken out, sorted: the definitions up to their names. */
    static List<String> definitions(String code) {
        List<String> lines = new ArrayList<>();
        for (String line : code.split("\n")) {
            lines.add(line.replaceAll("_\\d+", "_N"));
        }
        Collections.sort(lines);
        assertTrue(lines.size() > 8, String.join("\n", lines));
        return lines;
    }
}
