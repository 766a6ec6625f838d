package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Gen patcher with a table dropped on the page as a person does: mischmasch's average.gendsp (a 2-channel tape
 * written by four pokes and read by a peek) imports without a report, its data is one code box at its place, its
 * pokes and peek comments with their Gen text, and the program is the command line's.
 */
class GenTablesDropIT {
    static final Path AVERAGE = E2e.CORPUS.resolve("gen/mischmasch/Components/Palette/code/average.gendsp");
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("gen-tables");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void averageDroppedOnThePageShowsItsTapeAsOneCodeBoxAndNoReportedProblem() throws Exception {
        BrowserContext context = env.context(1400, 860);
        Patcher p = env.open(context);
        E2e.printConsoleErrors(p.page, "gen-tables");
        JSHandle transfer = p.page.evaluateHandle("([name, text]) => { const t = new DataTransfer();"
                + " t.items.add(new File([text], name, {type: 'application/octet-stream'})); return t; }",
                List.of("average.gendsp", Files.readString(AVERAGE)));
        p.canvas().dispatchEvent("dragover", Map.of("dataTransfer", transfer));
        p.canvas().dispatchEvent("drop", Map.of("dataTransfer", transfer));

        Locator report = p.page.locator("[data-role='import-report']");
        assertThat(report).isVisible();
        assertThat(report).hasAttribute("data-errors", "0");
        assertThat(report.locator("[data-role='import-headline']")).containsText("every one exactly as Gen computes it");
        assertThat(p.box("box-3").locator("text")).hasText("code @ins 15 @outs 2");
        for (String id : List.of("box-61", "box-63", "box-67", "box-32", "box-37")) {
            assertThat(p.box(id).locator("text").first()).containsText("(computed in data tape)");
        }
        assertThat(p.box("box-11").locator("text")).hasText("gen.dim 48000");
        assertThat(p.code()).hasClass("ok");
        assertThat(p.code()).containsText("gen.store_rd(48000, 2");
        assertEquals(GenImportIT.cliImportThenCodegen(AVERAGE), p.code().textContent());
        Path shot = E2e.TARGET.resolve("screenshots").resolve("gen-import-average-tables.png");
        p.page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[gen-tables] screenshot " + shot.toAbsolutePath());
        context.close();
    }
}
