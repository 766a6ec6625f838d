package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Problems list as a person uses it: a patch whose sub-patcher holds an unknown box far from
 * the view lists the problem with its code and box; clicking the item (or Enter on it) opens the
 * sub-patcher, selects the box and brings it into view; hovering the box shows the message; the
 * page's title counts the problems.
 */
class ProblemsIT {
    /** box-9 is a sub-patcher whose box-2, {@code nosuchbox 3}, sits far below and right of its other boxes. */
    static final String PATCH = """
            {"boxes": {
              "box-1": {"text": "os.osc 440", "rect": [30, 30, 80, 22]},
              "box-9": {"text": "p", "rect": [30, 90, 60, 22], "data": {
                "boxes": {
                  "box-1": {"text": "in 1", "rect": [30, 30, 45, 22]},
                  "box-2": {"text": "nosuchbox 3", "rect": [1500, 1200, 100, 22]},
                  "box-3": {"text": "out 1", "rect": [30, 150, 45, 22]}},
                "lines": {
                  "line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                  "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}},
                "props": {}}},
              "box-10": {"text": "out 1", "rect": [30, 150, 45, 22]}},
             "lines": {
              "line-1": {"src": ["box-1", 0], "dest": ["box-9", 0]},
              "line-2": {"src": ["box-9", 0], "dest": ["box-10", 0]}},
             "props": {}}
            """;

    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("problems");
        Files.writeString(env.workspace.resolve("nested.json"), PATCH);
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void aProblemInsideASubPatcherIsListedWithItsCodeAndBoxAndClickingItOpensAndSelectsTheBox() {
        Patcher p = env.open(env.context(1300, 800));
        Page page = p.page;
        E2e.printConsoleErrors(page, "problems");
        page.locator("#workspace li[data-path='nested.json']").click();
        Locator item = page.locator("[data-role='problems'] li[data-box-id='box-9/box-2']");
        assertThat(item).hasCount(1);
        assertThat(item).containsText("E010");
        assertThat(item).containsText("box-9/box-2 `nosuchbox 3`");
        assertThat(item).hasAttribute("class", Pattern.compile("\\berror\\b"));

        // the title counts what the list shows
        int errors = page.locator("[data-role='problems'] li.error").count();
        int warnings = page.locator("[data-role='problems'] li.warning").count();
        String count = errors + (errors == 1 ? " error" : " errors")
                + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings"));
        assertTrue(page.title().startsWith("nested.json — " + count + " — Faustwire"), page.title());
        assertThat(page.locator("[data-role='problem-count']")).hasText(count);
        System.out.println("[problems] title: " + page.title());

        // at the top level the box inside is not drawn, but its sub-patcher box tells on hover
        assertThat(p.box("box-2")).hasCount(0);
        assertThat(p.box("box-9")).hasClass(Pattern.compile("\\berror\\b"));
        assertThat(p.box("box-1")).not().hasClass(Pattern.compile("\\berror\\b"));
        Locator tip = page.locator("[data-role='problem-tip']");
        p.box("box-9").locator("rect.frame").hover();
        assertThat(tip).isVisible();
        assertThat(tip).containsText("inside box-2: error E010");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/problems-top-level.png")));
        page.mouse().move(5, 5);

        // a click on the item opens the sub-patcher
        item.locator("button").click();
        Locator atFault = p.box("box-2");
        assertThat(atFault).hasCount(1);
        assertThat(p.box("box-9")).hasCount(0);
        assertThat(atFault).hasClass(Pattern.compile("\\bselected\\b"));
        assertThat(atFault).hasClass(Pattern.compile("\\berror\\b"));
        assertInView(p, atFault);

        // hovering the box shows its message
        assertThat(tip).isHidden();
        atFault.locator("rect.frame").hover();
        assertThat(tip).isVisible();
        assertThat(tip).containsText("E010");
        assertThat(tip).hasAttribute("data-box-id", "box-2");
        BoundingBox tipBox = tip.boundingBox();
        BoundingBox boxBox = atFault.boundingBox();
        assertTrue(Math.abs(tipBox.y - (boxBox.y + boxBox.height / 2)) < 60, "the tip is by the pointer");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/problems-reveal.png")));
        page.mouse().move(5, 5);
        assertThat(tip).isHidden();

        // a box without a problem has no tip
        p.box("box-1").locator("rect.frame").hover();
        assertThat(tip).isHidden();

        // the item is a button: Tab reaches it and Enter reveals the box again
        p.canvas().click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(400, 60));
        assertThat(atFault).not().hasClass(Pattern.compile("\\bselected\\b"));
        item.locator("button").focus();
        page.keyboard().press("Enter");
        assertThat(atFault).hasClass(Pattern.compile("\\bselected\\b"));

        // fixing the box inside clears the list and the count in the title
        atFault.locator("rect.frame").dblclick();
        assertThat(p.field()).isVisible();
        p.field().press("Control+a");
        p.field().pressSequentially("* 0.5");
        p.field().press("Enter");
        assertThat(item).hasCount(0);
        assertThat(atFault).not().hasAttribute("data-problem", Pattern.compile("."));
        assertEquals("nested.json • — Faustwire", page.title());
        page.context().close();
    }

    /** The box is wholly inside the canvas element. */
    static void assertInView(Patcher p, Locator box) {
        BoundingBox c = p.canvas().boundingBox();
        BoundingBox b = box.boundingBox();
        assertTrue(b.x >= c.x && b.y >= c.y && b.x + b.width <= c.x + c.width && b.y + b.height <= c.y + c.height,
                "box " + b.x + "," + b.y + " in canvas " + c.x + "," + c.y + " " + c.width + "x" + c.height);
    }
}
