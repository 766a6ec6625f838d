package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Export menu as a person uses it: the server's targets listed; the .dsp downloads at once with
 * the patch's name declared; a patch Faust refuses shows the compiler's error in the dialog and in
 * Problems, pinned to its box; a built target shows its steps, then a download link.
 */
class ExportIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String OSC = """
            {"boxes": {"box-1": {"text": "os.osc 440", "rect": [30, 30, 80, 22]},
                       "box-2": {"text": "* 0.25", "rect": [30, 90, 60, 22]},
                       "box-3": {"text": "out 1", "rect": [30, 150, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]}}, "props": {}}
            """;
    /** Codegen accepts it, Faust refuses 1 / 0: the failure comes from the export's compile. */
    static final String DIVIDES_BY_ZERO = """
            {"boxes": {"box-1": {"text": "in 1", "rect": [30, 30, 45, 22]},
                       "box-2": {"text": "os.osc 440", "rect": [120, 30, 80, 22]},
                       "box-3": {"text": "/ 1 _", "rect": [30, 90, 60, 22]},
                       "box-4": {"text": "+", "rect": [30, 150, 45, 22]},
                       "box-5": {"text": "out 1", "rect": [30, 210, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-4", 0]},
                       "line-2": {"src": ["box-3", 0], "dest": ["box-4", 1]},
                       "line-3": {"src": ["box-2", 0], "dest": ["box-5", 0]},
                       "line-4": {"src": ["box-4", 0], "dest": ["box-5", 0]}}, "props": {}}
            """;
    /** Built targets tried for the progress test, quickest builds first. */
    static final List<String> BUILT_BY_SPEED = List.of("pd", "jack", "sc", "lv2");

    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("export");
        Files.writeString(env.workspace.resolve("Warm pad.json"), OSC);
        Files.writeString(env.workspace.resolve("divide.json"), DIVIDES_BY_ZERO);
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    /** The editor with the file open and the Export dialog shown; axe is injected later, so the context bypasses the CSP. */
    private static Patcher openExport(String file) {
        Patcher p = env.open(env.browser.newContext(new Browser.NewContextOptions().setViewportSize(1300, 800)
                .setBypassCSP(true)));
        E2e.printConsoleErrors(p.page, "export");
        p.page.locator("#workspace li[data-path='" + file + "']").click();
        assertThat(p.page.locator("[data-role='title']")).containsText(file);
        p.page.locator("[data-role='export']").click();
        assertThat(p.page.locator("[data-role='export-dialog']")).isVisible();
        assertThat(p.page.locator("[data-action='export-target'][data-target='dsp']")).isVisible();
        return p;
    }

    @Test
    void theDspDownloadsAtOnceWithThePatchsName() throws Exception {
        Patcher p = openExport("Warm pad.json");
        Page page = p.page;
        assertThat(page.locator("[data-action='export-target'][data-target='cpp']")).isVisible();
        Download download = page.waitForDownload(
                () -> page.locator("[data-action='export-target'][data-target='dsp']").click());
        assertEquals("Warm_pad.dsp", download.suggestedFilename());
        String dsp = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(dsp.startsWith("declare name \"Warm pad\";\n"), dsp);
        assertTrue(dsp.contains("os.osc(440)"), dsp);
        assertThat(page.locator("[data-role='export-status']")).hasText("Ready: Warm_pad.dsp");
        assertThat(page.locator("[data-role='export-download']")).hasAttribute("download", "Warm_pad.dsp");
        Path shot = E2e.TARGET.resolve("screenshots").resolve("export-menu.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[export] screenshot " + shot.toAbsolutePath());
        page.context().close();
    }

    @Test
    void aPatchFaustRefusesShowsTheErrorInTheDialogAndInProblems() throws Exception {
        Patcher p = openExport("divide.json");
        Page page = p.page;
        page.locator("[data-action='export-target'][data-target='cpp']").click();
        Locator error = page.locator("[data-role='export-error']");
        assertThat(error).isVisible();
        assertThat(error).containsText("E016: the patch does not compile");
        assertThat(error).containsText("division by 0");
        assertThat(page.locator("[data-role='export-dialog']")).hasAttribute("data-state", "failed");
        Path shot = E2e.TARGET.resolve("screenshots").resolve("export-failed.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[export] screenshot " + shot.toAbsolutePath());
        List<String> violations = Axe.violations(page);
        assertTrue(violations.isEmpty(), Axe.report("the export dialog showing an error", violations));
        page.locator("[data-action='close-export']").click();
        Locator item = page.locator("[data-role='problems'] li[data-box-id='box-3']");
        assertThat(item).containsText("E016");
        page.context().close();
    }

    @Test
    void aBuiltTargetShowsItsStepsThenADownloadLink() throws Exception {
        Patcher p = openExport("Warm pad.json");
        Page page = p.page;
        JsonNode targets = JSON.readTree(page.evaluate("fetch('/api/export/targets').then(r => r.text())").toString());
        String built = null;
        for (String name : BUILT_BY_SPEED) {
            for (JsonNode target : targets) {
                if (built == null && target.path("name").asText().equals(name) && target.path("built").asBoolean()) {
                    built = name;
                }
            }
        }
        Assumptions.assumeTrue(built != null, "no built target (pd, jack, sc, lv2) is registered in ExportTargets yet");
        long start = System.nanoTime();
        page.locator("[data-action='export-target'][data-target='" + built + "']").click();
        assertThat(page.locator("[data-role='export-steps'] li").first()).containsText("compiling the program");
        Locator link = page.locator("[data-role='export-download']");
        assertThat(link).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(120_000));
        System.out.println("[export] " + built + " built in " + (System.nanoTime() - start) / 1_000_000 + " ms; steps: "
                + page.locator("[data-role='export-steps'] li").allTextContents());
        assertTrue(page.locator("[data-role='export-steps'] li").count() >= 3);
        Download download = page.waitForDownload(link::click);
        assertTrue(Files.size(download.path()) > 1000, "a real build");
        page.context().close();
    }
}
