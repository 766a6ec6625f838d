package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inspector as a person uses it: a {@code fi.lowpass 2} typed on the canvas shows its inlets
 * by the names of the library index ({@code fc}, then the signal); the max of an {@code hslider}
 * edited in the inspector with the keyboard changes the box and the program; a word that is no
 * number is refused with its code; hovering a port tells its name and the definition feeding it.
 */
class InspectorIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("inspector");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void inspectEditARangeAndHoverAPort() throws Exception {
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        Patcher p = Patcher.open(context.newPage(), env.port());
        Page page = p.page;
        E2e.printConsoleErrors(page, "inspector");
        Locator inspector = page.locator("[data-role='inspector']");

        p.typeBox(80, 60, "in 1");
        p.typeBox(80, 160, "fi.lowpass 2");
        // the box just typed is selected: the inspector shows it, its ports named from the index
        assertThat(inspector.locator("[data-role='inspector-text']")).hasText("fi.lowpass 2");
        assertThat(inspector.locator("[data-role='inspector-params']")).hasText("Parameters: N, fc");
        assertThat(inspector.locator("[data-role='inspector-inlets'] [data-port='in 0'] .port-name")).hasText("fc");
        assertThat(inspector.locator("[data-role='inspector-inlets'] [data-port='in 1'] .port-name")).hasText("signal");
        assertThat(inspector.locator("[data-role='inspector-inlets'] li")).hasCount(2);
        Files.createDirectories(E2e.TARGET.resolve("screenshots"));
        inspector.screenshot(new Locator.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/inspector-lowpass.png")));

        p.typeBox(300, 60, "hslider freq 440 20 2000 1");
        p.typeBox(80, 260, "out 1");
        p.wire("box-1", 0, "box-2", 1);
        p.wire("box-3", 0, "box-2", 0);
        p.wire("box-2", 0, "box-4", 0);
        assertThat(p.code()).containsText("hslider(\"freq\", 440, 20, 2000, 1)");

        // select the slider with a click, then Ctrl+J (Max's box info) brings the keyboard to the inspector
        p.box("box-3").locator("rect.frame").click();
        assertThat(inspector.locator("[data-role='inspector-text']")).hasText("hslider freq 440 20 2000 1");
        p.press("Control+j");
        assertThat(inspector).isFocused();
        p.press("Tab");
        Locator init = inspector.locator("input[data-field='init']");
        assertThat(init).isFocused();
        p.press("Tab");
        p.press("Tab");
        Locator max = inspector.locator("input[data-field='max']");
        assertThat(max).isFocused();
        assertThat(max).hasValue("2000");
        p.press("Control+a");
        page.keyboard().type("5000");
        p.press("Enter");
        assertThat(p.box("box-3").locator("text")).hasText("hslider freq 440 20 5000 1");
        assertThat(p.code()).containsText("hslider(\"freq\", 440, 20, 5000, 1)");
        assertThat(max).isFocused();
        assertThat(max).hasValue("5000");

        // a word that is no number leaves the box as it is and says why, with its code
        p.press("Control+a");
        page.keyboard().type("lots");
        p.press("Enter");
        assertThat(inspector.locator("[data-role='inspector-problem']")).containsText("E036");
        assertThat(inspector.locator("[data-role='inspector-problem']")).containsText("not \"lots\"");
        // a max under the min is refused too
        p.press("Control+a");
        page.keyboard().type("10");
        p.press("Enter");
        assertThat(inspector.locator("[data-role='inspector-problem']")).containsText("E037");
        assertThat(p.box("box-3").locator("text")).hasText("hslider freq 440 20 5000 1");
        assertThat(p.code()).containsText("hslider(\"freq\", 440, 20, 5000, 1)");

        // hovering the filter's fc inlet: its name and the definition of the slider that feeds it
        BoundingBox fc = p.port("box-2", "in 0").boundingBox();
        page.mouse().move(fc.x + fc.width / 2, fc.y + fc.height / 2);
        Locator tooltip = page.locator("[data-role='port-tooltip']");
        assertThat(tooltip).isVisible();
        assertThat(tooltip).containsText("inlet 1: fc");
        assertThat(tooltip).containsText("fed by Hslider_3_0 (line ");
        String text = tooltip.textContent();
        int line = Integer.parseInt(text.substring(text.indexOf("(line ") + 6, text.indexOf(')', text.indexOf("(line "))));
        List<String> program = p.code().textContent().lines().toList();
        assertTrue(program.get(line - 1).trim().startsWith("Hslider_3_0 = hslider(\"freq\""),
                "line " + line + " of\n" + String.join("\n", program));
        assertThat(p.box("box-2")).hasText("fi.lowpass 2"); // the hover adds nothing to the box itself
        page.screenshot(new Page.ScreenshotOptions().setPath(E2e.TARGET.resolve("screenshots/inspector.png")));

        // an outlet tells its own definition
        BoundingBox out = p.port("box-2", "out 0").boundingBox();
        page.mouse().move(out.x + out.width / 2, out.y + out.height / 2);
        assertThat(tooltip).containsText("outlet 1: output");
        assertThat(tooltip).containsText("defined as fi_lowpass_2_0 (line ");
        context.close();
    }
}
