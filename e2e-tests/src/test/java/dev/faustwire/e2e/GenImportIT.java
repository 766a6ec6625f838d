package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.faustwire.core.imports.FileKind;
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
    /** The feedback comb of AnaloGen: a delay fed back through a multiply; Gen's default delay length is reported. */
    static final Path COMB = GEN.resolve("AnaloGen/CombFilter/FeedbackComb_FigureImplementation.gendsp");
    /** A one-pole lowpass: two multiplies, an add and a history in a feedback loop. */
    static final Path LOWPASS = GEN.resolve("AnaloGen/MaxPackageSetup/AnaloGen/code/lowpass.gendsp");
    static final Path BI2UNI = GEN.resolve("mischmasch/Components/Palette/code/bi2uni.gendsp");
    /** A .maxpat with one gen~ of 15 boxes, four params without a range. */
    static final Path SIMPLE_MAXPAT = GEN.resolve("oopsy/examples/simple.maxpat");
    /** A Moog ladder of 73 boxes, 389 with its sub-patchers; one setparam sets the sharpness of four of them. */
    static final Path MOOGLO = GEN.resolve("mischmasch/Components/Palette/code/mooglo.gendsp");
    /** Sample and hold whose trig box names the abstraction trig.gendsp beside it. */
    static final Path S_AND_H = GEN.resolve("mischmasch/Components/Palette/code/s+h.gendsp");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Browsing env;
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
        p = env.openAccepting(1400, 860, dialogs);
        E2e.printConsoleErrors(p.page, "gen-import");
    }

    @AfterEach
    void close() {
        p.page.context().close();
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
        drop(LOWPASS);
        assertThat(report()).isVisible();
        assertThat(report().locator("[data-role='import-headline']"))
                .hasText("lowpass.gendsp: 11 boxes imported, every one exactly as Gen computes it");
        assertThat(report()).hasAttribute("data-errors", "0");
        assertThat(title()).hasText("lowpass.json •");
        assertThat(title()).hasAttribute("data-unsaved", "true");
        assertThat(boxes()).hasCount(genBoxes(LOWPASS).size());
        for (String text : List.of("in 1", "in 2", "in 3", "out 1", "gen.history 0", "gen.add")) {
            assertThat(p.canvas().locator(".box text", new Locator.LocatorOptions().setHasText(text))).hasCount(1);
        }
        assertThat(p.canvas().locator(".box text", new Locator.LocatorOptions().setHasText("gen.mul"))).hasCount(2);
        assertThat(p.code()).hasClass("ok");
        assertEquals(cliImportThenCodegen(LOWPASS), p.code().textContent());
        assertThat(p.code()).containsText("library(\"gen.lib\")");
        assertNoTextsOverlap();
        screenshot("gen-import-lowpass.png");
        assertTrue(dialogs.isEmpty(), dialogs.toString());
    }

    @Test
    void aDroppedFeedbackCombShowsItsOneWarningAtItsDelayBoxAndItsProgram() throws Exception {
        drop(COMB);
        assertThat(report().locator("[data-role='import-headline']")).hasText("FeedbackComb_FigureImplementation.gendsp:"
                + " 14 boxes imported; 1 warning: the warnings name approximations");
        assertThat(report().locator("li.warning[data-code='G019'][data-box-id='box-8']")).hasCount(1);
        assertThat(boxes()).hasCount(genBoxes(COMB).size());
        assertThat(p.box("box-8").locator("text")).hasText("gen.delay 192000 1 1 2");
        Locator note = p.box("box-19").locator("text");
        assertThat(note).hasCount(1);
        assertEquals("this should determine how much delay we have", String.join(" ", note.locator("tspan").allTextContents()),
                "the comment, wrapped at Max's width");
        assertThat(p.code()).hasClass("ok");
        assertEquals(cliImportThenCodegen(COMB), p.code().textContent());
        assertThat(p.code()).containsText("gen.delay");
        assertNoTextsOverlap();
        screenshot("gen-import-comb.png");
    }

    /** The on-screen rectangles of every box's texts, as the browser lays them out: no two may intersect. */
    void assertNoTextsOverlap() {
        Locator texts = p.canvas().locator("[data-box-id] text");
        List<String> labels = new ArrayList<>();
        List<com.microsoft.playwright.options.BoundingBox> rects = new ArrayList<>();
        for (int i = 0; i < texts.count(); i++) {
            rects.add(texts.nth(i).boundingBox());
            labels.add(texts.nth(i).textContent());
        }
        List<String> overlapping = new ArrayList<>();
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                var a = rects.get(i);
                var b = rects.get(j);
                if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) {
                    overlapping.add("\"" + labels.get(i) + "\" and \"" + labels.get(j) + "\"");
                }
            }
        }
        System.out.println("[gen-import] " + rects.size() + " box texts on screen, " + overlapping.size() + " overlapping");
        assertEquals(List.of(), overlapping);
    }

    /** Every box lies inside the canvas's visible area. */
    void assertEveryBoxVisible() {
        var canvas = p.canvas().boundingBox();
        List<String> outside = new ArrayList<>();
        Locator all = boxes();
        for (int i = 0; i < all.count(); i++) {
            var box = all.nth(i).boundingBox();
            if (box.x < canvas.x - 0.5 || box.y < canvas.y - 0.5 || box.x + box.width > canvas.x + canvas.width + 0.5
                    || box.y + box.height > canvas.y + canvas.height + 0.5) {
                outside.add(all.nth(i).getAttribute("data-box-id"));
            }
        }
        System.out.println("[gen-import] " + all.count() + " boxes, " + outside.size() + " outside the visible canvas; view "
                + p.page.locator("[data-action='zoom-reset']").textContent());
        assertEquals(List.of(), outside);
    }

    /** What {@code faustwire import-gen FILE -o X.json} then {@code faustwire codegen X.json} print: the program a person gets on the command line. */
    static String cliImportThenCodegen(Path gen) throws Exception {
        Path folder = Files.createTempDirectory(Files.createDirectories(E2e.TARGET).toAbsolutePath(), "cli-import");
        Path patch = folder.resolve(FileKind.patchName(gen.getFileName().toString()));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.faustwire.server.Main", "import-gen", gen.toString(), "-o", patch.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, process.waitFor(), "faustwire import-gen " + gen);
        return E2e.cliCodegen(patch);
    }

    @Test
    void aReportedProblemNamesItsBoxAndAClickSelectsItThenTheAbstractionFoundInTheWorkspaceIsSavedBeside() throws Exception {
        drop(S_AND_H);
        Locator problem = report().locator("li[data-code='G004'][data-box-id='box-5']");
        assertThat(problem).hasCount(1);
        assertThat(problem).containsText("trig");
        assertThat(report()).hasAttribute("data-errors", "1");
        assertThat(p.box("box-5")).not().hasClass(java.util.regex.Pattern.compile(".*selected.*"));
        problem.click();
        assertThat(p.box("box-5")).hasClass(java.util.regex.Pattern.compile(".*selected.*"));
        screenshot("gen-import-problem-selected.png");

        Files.copy(S_AND_H.resolveSibling("trig.gendsp"), env.workspace.resolve("trig.gendsp"));
        try {
            drop(S_AND_H);
            assertThat(report().locator("li[data-box-id='box-5']")).hasCount(0);
            assertThat(p.box("box-5").locator("text")).hasText("p ./trig.json");
            p.save("imports/s+h");
            assertThat(title()).hasText("s+h.json");
            assertThat(p.page.locator("[data-role='workspace'] li[data-path='imports/trig.json']")).hasCount(1);
            assertTrue(Files.readString(env.workspace.resolve("imports/trig.json")).contains("\"source\": \"trig.gendsp\""));
            assertTrue(Files.exists(env.workspace.resolve("imports/s+h.json")));
        } finally {
            Files.delete(env.workspace.resolve("trig.gendsp"));
        }
    }

    @Test
    void aDroppedMaxpatImportsItsGenPatcherAndItsWarningsSelectTheirBoxes() throws Exception {
        drop(SIMPLE_MAXPAT);
        assertThat(report().locator("[data-role='import-headline']")).hasText("simple.maxpat: 15 boxes imported;"
                + " 5 warnings: the warnings name approximations");
        assertThat(report().locator("li.warning[data-code='G013']")).hasCount(1);
        assertThat(report().locator("li.warning[data-code='G018']")).hasCount(4);
        assertThat(title()).hasText("simple.json •");
        assertThat(boxes()).hasCount(15);
        report().locator("li[data-code='G018'][data-box-id='box-9']").click();
        assertThat(p.box("box-9")).hasClass(java.util.regex.Pattern.compile(".*selected.*"));
        assertThat(p.box("box-9").locator("text")).hasText("hslider knob1 0 0 1 0.001");
        assertThat(p.code()).hasClass("ok");
        assertEquals(cliImportThenCodegen(SIMPLE_MAXPAT), p.code().textContent());
        report().locator("[data-action='close-import-report']").click();
        assertThat(report()).isHidden();
    }

    @Test
    void anAbstractionThatDiffersFromTheWorkspacesIsReplacedOnlyWhenThePersonSaysSo() throws Exception {
        Path folder = Files.createDirectories(env.workspace.resolve("kept"));
        String theirs = "{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {\"box-1\": {\"text\": \"in 1\"},"
                + " \"box-2\": {\"text\": \"out 1\"}}, \"lines\": {}}";
        Files.writeString(folder.resolve("trig.json"), theirs);
        Files.copy(S_AND_H.resolveSibling("trig.gendsp"), env.workspace.resolve("trig.gendsp"));
        try {
            drop(S_AND_H);
            assertThat(p.box("box-5").locator("text")).hasText("p ./trig.json");
            p.press("Control+s");
            Locator name = p.page.locator("[data-role='dialog'] input");
            name.fill("kept/s+h");
            name.press("Enter");
            assertThat(p.page.locator("[data-role='dialog-message']"))
                    .hasText("kept/trig.json is in the workspace already and differs from the abstraction imported with s+h.json.");
            p.page.locator("[data-role='dialog'] button", new Page.LocatorOptions().setHasText("Keep the workspace's")).click();
            assertThat(p.page.locator("[data-role='dialog']")).isHidden();
            assertEquals(theirs, Files.readString(folder.resolve("trig.json")), "kept as it was");

            drop(S_AND_H);
            assertThat(title()).hasText("s+h.json •");
            p.press("Control+s");
            name.fill("kept/s+h again");
            name.press("Enter");
            p.page.locator("[data-role='dialog'] button", new Page.LocatorOptions().setHasText("Replace it")).click();
            assertThat(p.page.locator("[data-role='dialog']")).isHidden();
            p.page.waitForCondition(() -> !readQuietly(folder.resolve("trig.json")).equals(theirs));
            assertTrue(readQuietly(folder.resolve("trig.json")).contains("\"source\": \"trig.gendsp\""));
        } finally {
            Files.delete(env.workspace.resolve("trig.gendsp"));
        }
    }

    @Test
    void anUnsavedImportReloadedFromItsDraftStillWritesItsAbstractionBesideOnItsFirstSave() throws Exception {
        Files.copy(S_AND_H.resolveSibling("trig.gendsp"), env.workspace.resolve("trig.gendsp"));
        try {
            drop(S_AND_H);
            assertThat(p.box("box-5").locator("text")).hasText("p ./trig.json");
            p.page.waitForCondition(() -> p.page.evaluate("() => localStorage.getItem('faustwire.draft')") != null);
            p.page.reload();
            Locator banner = p.page.locator("[data-role='draft']");
            assertThat(banner).isVisible();
            banner.locator("[data-choice='restore']").click();
            assertThat(title()).hasText("s+h.json •");
            assertThat(p.box("box-5").locator("text")).hasText("p ./trig.json");
            p.save("reloaded/s+h");
            assertThat(title()).hasText("s+h.json");
            assertThat(p.page.locator("[data-role='workspace'] li[data-path='reloaded/trig.json']")).hasCount(1);
            assertTrue(readQuietly(env.workspace.resolve("reloaded/trig.json")).contains("\"source\": \"trig.gendsp\""));
            screenshot("gen-import-draft-reloaded.png");
        } finally {
            Files.delete(env.workspace.resolve("trig.gendsp"));
        }
    }

    static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void aLargePatcherWithSubPatchersImportsAndAProblemInsideOneSelectsItsSubPatcher() throws Exception {
        String text = Files.readString(MOOGLO);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            p.page.locator("[data-action='new']").click();
            assertThat(boxes()).hasCount(0);
            long start = System.nanoTime();
            drop("mooglo.gendsp", text);
            assertThat(report().locator("[data-role='import-headline']")).containsText("mooglo.gendsp: 73 boxes imported");
            assertThat(boxes()).hasCount(73);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(null);
        System.out.println("[gen-import] mooglo.gendsp (73 boxes, with its sub-patchers 389) dropped to report and boxes shown:"
                + " median " + Math.round(millis.get(2)) + " ms of 5 " + millis);
        assertThat(report().locator("li[data-code='G012']")).hasCount(0); // the setparam feeds the four shapes' sharpness
        assertThat(p.box("box-63").locator("text")).hasText("_");
        assertEveryBoxVisible();
        screenshot("gen-import-mooglo.png");
        Locator inside = report().locator("li[data-box-id='box-1/box-31']");
        assertThat(inside).hasCount(1);
        inside.click();
        assertThat(p.box("box-1")).hasClass(java.util.regex.Pattern.compile(".*selected.*"));
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
        p.page.locator("[data-action='new']").click();
        assertThat(title()).hasText("untitled");
        assertThat(report()).isHidden(); // its boxes are gone: a click on a problem must not select another patch's box
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
