package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An {@code ondemand} box as a person builds it: typed on the canvas (one inlet, the clock, marked),
 * its clock wired, opened with a double-click (breadcrumbs, the canvas tinted and captioned with what
 * ticks it), {@code in 1 -> mem -> out 1} typed and wired inside, then back up with Ctrl+Up: the
 * box has the clock and one input, is wired into the patch, and the program holds its outputs with
 * {@code ondemand_hold}; Enter on the selected box opens it again. axe-core finds nothing on either
 * level. Screenshots:
 * {@code target/screenshots/ondemand-inside.png} (copied to {@code docs/ondemand.png}) and
 * {@code ondemand-outside.png}.
 */
class OnDemandLookIT {
    private static final String CLOCK_TITLE = "clock: the content runs when this is not 0";
    private static Browsing env;

    /** {@code in 1 -> mem -> out 1}: the content of a file ondemand box. */
    private static final String HELD = """
            {"boxes": {
              "box-1": {"text": "in 1", "rect": [40, 40, 50, 22]},
              "box-2": {"text": "mem", "rect": [40, 100, 50, 22]},
              "box-3": {"text": "out 1", "rect": [40, 160, 50, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}}
            """;
    /** A patch whose ondemand box names the file {@code held.json}, ticked by {@code ba.pulse 100}. */
    private static final String USES_FILE = """
            {"boxes": {
              "box-1": {"text": "ba.pulse 100", "rect": [40, 40, 100, 22]},
              "box-2": {"text": "os.osc 3", "rect": [200, 40, 70, 22]},
              "box-3": {"text": "ondemand ./held.json", "rect": [40, 120, 160, 22]},
              "box-4": {"text": "out 1", "rect": [40, 200, 50, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-3", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 1]},
                       "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]}}}
            """;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("ondemand-look");
        java.nio.file.Files.writeString(env.workspace.resolve("held.json"), HELD);
        java.nio.file.Files.writeString(env.workspace.resolve("uses-file.json"), USES_FILE);
    }

    @Test
    void aFileOpenedFromAnOndemandBoxIsTintedAndTheSameFileOpenedAloneIsNot() {
        long start = System.nanoTime();
        BrowserContext context = env.context(1280, 720);
        Patcher p = env.open(context);
        Page page = p.page;
        E2e.printConsoleErrors(page, "OnDemandLookIT");
        Locator canvas = p.canvas();
        Locator caption = page.locator("[data-role='clock-domain']");
        page.locator("[data-role='workspace'] li[data-path='uses-file.json']").click();
        assertThat(page.locator("[data-role='title']")).hasText("uses-file.json");
        assertThat(p.box("box-3").locator("[data-port^='in ']")).hasCount(2);
        assertThat(p.port("box-3", "in 0")).hasAttribute("data-clock", "true");
        BoundingBox b = p.box("box-3").locator(".frame").boundingBox();
        page.mouse().dblclick(b.x + b.width / 2, b.y + b.height / 2);
        assertThat(page.locator("[data-role='title']")).hasText("held.json");
        assertThat(canvas).hasAttribute("data-clock-domain", "ondemand");
        assertThat(caption).hasText("On demand: runs on the ticks of “ba.pulse 100”");
        page.locator("[data-role='breadcrumbs'] button[data-role='crumb']", new Page.LocatorOptions().setHasText("uses-file.json")).click();
        assertThat(page.locator("[data-role='title']")).hasText("uses-file.json");
        assertThat(canvas).not().hasAttribute("data-clock-domain", "ondemand");
        assertThat(caption).isHidden();
        page.locator("[data-role='workspace'] li[data-path='held.json']").click();
        assertThat(page.locator("[data-role='title']")).hasText("held.json");
        assertThat(p.box("box-2")).isVisible();
        assertThat(canvas).not().hasAttribute("data-clock-domain", "ondemand");
        context.close();
        System.out.printf("OnDemandLookIT: the file ondemand box checked in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void anOndemandBoxIsMarkedAndItsInsideIsTinted() throws Exception {
        long start = System.nanoTime();
        // axe-core is injected as a script tag, which the page's Content-Security-Policy refuses otherwise
        BrowserContext context = env.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 720).setBypassCSP(true));
        Patcher p = env.open(context);
        Page page = p.page;
        E2e.printConsoleErrors(page, "OnDemandLookIT");
        Locator canvas = p.canvas();
        Locator caption = page.locator("[data-role='clock-domain']");

        p.typeBox(60, 50, "ba.pulse 4410");
        p.typeBox(260, 50, "os.osc 3");
        p.typeBox(60, 150, "ondemand");
        p.typeBox(60, 250, "out 1");
        Locator ondemand = p.box("box-3");
        assertThat(ondemand).hasClass(java.util.regex.Pattern.compile("\\bondemand\\b"));
        assertThat(ondemand.locator("[data-port^='in ']")).hasCount(1);
        assertThat(p.port("box-3", "in 0")).hasAttribute("data-clock", "true");
        assertThat(p.port("box-3", "in 0").locator("title")).hasText(CLOCK_TITLE);
        assertThat(p.box("box-1")).not().hasClass(java.util.regex.Pattern.compile("\\bondemand\\b"));
        assertThat(canvas).not().hasAttribute("data-clock-domain", "ondemand");
        assertThat(caption).isHidden();
        p.wire("box-1", 0, "box-3", 0);

        // open it as a person does: a double-click on the box; breadcrumbs, tint and caption
        BoundingBox b = ondemand.locator(".frame").boundingBox();
        page.mouse().dblclick(b.x + b.width / 2, b.y + b.height / 2);
        assertThat(p.field()).isHidden();
        assertThat(page.locator("[data-role='breadcrumbs'] [data-role='crumb']")).hasText(new String[] {"untitled", "ondemand"});
        assertThat(canvas).hasAttribute("data-clock-domain", "ondemand");
        assertThat(caption).isVisible();
        assertThat(caption).hasText("On demand: runs on the ticks of “ba.pulse 4410”");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(0);
        String background = (String) page.evaluate("() => getComputedStyle(document.querySelector(\"[data-role='canvas']\")).backgroundColor");
        System.out.println("OnDemandLookIT: the canvas inside is " + background);

        p.typeBox(80, 60, "in 1");
        p.typeBox(80, 150, "mem");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(2);
        assertThat(page.locator("[data-role='canvas'] .box.ondemand")).hasCount(0);
        AccessibilityIT.assertNoViolation(page, "the inside of an ondemand box");

        // back up with the keyboard: the box has the clock and one input now
        p.press("Control+ArrowUp");
        assertThat(page.locator("[data-role='breadcrumbs']")).isHidden();
        assertThat(canvas).not().hasAttribute("data-clock-domain", "ondemand");
        assertThat(caption).isHidden();
        assertThat(ondemand.locator("[data-port^='in ']")).hasCount(2);
        assertThat(ondemand.locator("[data-port^='out ']")).hasCount(1);
        assertThat(p.port("box-3", "in 0")).hasAttribute("data-clock", "true");
        assertThat(p.port("box-3", "in 1")).not().hasAttribute("data-clock", "true");
        p.port("box-3", "in 0").hover(); // the port's tooltip names the clock and what feeds it
        assertThat(page.locator("[data-role='port-tooltip']")).containsText(CLOCK_TITLE);
        assertThat(page.locator("[data-role='port-tooltip']")).containsText("ba_pulse_1_0");
        p.wire("box-2", 0, "box-3", 1);
        p.wire("box-3", 0, "box-4", 0);
        assertThat(page.locator("[data-role='canvas'] [data-line-id]")).hasCount(3);
        assertThat(p.code()).containsText("ondemand_hold");
        assertThat(p.code()).containsText("process");
        p.press("Escape"); // nothing selected or focused in the picture
        p.press("Escape");
        page.mouse().move(p.at(600, 400)[0], p.at(600, 400)[1]);
        AccessibilityIT.assertNoViolation(page, "a patch with an ondemand box");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/ondemand-outside.png")));

        // in again, with the whole program in the panel, for the picture of the inside
        p.box("box-3").locator(".frame").click();
        p.press("Enter");
        assertThat(canvas).hasAttribute("data-clock-domain", "ondemand");
        assertThat(page.locator("[data-role='canvas'] [data-box-id]")).hasCount(3);
        p.press("Escape"); // the selection, then the focus ring: the picture shows the level as it is
        p.press("Escape");
        page.mouse().move(p.at(600, 400)[0], p.at(600, 400)[1]);
        assertThat(caption).hasText("On demand: runs on the ticks of “ba.pulse 4410”");
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/ondemand-inside.png")));
        context.close();
        System.out.printf("OnDemandLookIT: built, opened, checked and pictured in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
