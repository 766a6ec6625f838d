package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.faustwire.e2e.CodeView.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outline as the browser's accessibility tree gives it to a screen reader: every box and every
 * connection of corpus 07-00 is announced with its text and its neighbours, in signal order; an
 * edit on the canvas is announced; and with the keyboard alone a person opens the patch, edits a
 * box and connects it from the outline, and undoes the connection in one step.
 */
class ScreenReaderIT {
    private static final String Q = "\u201c";
    private static final String E = "\u201d";
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("screen-reader");
        Files.copy(E2e.IFC.resolve("07-00.dsppat"), env.workspace.resolve("07-00.dsppat"));
        Files.copy(E2e.IFC.resolve("10-00.dsppat"), env.workspace.resolve("10-00.dsppat"));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    /** A box of the patch file: its number ({@code box-11}: 11) and text. */
    record FileBox(String id, int number, String text) {
        String said() {
            return "box " + number + " " + Q + text + E;
        }
    }

    /** A line of the patch file, 0-based ports. */
    record FileLine(String src, int outlet, String dest, int inlet) {
    }

    static Map<String, FileBox> boxes(Path file) throws Exception {
        JsonObject patch = (JsonObject) JsonParser.parse(Files.readString(file)).value();
        Map<String, FileBox> boxes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : ((JsonObject) patch.get("boxes")).fields().entrySet()) {
            String text = ((JsonString) ((JsonObject) e.getValue()).get("text")).value();
            boxes.put(e.getKey(), new FileBox(e.getKey(), Integer.parseInt(e.getKey().substring(4)), text));
        }
        return boxes;
    }

    static List<FileLine> lines(Path file) throws Exception {
        JsonObject patch = (JsonObject) JsonParser.parse(Files.readString(file)).value();
        List<FileLine> lines = new ArrayList<>();
        for (JsonValue value : ((JsonObject) patch.get("lines")).fields().values()) {
            List<JsonValue> src = ((JsonArray) ((JsonObject) value).get("src")).items();
            List<JsonValue> dest = ((JsonArray) ((JsonObject) value).get("dest")).items();
            lines.add(new FileLine(((JsonString) src.get(0)).value(), Integer.parseInt(((JsonNumber) src.get(1)).text()),
                    ((JsonString) dest.get(0)).value(), Integer.parseInt(((JsonNumber) dest.get(1)).text())));
        }
        return lines;
    }

    /** The names of the top-level tree items in the outline's accessibility snapshot, in order. */
    static List<String> announced(Page page) {
        String snapshot = page.locator("[data-role='outline-tree']").ariaSnapshot();
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  - treeitem \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(snapshot);
        while (m.find()) {
            names.add(m.group(1).replace("\\\"", "\""));
        }
        return names;
    }

    static String nameOf(List<String> names, FileBox box) {
        for (String name : names) {
            if (name.startsWith("box " + box.number() + ", " + Q + box.text() + E)) {
                return name;
            }
        }
        throw new AssertionError(box.said() + " is not announced; the outline says:\n" + String.join("\n", names));
    }

    @Test
    void everyBoxAndConnectionOf0700IsAnnouncedWithItsNeighboursInSignalOrder() throws Exception {
        Path file = env.workspace.resolve("07-00.dsppat");
        Map<String, FileBox> boxes = boxes(file);
        List<FileLine> lines = lines(file);
        BrowserContext context = env.context(1400, 800);
        Patcher p = env.open(context);
        p.page.locator("#workspace li[data-path='07-00.dsppat']").click();
        assertThat(p.page.locator("[data-role='outline-tree'] > [role='treeitem']")).hasCount(boxes.size());

        List<String> names = announced(p.page);
        System.out.println("[screen-reader] 07-00 announced as:\n  " + String.join("\n  ", names));
        assertEquals(boxes.size(), names.size(), "one tree item per box");
        for (FileBox box : boxes.values()) {
            nameOf(names, box);
        }
        for (FileLine line : lines) {
            FileBox src = boxes.get(line.src());
            FileBox dest = boxes.get(line.dest());
            String from = nameOf(names, src);
            String to = nameOf(names, dest);
            assertTrue(from.contains("output") && from.substring(from.indexOf("output")).contains(dest.said()),
                    "the source of " + line + " names its target: " + from);
            String input = "input " + (line.inlet() + 1) + " from ";
            assertTrue(to.contains(input) && to.substring(to.indexOf(input)).contains(src.said()),
                    "the target of " + line + " names its source at that input: " + to);
            assertTrue(names.indexOf(from) < names.indexOf(to), "signal order: " + src.said() + " before " + dest.said());
        }
        assertTrue(nameOf(names, boxes.get("box-13")).contains(boxes.get("box-14").said() + " and "
                + boxes.get("box-15").said() + ", summed"), "two lines into one inlet are said to be summed");

        // ports as child items: Right expands the focused box, Enter on a port goes to the other end
        Locator plus = p.page.locator("[data-role='outline-tree'] > [data-box-id='box-11']");
        plus.click();
        assertThat(p.box("box-11")).hasClass(Pattern.compile("selected"));
        p.press("ArrowRight");
        assertThat(plus).hasAttribute("aria-expanded", "true");
        String expandedSnapshot = p.page.locator("[data-role='outline-tree']").ariaSnapshot();
        assertTrue(expandedSnapshot.contains("treeitem \"input 1 from box 3 " + Q + "in 1" + E + "\""), expandedSnapshot);
        p.press("ArrowDown");
        p.press("Enter");
        assertThat(p.page.locator("[data-role='outline-tree'] > [data-box-id='box-3']")).isFocused();
        assertThat(p.box("box-3")).hasClass(Pattern.compile("selected"));

        // Home and End, Left from a port to its box, Left again folds the ports away
        p.press("End");
        assertEquals("box-24", focused(p.page, "data-box-id"), "End: the last box in signal order");
        p.press("Home");
        assertEquals("box-3", focused(p.page, "data-box-id"), "Home: the first");
        plus.click();
        p.press("ArrowDown");
        assertEquals("in 0", focused(p.page, "data-port"), "the ports of box 11 are still shown");
        p.press("ArrowLeft");
        assertThat(plus).isFocused();
        p.press("ArrowLeft");
        assertThat(plus).hasAttribute("aria-expanded", "false");
        p.press("ArrowDown");
        assertEquals("box-9", focused(p.page, "data-box-id"), "folded: Down goes to the next box");
        context.close();
    }

    @Test
    void anEditOnTheCanvasIsAnnouncedInTheOutline() throws Exception {
        BrowserContext context = env.context(1400, 800);
        Patcher p = env.open(context);
        p.page.locator("#workspace li[data-path='07-00.dsppat']").click();
        Locator plusItem = p.page.locator("[data-role='outline-tree'] > [data-box-id='box-11']");
        assertThat(plusItem).hasAccessibleName(Pattern.compile("^box 11, " + Q + "\\+" + E));

        // a selection, a zoom and a pan repaint the canvas but leave the outline as it is: nothing is rebuilt
        int rebuilds = rebuildCount(p.page);
        p.box("box-11").click();
        assertThat(plusItem).hasAttribute("aria-selected", "true");
        p.press("Control+=");
        p.page.mouse().wheel(0, -40);
        p.press("Control+1");
        p.box("box-3").click();
        assertThat(plusItem).hasAttribute("aria-selected", "false");
        assertEquals(rebuilds, rebuildCount(p.page), "no rebuild when the patch did not change");

        p.box("box-11").dblclick();
        assertThat(p.field()).hasValue("+");
        p.field().press("Control+a");
        p.field().pressSequentially("max");
        p.field().press("Enter");
        assertThat(plusItem).hasAccessibleName(Pattern.compile("^box 11, " + Q + "max" + E));
        assertThat(p.page.locator("[data-role='outline-tree'] > [data-box-id='box-3']"))
                .hasAccessibleName(Pattern.compile("output to input 1 of box 11 " + Q + "max" + E));

        p.wire("box-4", 0, "box-13", 0);
        assertThat(p.page.locator("[data-role='outline-tree'] > [data-box-id='box-13']")).hasAccessibleName(
                Pattern.compile("input 1 from box 4 " + Q + "in 2" + E + ", box 14 " + Q + "in 3" + E + " and box 15 "
                        + Q + "in 4" + E + ", summed"));
        p.press("Control+z");
        assertThat(p.page.locator("[data-role='outline-tree'] > [data-box-id='box-13']")).hasAccessibleName(
                Pattern.compile("input 1 from box 14 " + Q + "in 3" + E + " and box 15 " + Q + "in 4" + E + ", summed"));
        printRebuildTimes(p.page);
        context.close();
    }

    @Test
    void withTheKeyboardAloneABoxIsEditedAndConnectedFromTheOutline() throws Exception {
        BrowserContext context = env.context(1400, 800);
        Patcher p = env.open(context);
        Page page = p.page;
        assertThat(page.locator("#workspace li[data-path='07-00.dsppat']")).hasCount(1);
        tabUntil(page, "document.activeElement && document.activeElement.getAttribute('data-path') === '07-00.dsppat'");
        p.press("Enter");
        assertThat(p.code()).containsText("process(");
        tabUntil(page, "document.activeElement && document.activeElement.getAttribute('role') === 'treeitem'");
        assertEquals("box-3", focused(page, "data-box-id"), "Tab enters the outline at its first box");

        // down to box 11 ("+"), whose sentence the canvas selection follows
        for (int i = 0; i < 10 && !"box-11".equals(focused(page, "data-box-id")); i++) {
            p.press("ArrowDown");
        }
        assertEquals("box-11", focused(page, "data-box-id"));
        assertThat(p.box("box-11")).hasClass(Pattern.compile("selected"));

        // Enter edits the box in its field; Enter there commits and comes back to the outline
        p.press("Enter");
        assertThat(p.field()).isFocused();
        assertThat(p.field()).hasValue("+");
        p.press("Control+a");
        page.keyboard().type("*");
        p.press("Enter");
        assertThat(p.field()).isHidden();
        Locator item = page.locator("[data-role='outline-tree'] > [data-box-id='box-11']");
        assertThat(item).isFocused();
        assertThat(item).hasAccessibleName(Pattern.compile("^box 11, " + Q + "\\*" + E));
        assertThat(p.code()).containsText("In_1_0 * In_2_0");

        // locked for playing, c says why it does not connect instead of opening a dialog that cannot
        p.press("Control+e");
        assertThat(page.locator("[data-role='lock']")).hasAttribute("aria-pressed", "true");
        p.press("c");
        assertThat(page.locator("[data-role='connect']")).isHidden();
        assertThat(page.locator("[data-role='outline-status']")).containsText("locked");
        p.press("Control+e");
        assertThat(page.locator("[data-role='lock']")).hasAttribute("aria-pressed", "false");
        assertThat(item).isFocused();

        // c connects: the output of box 11 to the input of box 12 "out 2"
        p.press("c");
        Locator dialog = page.locator("[data-role='connect']");
        assertThat(dialog).isVisible();
        assertThat(page.locator("[data-role='connect-target']")).isFocused();
        Locator target = page.locator("[data-role='connect-target']");
        for (int i = 0; i < 10 && !selectedText(target).startsWith("box 12 "); i++) {
            p.press("ArrowDown");
        }
        assertEquals("box 12 " + Q + "out 2" + E, selectedText(target));
        assertEquals("input 1 from box 13 " + Q + "/ 1 _" + E, selectedText(page.locator("[data-role='connect-inlet']")),
                "the inlet says what is connected there already");
        p.press("Tab");
        assertThat(page.locator("[data-role='connect-inlet']")).isFocused();
        p.press("Tab");
        assertThat(page.locator("[data-role='connect-ok']")).isFocused();
        Path shotDialog = E2e.TARGET.resolve("screenshots").resolve("outline-connect-dialog.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shotDialog));
        p.press("Enter");
        assertThat(dialog).isHidden();
        assertThat(item).isFocused();
        assertThat(item).hasAccessibleName(Pattern.compile("output to box 9 " + Q + "out 1" + E
                + " and box 12 " + Q + "out 2" + E + "$"));
        assertThat(page.locator("[data-role='outline-status']")).hasText("connected output of box 11 " + Q + "*" + E
                + " to input 1 of box 12 " + Q + "out 2" + E);
        assertThat(p.code()).containsText("Out_2 = (Mul_11_0, Div_13_0 :> _);");
        p.press("ArrowRight");
        Path shot = E2e.TARGET.resolve("screenshots").resolve("outline-07-00.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[screen-reader] screenshots " + shot.toAbsolutePath() + " " + shotDialog.toAbsolutePath());

        // one undo step takes the line away again
        p.press("Control+z");
        assertThat(item).hasAccessibleName(Pattern.compile("output to box 9 " + Q + "out 1" + E + "$"));
        assertThat(p.page.locator("[data-role='title']")).hasAttribute("data-unsaved", "true");
        p.press("Control+z");
        assertThat(item).hasAccessibleName(Pattern.compile("^box 11, " + Q + "\\+" + E));

        // Delete on an item deletes its box; focus goes to the item that took its place; undo brings it back
        assertThat(item).isFocused();
        p.press("Delete");
        assertThat(item).hasCount(0);
        assertThat(p.box("box-11")).hasCount(0);
        assertThat(page.locator("[data-role='outline-tree'] > [data-box-id='box-9']")).isFocused();
        assertThat(page.locator("[data-role='outline-tree'] > [data-box-id='box-9']"))
                .hasAccessibleName("box 9, " + Q + "out 1" + E + ", input 1 unconnected");
        p.press("Control+z");
        assertThat(item).hasCount(1);
        assertThat(p.box("box-11")).hasCount(1);
        printRebuildTimes(page);
        context.close();
    }

    @Test
    void withTheKeyboardASubPatcherIsOpenedFromTheOutlineAndLeft() throws Exception {
        BrowserContext context = env.context(1400, 800);
        Patcher p = env.open(context);
        Page page = p.page;
        assertThat(page.locator("#workspace li[data-path='10-00.dsppat']")).hasCount(1);
        tabUntil(page, "document.activeElement && document.activeElement.getAttribute('data-path') === '10-00.dsppat'");
        p.press("Enter");
        assertThat(p.code()).containsText("process(");
        tabUntil(page, "document.activeElement && document.activeElement.getAttribute('role') === 'treeitem'");
        for (int i = 0; i < 5 && !"box-9".equals(focused(page, "data-box-id")); i++) {
            p.press("ArrowDown");
        }
        Locator sub = page.locator("[data-role='outline-tree'] > [data-box-id='box-9']");
        assertThat(sub).isFocused();
        assertThat(sub).hasAccessibleName(Pattern.compile("^box 9, " + Q + "p ./ifc/09-00.dsppat" + E
                + ", holds a patch of 4 boxes"));
        Locator summary = page.locator("[data-role='outline-summary']");
        assertThat(summary).hasText("4 boxes in signal order.");

        p.press("Control+Enter");
        assertThat(summary).hasText("Inside box 9 " + Q + "p ./ifc/09-00.dsppat" + E
                + ": 4 boxes in signal order. Escape goes back.");
        assertThat(page.locator("[data-role='outline-tree'] > [role='treeitem']")).hasCount(4);
        assertEquals("treeitem", focused(page, "role"), "focus is on the first box inside");
        List<String> inside = announced(page);
        System.out.println("[screen-reader] inside the sub-patcher:\n  " + String.join("\n  ", inside));
        assertTrue(inside.get(0).startsWith("box "), inside.toString());

        p.press("Escape");
        assertThat(summary).hasText("4 boxes in signal order.");
        assertThat(sub).isFocused();
        context.close();
    }

    @Test
    void aPatchOfFiveHundredBoxesIsReadAndFollowsAnEditInPlace() throws Exception {
        StringBuilder boxes = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        int n = 500;
        for (int i = 1; i <= n; i++) {
            String text = i == 1 ? "in 1" : i == n ? "out 1" : "* 0.999";
            boxes.append(i == 1 ? "" : ",").append("\"box-").append(i).append("\":{\"text\":\"").append(text)
                    .append("\",\"rect\":[").append(15 + (i / 40) * 90).append(",").append(15 + (i % 40) * 30).append(",60,22]}");
            if (i > 1) {
                lines.append(i == 2 ? "" : ",").append("\"line-").append(i).append("\":{\"src\":[\"box-").append(i - 1)
                        .append("\",0],\"dest\":[\"box-").append(i).append("\",0]}");
            }
        }
        Files.writeString(env.workspace.resolve("chain500.json"), "{\"format\":\"faustwire-patch\",\"version\":1,\"boxes\":{"
                + boxes + "},\"lines\":{" + lines + "},\"props\":{}}");
        BrowserContext context = env.context(1400, 800);
        Patcher p = env.open(context);
        p.page.locator("#workspace li[data-path='chain500.json']").click();
        Locator items = p.page.locator("[data-role='outline-tree'] > [role='treeitem']");
        assertThat(items).hasCount(n);
        assertEquals("box-1", items.first().getAttribute("data-box-id"), "the chain is read from its input");
        assertEquals("box-" + n, items.last().getAttribute("data-box-id"), "to its output");
        int before = rebuildCount(p.page);
        for (int k = 0; k < 5; k++) {
            p.box("box-2").dblclick();
            p.field().press("Control+a");
            p.field().pressSequentially("* 0.99" + k);
            p.field().press("Enter");
            assertThat(p.page.locator("[data-role='outline-tree'] > [data-box-id='box-2']"))
                    .hasAccessibleName(Pattern.compile(", " + Q + "\\* 0\\.99" + k + E));
        }
        assertTrue(rebuildCount(p.page) >= before + 5, "each edit rebuilt the outline");
        System.out.print("[screen-reader] 500-box chain: ");
        printRebuildTimes(p.page);
        context.close();
    }

    private static void tabUntil(Page page, String condition) {
        for (int i = 0; i < 60; i++) {
            if (Boolean.TRUE.equals(page.evaluate("() => " + condition))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached: " + condition);
    }

    private static String focused(Page page, String attribute) {
        return (String) page.evaluate("a => document.activeElement ? document.activeElement.getAttribute(a) : null", attribute);
    }

    private static String selectedText(Locator select) {
        return (String) select.evaluate("s => s.selectedIndex < 0 ? '' : s.options[s.selectedIndex].text");
    }

    private static int rebuildCount(Page page) {
        return ((Number) page.evaluate("() => (window.faustwireOutline || {rebuilds: []}).rebuilds.length")).intValue();
    }

    private static void printRebuildTimes(Page page) {
        List<Double> ms = sorted(page, "rebuilds");
        List<Double> reads = sorted(page, "reads");
        System.out.println("[screen-reader] outline rebuilds: " + ms.size() + ", median " + median(ms) + " ms (reading the patch "
                + median(reads) + " ms), max " + (ms.isEmpty() ? "-" : ms.get(ms.size() - 1)) + " ms");
    }

    @SuppressWarnings("unchecked")
    private static List<Double> sorted(Page page, String key) {
        List<Object> times = (List<Object>) page.evaluate("k => (window.faustwireOutline || {})[k] || []", key);
        List<Double> ms = new ArrayList<>();
        for (Object t : times) {
            ms.add(((Number) t).doubleValue());
        }
        ms.sort(Double::compare);
        return ms;
    }

    private static String median(List<Double> sorted) {
        return sorted.isEmpty() ? "-" : Long.toString(Math.round(sorted.get(sorted.size() / 2) * 10) / 10) + "."
                + Math.round(sorted.get(sorted.size() / 2) * 10) % 10;
    }
}
