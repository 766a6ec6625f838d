package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.faustwire.testsupport.AudioFileBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * mischmasch's loop.gendsp dropped on the page as a person does, with its backbeat.wav in the workspace: the
 * report names only the missing loopy and the poke into it, the backbeat's table is its file's, and the program compiles.
 */
class GenBufferDropIT {
    static final Path LOOP = E2e.CORPUS.resolve("gen/mischmasch/Components/Palette/code/loop.gendsp");
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("gen-buffer");
        Files.createDirectories(env.workspace.resolve("audio"));
        Files.write(env.workspace.resolve("audio/backbeat.wav"), AudioFileBytes.wav16(1, 44100, 1000, -2000, 3000, -4000));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void loopDroppedReadsItsBackbeatFromTheWorkspaceAndReportsTheMissingLoopyButNotItsPoke() throws Exception {
        BrowserContext context = env.context(1400, 860);
        Patcher p = env.open(context);
        E2e.printConsoleErrors(p.page, "gen-buffer");
        JSHandle transfer = p.page.evaluateHandle("([name, text]) => { const t = new DataTransfer();"
                + " t.items.add(new File([text], name, {type: 'application/octet-stream'})); return t; }",
                List.of("loop.gendsp", Files.readString(LOOP)));
        p.canvas().dispatchEvent("dragover", Map.of("dataTransfer", transfer));
        p.canvas().dispatchEvent("drop", Map.of("dataTransfer", transfer));

        Locator report = p.page.locator("[data-role='import-report']");
        assertThat(report).isVisible();
        assertThat(report.locator("li[data-code='G020'][data-box-id='box-46']")).hasCount(1);
        assertThat(report.locator("li[data-code='G020'][data-box-id='box-5']")).hasCount(0);
        assertThat(report.locator("li[data-box-id='box-20']")).hasCount(0); // the poke into loopy is translated
        assertThat(report.locator("li[data-code='G020'][data-box-id='box-46']")).containsText("loopy.wav");
        assertThat(p.code()).containsText("gen.store_rd(4, 1, \\(j).((waveform{1000,-2000,3000,-4000}, j) : rdtable : /(32768.0))");
        assertThat(p.code()).hasClass("ok");
        Path shot = E2e.TARGET.resolve("screenshots").resolve("gen-import-loop-buffer.png");
        p.page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[gen-buffer] screenshot " + shot.toAbsolutePath());
        context.close();
    }
}
