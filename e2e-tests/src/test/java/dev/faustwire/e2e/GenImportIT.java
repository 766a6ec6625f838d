package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Max gen~ patchers opened in the editor as a person does: dropped on the page or chosen in the file
 * chooser; the report appears, and the imported patch shows its boxes and its generated program.
 */
class GenImportIT {
    static final Path GEN = E2e.CORPUS.resolve("gen");
    static final Path COMB = GEN.resolve("AnaloGen/CombFilter/FeedbackComb_FigureImplementation.gendsp");
    static final Path BI2UNI = GEN.resolve("mischmasch/Components/Palette/code/bi2uni.gendsp");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Browsing env;
    private BrowserContext context;
    private Patcher p;
    private final List<String> dialogs = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("gen-import");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @BeforeEach
    void open() {
        context = env.context(1400, 860);
        p = env.open(context);
        E2e.printConsoleErrors(p.page, "gen-import");
        p.page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.accept();
        });
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Drops a file on the canvas as the browser does when a person drags it there from the desktop. */
    void drop(String name, String text) {
        JSHandle transfer = p.page.evaluateHandle("([name, text]) => { const t = new DataTransfer();"
                + " t.items.add(new File([text], name, {type: 'application/octet-stream'})); return t; }",
                List.of(name, text));
        p.canvas().dispatchEvent("dragover", Map.of("dataTransfer", transfer));
        p.canvas().dispatchEvent("drop", Map.of("dataTransfer", transfer));
    }

    void drop(Path file) throws IOException {
        drop(file.getFileName().toString(), Files.readString(file));
    }

    Locator report() {
        return p.page.locator("[data-role='import-report']");
    }

    Locator title() {
        return p.page.locator("[data-role='title']");
    }

    Locator boxes() {
        return p.page.locator("[data-role='canvas'] [data-box-id]");
    }

    /** The ids and texts of the boxes of a Gen patcher file, as Max saved them. */
    static List<String[]> genBoxes(Path file) throws IOException {
        List<String[]> boxes = new ArrayList<>();
        for (JsonNode box : JSON.readTree(file.toFile()).path("patcher").path("boxes")) {
            boxes.add(new String[] {box.path("box").path("id").asText(), box.path("box").path("text").asText()});
        }
        return boxes;
    }

    void screenshot(String name) {
        Path shot = E2e.TARGET.resolve("screenshots").resolve(name);
        p.page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[gen-import] screenshot " + shot.toAbsolutePath());
    }

    @Test
    void aDroppedGendspShowsItsReportItsBoxesAndItsProgram() throws Exception {
        drop(COMB);
        assertThat(report()).isVisible();
        assertThat(report().locator("[data-role='import-headline']"))
                .containsText("FeedbackComb_FigureImplementation.gendsp: 14 boxes imported");
        assertThat(title()).hasText("FeedbackComb_FigureImplementation.json •");
        assertThat(title()).hasAttribute("data-unsaved", "true");
        List<String[]> gen = genBoxes(COMB);
        assertThat(boxes()).hasCount(gen.size());
        assertThat(p.canvas().locator("text", new Locator.LocatorOptions().setHasText("in 4"))).hasCount(1);
        assertThat(p.canvas().locator("text", new Locator.LocatorOptions().setHasText("out 1"))).hasCount(1);
        assertThat(p.canvas().locator("text", new Locator.LocatorOptions()
                .setHasText("this should determine how much delay we have"))).hasCount(1);
        assertThat(p.canvas().locator("text", new Locator.LocatorOptions().setHasText("gen.delay"))).hasCount(1);
        assertThat(p.code()).hasClass("ok");
        assertThat(p.code()).containsText("library(\"gen.lib\")");
        assertThat(p.code()).containsText("process");
        assertThat(p.code()).containsText("gen.delay");
        screenshot("gen-import-comb.png");
        assertTrue(dialogs.isEmpty(), dialogs.toString());
    }

    @Test
    void aGendspChosenInTheFileChooserIsImportedToo() {
        FileChooser chooser = p.page.waitForFileChooser(() -> p.page.locator(".open-file").click());
        chooser.setFiles(BI2UNI);
        assertThat(report().locator("[data-role='import-headline']")).containsText("bi2uni.gendsp: 4 boxes imported");
        assertThat(title()).hasText("bi2uni.json •");
        assertThat(boxes()).hasCount(4);
        assertThat(p.code()).hasClass("ok");
        assertThat(p.code()).containsText("process");
    }

    @Test
    void aFileThatIsNeitherAPatchNorGenIsRefusedUnread() {
        drop("notes.txt", "hello");
        Locator message = p.page.locator("[data-role='dialog-message']");
        assertThat(message).hasText("notes.txt is neither a patch (.json, .dsppat) nor a Max gen~ patcher (.gendsp, .maxpat)");
        assertThat(report()).isHidden();
        assertThat(title()).hasText("untitled");
    }

    @Test
    void aGendspThatIsNotGenSaysNothingWasImportedAndKeepsTheOpenPatch() {
        p.typeBox(100, 100, "in 1");
        drop("broken.gendsp", "hello, I am not JSON");
        assertThat(report().locator("[data-role='import-headline']")).containsText("broken.gendsp: nothing could be imported");
        assertThat(report().locator("li.error")).not().hasCount(0);
        assertThat(boxes()).hasCount(1);
        assertThat(title()).hasText("untitled •");
        screenshot("gen-import-not-gen.png");
    }
}
