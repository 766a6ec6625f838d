package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The block diagram view with the corpus's {@code par 3} patch (11-00): Faust's diagram of the
 * program shown inline, opened down to the {@code par} (three {@code os.osc} side by side), back up
 * and to the top, and a click on the {@code Par_29} block selecting the {@code par 3} box (box-29).
 */
class DiagramIT {
    private static final String PATCH = "11-00.dsppat";
    private static final Pattern SELECTED = Pattern.compile("\\bselected\\b");
    private static final LocatorAssertions.HasAttributeOptions WAIT =
            new LocatorAssertions.HasAttributeOptions().setTimeout(30_000);
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("diagram");
        Files.copy(E2e.IFC.resolve(PATCH), env.workspace.resolve(PATCH));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void theParPatchShowsItsParDiagramNavigatesInAndBackAndABlockSelectsItsBox() throws IOException {
        // axe-core comes in as a script tag, which the editor's policy refuses; the diagram files keep their own
        BrowserContext context = env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setBypassCSP(true));
        try {
            Patcher p = env.open(context);
            Page page = p.page;
            E2e.printConsoleErrors(page, "diagram");
            page.locator("[data-role='workspace'] li[data-path='" + PATCH + "']").click();
            assertThat(page.locator("[data-role='title']")).hasText(PATCH);
            String editorUrl = page.url();

            Locator panel = page.locator("[data-role='diagram-panel']");
            Locator view = panel.locator("[data-role='diagram-view']");
            long start = System.nanoTime();
            page.locator("[data-role='diagram']").click();
            assertThat(panel).hasAttribute("data-state", "shown", WAIT);
            System.out.printf("diagram of 11-00 shown after %.0f ms%n", (System.nanoTime() - start) / 1e6);
            assertThat(page.locator("[data-role='diagram']")).hasAttribute("aria-pressed", "true");
            assertThat(panel).hasAttribute("data-file", "process");
            assertEquals(3, view.locator("svg a text").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Out_[123]$"))).count(), "the top shows the three outputs");
            assertEquals(0, view.locator("script, foreignObject, [onclick], [onload]").count());

            block(view, "Out_1").click();
            assertThat(panel).hasAttribute("data-file", "Out-1", WAIT);
            block(view, "Par_29").click();
            assertThat(panel).hasAttribute("data-file", "Par-4", WAIT);
            assertThat(panel.locator("[data-role='diagram-trail']")).hasText("process › Out-1 › Par-4");
            assertEquals(3, view.locator("svg a text").filter(new Locator.FilterOptions().setHasText("os_osc_40_0")).count(),
                    "the par diagram: three os.osc side by side");
            assertThat(p.box("box-29")).hasAttribute("class", SELECTED);
            assertThat(panel).hasAttribute("data-selected", "box-29");
            assertThat(panel.locator("[data-role='diagram-status']")).hasText("Par_29: its box is selected on the canvas");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/diagram-par.png")));
            List<String> violations = Axe.violations(page);
            assertTrue(violations.isEmpty(), Axe.report("the diagram view", violations));

            panel.locator("[data-action='diagram-back']").click();
            assertThat(panel).hasAttribute("data-file", "Out-1", WAIT);
            block(view, "Par_29").click();
            assertThat(panel).hasAttribute("data-file", "Par-4", WAIT);
            view.locator("svg > a").first().click(new Locator.ClickOptions().setPosition(3, 3));
            assertThat(panel).hasAttribute("data-file", "Out-1", WAIT);
            assertThat(panel.locator("[data-role='diagram-trail']")).hasText("process › Out-1");
            panel.locator("[data-action='diagram-top']").click();
            assertThat(panel).hasAttribute("data-file", "process", WAIT);
            assertEquals(editorUrl, page.url(), "no click left the editor");

            p.box("box-28").dblclick();
            p.field().fill("* 220");
            p.field().press("Enter");
            assertThat(panel).hasAttribute("data-stale", "true");
            assertThat(panel.locator("[data-role='diagram-status']")).containsText("Redraw");
            panel.locator("[data-action='diagram-redraw']").click();
            assertThat(panel).hasAttribute("data-stale", "false");
            assertThat(panel).hasAttribute("data-file", "process", WAIT);

            panel.locator("[data-action='diagram-close']").click();
            assertThat(panel).isHidden();
        } finally {
            context.close();
        }
    }

    /** The link of the diagram block labelled {@code label}. */
    private static Locator block(Locator view, String label) {
        return view.locator("svg a").filter(new Locator.FilterOptions().setHas(
                view.page().locator("text", new Page.LocatorOptions().setHasText(Pattern.compile("^" + label + "$")))));
    }
}
