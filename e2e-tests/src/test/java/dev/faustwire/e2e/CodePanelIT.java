package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.KeyboardModifier;
import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.codegen.SyntheticPatches;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.testsupport.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code panel with PAW's mean (a patcher, box-22, whose boxes become lines of their own): a box
 * clicked on the canvas highlights exactly the lines the JVM generator's source map gives for it, a
 * line clicked in the code selects its box on the canvas, Copy and Download give the program.
 */
class CodePanelIT {
    private static final String MEAN = "03.subpatcher.mean.dsppat";
    private static final String LONG = "synthetic-1000.json";
    private static final Pattern SELECTED = Pattern.compile("\\bselected\\b");
    private static Browsing env;
    private static CodegenResult jvm;
    private static CodegenResult longJvm;
    private BrowserContext context;
    private Patcher p;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("code-panel");
        Path file = Corpus.jspatcher("paw/faust/" + MEAN);
        Files.copy(file, env.workspace.resolve(MEAN));
        jvm = Codegen.generate(PatchReader.read(Files.readString(file)).patch(), BundledIndex.get());
        assertTrue(jvm.ok());
        Patch synthetic = SyntheticPatches.of(1000, SyntheticPatches.BENCHMARK_SEED);
        Files.writeString(env.workspace.resolve(LONG), PatchWriter.write(synthetic));
        longJvm = Codegen.generate(synthetic, BundledIndex.get());
        assertTrue(longJvm.ok());
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @BeforeEach
    void openMean() {
        context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800)
                .setPermissions(List.of("clipboard-read", "clipboard-write")));
        p = env.open(context);
        E2e.printConsoleErrors(p.page, "code-panel");
        p.page.locator("[data-role='workspace'] li[data-path='" + MEAN + "']").click();
        assertThat(p.page.locator("[data-role='title']")).hasText(MEAN);
        assertThat(p.code()).hasText(jvm.code());
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The lines the JVM's source map gives to a box path and to every box inside it. */
    private static List<Integer> sourceMapLines(String boxPath) {
        return sourceMapLines(jvm, boxPath);
    }

    private static List<Integer> sourceMapLines(CodegenResult program, String boxPath) {
        List<Integer> lines = new ArrayList<>();
        for (int line = 1; line <= program.sourceMap().lineCount(); line++) {
            String owner = program.sourceMap().boxAt(line);
            if (owner != null && (owner.equals(boxPath) || owner.startsWith(boxPath + "/"))) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Waits until the page highlights these lines (the panel follows the selection at the next paint). */
    private void assertHighlighted(List<Integer> expected) {
        List<Integer> shown = p.highlightedCodeLines();
        for (int tries = 0; tries < 100 && !shown.equals(expected); tries++) {
            p.page.waitForTimeout(50);
            shown = p.highlightedCodeLines();
        }
        assertEquals(expected, shown);
    }

    private void assertInView(int line) {
        BoundingBox seen = p.page.locator("[data-role='code'] .cm-scroller").boundingBox();
        BoundingBox box = p.codeLine(line).boundingBox();
        assertTrue(box.y >= seen.y - 0.5 && box.y + box.height <= seen.y + seen.height + 0.5,
                "line " + line + " at " + box.y + ".." + (box.y + box.height) + " is in the panel's "
                        + seen.y + ".." + (seen.y + seen.height));
        assertTrue(box.y >= 0 && box.y + box.height <= p.page.viewportSize().height, "line " + line + " is in the window");
    }

    /** Clicks a line of the code near its start, as a person clicks a line of text. */
    private void clickLine(int line) {
        p.codeLine(line).click(new Locator.ClickOptions().setPosition(40, 6));
    }

    @Test
    void aBoxClickedOnTheCanvasHighlightsExactlyTheLinesOfItsSourceMap() throws Exception {
        long documentLines = jvm.code().chars().filter(c -> c == '\n').count() + 1; // the last one empty
        assertEquals(documentLines, p.page.locator("[data-role='code'] .cm-line").count(),
                "every line of the program is in the page, so the highlighted ones read from it are all of them");
        assertThat(p.codeLine(jvm.sourceMap().lineCount())).containsText("};");
        assertHighlighted(List.of());

        p.box("box-27").click();
        assertEquals(List.of(27), sourceMapLines("box-27"));
        assertHighlighted(sourceMapLines("box-27"));
        assertThat(p.codeLine(27)).containsText("Const_27_0 = 400;");

        p.box("box-22").click();
        List<Integer> patcher = sourceMapLines("box-22");
        assertTrue(patcher.size() > 10 && patcher.contains(15), "the patcher's lines and those of the boxes inside: " + patcher);
        assertHighlighted(patcher);
        assertThat(p.codeLine(15)).containsText("Delay_7_0 = In_1_0 @ In_2_0;");
        assertInView(patcher.get(0));
        assertInView(patcher.get(patcher.size() - 1));
        p.page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/code-panel-patcher.png")));

        p.box("box-14").click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
        List<Integer> both = new ArrayList<>(sourceMapLines("box-14"));
        both.addAll(patcher);
        assertHighlighted(both);

        p.canvas().click(new Locator.ClickOptions().setPosition(600, 600));
        assertHighlighted(List.of());
    }

    @Test
    void aLineClickedInTheCodeSelectsItsBoxOnTheCanvas() {
        clickLine(27);
        assertThat(p.box("box-27")).hasClass(SELECTED);
        assertThat(p.page.locator("[data-role='canvas'] .box.selected")).hasCount(1);
        assertHighlighted(List.of(27));

        p.press("ArrowUp"); // the cursor, placed with the keys, in a line of the patcher
        assertThat(p.box("box-22")).hasClass(SELECTED);
        assertThat(p.box("box-27")).not().hasClass(SELECTED);
        assertHighlighted(sourceMapLines("box-22"));

        int boxes = p.page.locator("[data-role='canvas'] [data-box-id]").count();
        p.press("Delete");
        p.press("Backspace");
        p.press("ArrowRight");
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(boxes);
        assertThat(p.box("box-22")).hasClass(SELECTED);
        assertThat(p.code()).hasText(jvm.code());

        clickLine(2); // import("stdfaust.lib"): no box's
        assertThat(p.page.locator("[data-role='canvas'] .box.selected")).hasCount(0);
        assertHighlighted(List.of());

        clickLine(19); // Add_9_0 inside the patcher: its level opens with box-9 selected
        assertThat(p.box("box-9")).hasClass(SELECTED);
        assertThat(p.box("box-22")).hasCount(0);
        assertHighlighted(sourceMapLines("box-22/box-9"));
        p.page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/code-panel-line-inside.png")));
    }

    @Test
    void copyAndDownloadGiveTheProgram() throws Exception {
        p.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy")).click();
        assertThat(p.page.locator("[data-role='code-status']")).hasText("Copied");
        assertEquals(jvm.code(), p.page.evaluate("() => navigator.clipboard.readText()"));

        Download download = p.page.waitForDownload(() -> p.page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download .dsp")).click());
        assertEquals("03.subpatcher.mean.dsp", download.suggestedFilename());
        assertEquals(jvm.code(), Files.readString(download.path()));
    }

    @Test
    void inALongProgramTheLinesOfABoxFarDownAreRenderedHighlightedAndScrolledTo() {
        p.page.locator("[data-role='workspace'] li[data-path='" + LONG + "']").click();
        assertThat(p.page.locator("[data-role='title']")).hasText(LONG);
        assertThat(p.code()).hasText(longJvm.code());
        // of the boxes seen whole on the canvas, the one whose lines come last in the program, and the first
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) p.page.evaluate("() => {"
                + " const c = document.querySelector(\"[data-role='canvas']\").getBoundingClientRect();"
                + " return Array.from(document.querySelectorAll(\"[data-role='canvas'] [data-box-id]\")).filter(e => {"
                + "   const r = e.getBoundingClientRect();"
                + "   return r.width > 0 && r.left > c.left && r.top > c.top && r.right < c.right && r.bottom < c.bottom;"
                + " }).map(e => e.getAttribute('data-box-id')); }");
        List<String> seen = new ArrayList<>();
        for (String id : shown) {
            if (!sourceMapLines(longJvm, id).isEmpty()) {
                seen.add(id);
            }
        }
        seen.sort((a, b) -> Integer.compare(sourceMapLines(longJvm, b).get(0), sourceMapLines(longJvm, a).get(0)));
        String far = seen.get(0);
        String other = seen.get(seen.size() - 1);
        int farLine = sourceMapLines(longJvm, far).get(0);
        assertEquals(0, p.codeLine(farLine).count(), "line " + farLine + " of " + longJvm.sourceMap().lineCount()
                + " is not in the page before: CodeMirror renders the lines in view only");

        p.box(far).click();
        assertHighlighted(sourceMapLines(longJvm, far));
        assertInView(farLine);

        // the time from the press on a box to its lines highlighted in the page, over clicks that alternate two boxes
        p.page.evaluate("() => { window.codePanelTimes = []; let start = null;"
                + " document.querySelector(\"[data-role='canvas']\").addEventListener('pointerdown',"
                + "   () => { start = performance.now(); }, true);"
                + " new MutationObserver(() => { const want = window.codePanelWanted;"
                + "   if (start !== null && document.querySelector(\"[data-role='code'] .cm-line.linked[data-line='\" + want + \"']\")) {"
                + "     window.codePanelTimes.push(performance.now() - start); start = null; } })"
                + " .observe(document.querySelector(\"[data-role='code']\"), {subtree: true, childList: true, attributes: true}); }");
        for (int i = 0; i < 10; i++) {
            String box = i % 2 == 0 ? other : far;
            List<Integer> lines = sourceMapLines(longJvm, box);
            p.page.evaluate("n => { window.codePanelWanted = n; }", lines.get(0));
            p.box(box).click();
            assertHighlighted(lines);
            assertInView(lines.get(0));
        }
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) p.page.evaluate("() => window.codePanelTimes");
        List<Double> sorted = new ArrayList<>();
        times.forEach(t -> sorted.add(t.doubleValue()));
        sorted.sort(null);
        assertEquals(10, sorted.size());
        double median = (sorted.get(4) + sorted.get(5)) / 2;
        System.out.println("CodePanelIT: " + longJvm.sourceMap().lineCount() + "-line program, box click to its lines"
                + " highlighted and in view (lines " + sourceMapLines(longJvm, other).get(0) + " and " + farLine
                + " in turn): median " + Math.round(median * 10) / 10.0 + " ms (min "
                + Math.round(sorted.get(0) * 10) / 10.0 + ", max " + Math.round(sorted.get(9) * 10) / 10.0
                + ") over 10 clicks");
        p.page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/code-panel-long.png")));
    }
}
