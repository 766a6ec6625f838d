package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Selecting, moving, resizing, deleting, comments, zoom and pan, with the mouse and keys only. */
class GesturesIT {
    private static final Pattern SELECTED = Pattern.compile("\\bselected\\b");
    private static Browsing env;
    private BrowserContext context;
    private Patcher p;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("gestures");
        Files.writeString(env.workspace.resolve("source.json"), ClipboardIT.SOURCE);
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @BeforeEach
    void openSource() {
        context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1300, 760));
        p = Patcher.open(context.newPage(), env.port());
        p.page.locator("[data-role='workspace'] li[data-path='source.json']").click();
        assertThat(p.code()).hasClass("ok");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aRectangleSelectsADragMovesTheSelectionAndOneUndoPutsItBack() {
        String before = p.box("box-1").getAttribute("transform");
        double[] a = p.at(20, 10);
        double[] b = p.at(160, 140);
        p.dragPoints(a[0], a[1], b[0], b[1]);
        assertThat(p.box("box-1")).hasClass(SELECTED);
        assertThat(p.box("box-2")).hasClass(SELECTED);
        assertThat(p.box("box-3")).not().hasClass(SELECTED);
        String code = p.code().textContent();

        BoundingBox box = p.box("box-1").boundingBox();
        p.dragPoints(box.x + 20, box.y + 11, box.x + 220, box.y + 61);
        assertThat(p.box("box-1")).hasAttribute("transform", "translate(240,80)");
        assertThat(p.box("box-2")).hasAttribute("transform", "translate(240,150)");
        assertEquals(code, p.code().textContent(), "a move changes no program");
        assertThat(p.page.locator("[data-role='title']")).hasAttribute("data-unsaved", "true");
        p.press("Control+z");
        assertThat(p.box("box-1")).hasAttribute("transform", before);
        assertThat(p.box("box-2")).hasAttribute("transform", "translate(40,100)");
    }

    @Test
    void arrowsNudgeShiftClickTogglesAndDeleteRemovesWithTheLines() {
        p.box("box-4").click();
        p.press("ArrowRight");
        p.press("Shift+ArrowDown");
        assertThat(p.box("box-4")).hasAttribute("transform", "translate(41,250)");
        p.box("box-3").click(new Locator.ClickOptions().setModifiers(
                java.util.List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
        assertThat(p.box("box-3")).hasClass(SELECTED);
        p.press("Delete");
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(2);
        assertThat(p.page.locator("[data-role='canvas'] [data-line-id]")).hasCount(1);
        p.press("Control+z");
        assertThat(p.page.locator("[data-role='canvas'] [data-box-id]")).hasCount(4);
        assertThat(p.page.locator("[data-role='canvas'] [data-line-id]")).hasCount(3);
    }

    @Test
    void aClickedWireIsSelectedAndDeleted() {
        Locator line = p.page.locator("[data-line-id='line-3']");
        BoundingBox b = line.boundingBox();
        p.page.mouse().click(b.x + b.width / 2, b.y + b.height / 2);
        assertThat(line).hasClass(SELECTED);
        p.press("Backspace");
        assertThat(line).hasCount(0);
        assertThat(p.code()).not().containsText("= Code_3_0;", new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setTimeout(5000));
        assertTrue(!p.code().textContent().contains("Out_1 = Code"), p.code().textContent());
    }

    @Test
    void theInletUnderADraggedWireIsHighlightedAndTheCursorSaysWhatAPressWouldDo() {
        p.box("box-4").click();
        p.press("Delete");
        BoundingBox out = p.port("box-3", "out 0").boundingBox();
        p.page.mouse().move(out.x + 3, out.y + 1);
        assertThat(p.canvas()).hasCSS("cursor", "crosshair");
        p.page.mouse().down();
        double[] far = p.at(600, 500);
        p.page.mouse().move(far[0], far[1], new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
        assertThat(p.page.locator(".line.pending")).hasCount(1);
        assertThat(p.page.locator(".port-target")).hasCount(0);
        BoundingBox target = p.box("box-2").locator("[data-port='in 0']").boundingBox();
        p.page.mouse().move(target.x + 3, target.y - 6, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
        assertThat(p.page.locator(".port-target")).hasCount(1);
        p.page.mouse().up();
        assertThat(p.page.locator(".line.pending")).hasCount(0);
        assertThat(p.page.locator("[data-role='canvas'] [data-line-id]")).hasCount(3);
    }

    @Test
    void theRightEdgeResizesABox() {
        BoundingBox b = p.box("box-1").boundingBox();
        p.dragPoints(b.x + b.width - 1, b.y + 11, b.x + b.width + 80, b.y + 11);
        assertThat(p.box("box-1").locator(".frame")).hasAttribute("width", "126");
        assertThat(p.box("box-1").locator("[data-port='out 0']")).hasCount(1);
    }

    @Test
    void aCommentIsANoteOfSeveralLines() {
        p.typeBox(400, 300, "comment halves the level");
        Locator note = p.page.locator("[data-role='canvas'] .box.comment");
        assertThat(note).hasCount(1);
        assertThat(note).containsText("halves the level");
        note.dblclick();
        Locator area = p.page.locator("[data-role='note-text']");
        assertThat(area).isVisible();
        area.press("End");
        area.press("Enter");
        area.pressSequentially("then delays it");
        area.press("Control+Enter");
        assertThat(note.locator("tspan")).hasCount(2);
        assertThat(p.code()).hasClass("ok");
    }

    @Test
    void zoomAroundThePointerPanAndFit() throws Exception {
        Locator zoom = p.page.locator("[data-action='zoom-reset']");
        assertThat(zoom).hasText("100%");
        BoundingBox before = p.box("box-3").boundingBox();
        p.page.mouse().move(before.x + 5, before.y + 5);
        p.page.keyboard().down("Control");
        p.page.mouse().wheel(0, -347);
        p.page.keyboard().up("Control");
        assertThat(zoom).hasText("200%");
        BoundingBox zoomed = p.box("box-3").boundingBox();
        assertEquals(before.x + 5, zoomed.x + 10, 1.5, "the point under the pointer stays");
        assertEquals(2 * before.width, zoomed.width, 1.5);
        p.page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("gestures-zoom-200.png")));

        p.page.mouse().wheel(0, 100);
        BoundingBox panned = p.box("box-3").boundingBox();
        assertEquals(zoomed.y - 100, panned.y, 1.5, "the wheel without Ctrl scrolls");

        p.press("Control+1");
        BoundingBox area = p.canvas().boundingBox();
        for (int i = 1; i <= 4; i++) {
            BoundingBox b = p.box("box-" + i).boundingBox();
            assertTrue(b.y >= area.y && b.y + b.height <= area.y + area.height, "fit shows box-" + i);
        }
        p.press("Control+0");
        assertThat(zoom).hasText("100%");
        p.press("Control+-");
        assertThat(zoom).hasText("80%");
        for (int i = 0; i < 12; i++) {
            p.press("Control+-");
        }
        assertThat(zoom).hasText("25%");
    }

    @Test
    void theViewOfEachPatchIsRememberedInTheBrowser() {
        p.press("Control+=");
        p.press("Control+=");
        assertThat(p.page.locator("[data-action='zoom-reset']")).hasText("156%");
        p.page.reload();
        p.page.waitForFunction("() => window.faustwire && window.faustwire.report");
        p.page.locator("[data-role='workspace'] li[data-path='source.json']").click();
        assertThat(p.page.locator("[data-action='zoom-reset']")).hasText("156%");
    }

    @Test
    void middleButtonPans() {
        BoundingBox before = p.box("box-1").boundingBox();
        double[] a = p.at(600, 400);
        p.page.mouse().move(a[0], a[1]);
        p.page.mouse().down(new com.microsoft.playwright.Mouse.DownOptions().setButton(
                com.microsoft.playwright.options.MouseButton.MIDDLE));
        p.page.mouse().move(a[0] + 50, a[1] + 30, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
        p.page.mouse().up(new com.microsoft.playwright.Mouse.UpOptions().setButton(
                com.microsoft.playwright.options.MouseButton.MIDDLE));
        BoundingBox after = p.box("box-1").boundingBox();
        assertEquals(before.x + 50, after.x, 1);
        assertEquals(before.y + 30, after.y, 1);
        assertThat(p.page.locator("[data-role='title']")).hasAttribute("data-unsaved", "false");
    }
}
