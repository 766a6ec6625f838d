package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core finds no violation of WCAG 2.0/2.1 levels A and AA on the editor page: empty, with the
 * corpus patch 07-00 open, with audio on (its inputs and controls panels), with the outline's
 * connect dialog open, and with the panels of the editor's part 2 showing (inspector, highlighted
 * code, problems, port tooltip, palette, presentation view, breadcrumbs).
 */
class AccessibilityIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("accessibility");
        Files.copy(E2e.IFC.resolve("07-00.dsppat"), env.workspace.resolve("07-00.dsppat"));
        Files.copy(E2e.IFC.resolve("10-00.dsppat"), env.workspace.resolve("10-00.dsppat"));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void theEmptyEditorHasNoViolation() throws Exception {
        BrowserContext context = context();
        Patcher p = env.open(context);
        assertThat(p.page.locator("#workspace li[data-path='07-00.dsppat']")).hasCount(1);
        assertNoViolation(p.page, "the empty editor");
        context.close();
    }

    @Test
    void thePageWithCorpus0700OpenHasNoViolation() throws Exception {
        BrowserContext context = context();
        Patcher p = env.open(context);
        p.page.locator("#workspace li[data-path='07-00.dsppat']").click();
        assertThat(p.code()).containsText("process(");
        assertNoViolation(p.page, "the editor with 07-00 open");
        p.page.locator("[data-role='outline-tree'] > [data-box-id='box-11']").click();
        p.press("ArrowRight");
        assertThat(p.page.locator("[data-role='outline-tree'] > [data-box-id='box-11']")).hasAttribute("aria-expanded", "true");
        assertNoViolation(p.page, "the editor with a box of the outline expanded");
        p.press("c");
        assertThat(p.page.locator("[data-role='connect']")).isVisible();
        assertNoViolation(p.page, "the outline's connect dialog");
        p.press("Escape");
        assertThat(p.page.locator("[data-role='connect']")).isHidden();
        p.press("Enter");
        assertThat(p.field()).isVisible();
        assertNoViolation(p.page, "the box text field opened from the outline");
        p.press("Escape");
        Path shot = E2e.TARGET.resolve("screenshots").resolve("accessibility-07-00.png");
        p.page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[accessibility] screenshot " + shot.toAbsolutePath());
        context.close();
    }

    @Test
    void thePageWithAudioOnAndControlsHasNoViolation() throws Exception {
        BrowserContext context = context();
        Patcher p = env.open(context);
        p.typeFreqSine();
        assertThat(p.code()).containsText("hslider(");
        AuditionIT.switchAudioOn(p.page);
        assertThat(p.page.locator("[data-role='controls'] [data-address='/main/freq']")).hasCount(1);
        assertNoViolation(p.page, "the editor playing a patch with a slider");
        p.page.locator("#workspace li[data-path='07-00.dsppat']").click();
        assertThat(p.page.locator("[data-role='inputs']")).isVisible();
        assertNoViolation(p.page, "the editor playing 07-00 (seven inputs)");
        Path shot = E2e.TARGET.resolve("screenshots").resolve("accessibility-audio.png");
        p.page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[accessibility] screenshot " + shot.toAbsolutePath());
        context.close();
    }

    @Test
    void thePanelsOfPartTwoHaveNoViolation() throws Exception {
        BrowserContext context = context();
        Patcher p = env.open(context);
        Page page = p.page;
        p.typeFreqSine();
        p.typeBox(300, 60, "nosuchbox 3");
        assertThat(page.locator("[data-role='problems'] li[data-box-id='box-5']")).hasCount(1);
        p.box("box-2").click();
        assertThat(page.locator("[data-role='inspector']")).containsText("os.osc");
        assertThat(p.codeLine(1)).isVisible();
        assertNoViolation(page, "a box selected: its inspector, its lines in the code panel, a problem listed");

        var port = p.port("box-2", "in 0").boundingBox();
        page.mouse().move(port.x + port.width / 2, port.y + port.height / 2);
        assertThat(page.locator("[data-role='port-tooltip']")).isVisible();
        assertNoViolation(page, "a port's tooltip");

        p.canvas().focus();
        p.press("Control+k");
        assertThat(page.locator("[data-role='palette']")).isVisible();
        assertNoViolation(page, "the command palette");
        p.press("Escape");
        assertThat(page.locator("[data-role='palette']")).isHidden();

        page.locator("[data-role='presentation']").click();
        assertThat(page.locator("[data-role='presentation']")).hasAttribute("aria-pressed", "true");
        assertNoViolation(page, "the presentation view");
        page.locator("[data-role='presentation']").click();

        page.locator("#workspace li[data-path='10-00.dsppat']").click();
        assertThat(p.box("box-9")).containsText("p ./ifc/09-00.dsppat");
        p.box("box-9").dblclick();
        assertThat(page.locator("[data-role='breadcrumbs']")).isVisible();
        assertThat(p.box("box-7")).isVisible();
        assertNoViolation(page, "inside a sub-patcher, with the breadcrumbs");
        Path shot = E2e.TARGET.resolve("screenshots").resolve("accessibility-panels.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[accessibility] screenshot " + shot.toAbsolutePath());
        context.close();
    }

    /**
     * A 1400 x 800 window whose page lets axe-core's script tag in: the editor's Content Security
     * Policy refuses inline scripts, which is right for the page and wrong for the test's own tool.
     */
    static BrowserContext context() {
        return env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 800).setBypassCSP(true));
    }

    static void assertNoViolation(Page page, String where) throws Exception {
        List<String> violations = Axe.violations(page);
        System.out.println("[accessibility] " + where + ": " + violations.size() + " violation(s)");
        if (!violations.isEmpty()) {
            fail(Axe.report(where, violations));
        }
    }
}
