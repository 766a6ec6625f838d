package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/**
 * A person at the editor: the mouse and the keyboard only, aimed at the elements tests may use
 * ({@code data-box-id}, {@code data-port}, {@code data-line-id}, {@code data-role}). Nothing here
 * calls into the page's JavaScript to edit.
 */
final class Patcher {
    final Page page;

    Patcher(Page page) {
        this.page = page;
    }

    /** Opens the editor and waits until it has started (the library index is loaded). */
    static Patcher open(Page page, int port) {
        return open(page, port, "");
    }

    /** Opens the editor with a query ({@code "?record&fade=0"}), and waits until it has started. */
    static Patcher open(Page page, int port, String query) {
        page.navigate("http://127.0.0.1:" + port + "/" + query);
        page.waitForFunction("() => window.faustwire && window.faustwire.report");
        return new Patcher(page);
    }

    Locator canvas() {
        return page.locator("[data-role='canvas']");
    }

    /** The code panel: its whole program and state (CodeMirror puts only the lines in view into the page). */
    CodeView code() {
        return new CodeView(page);
    }

    Locator box(String id) {
        return page.locator("[data-role='canvas'] [data-box-id='" + id + "']");
    }

    Locator port(String boxId, String port) {
        return box(boxId).locator("[data-port='" + port + "']");
    }

    Locator field() {
        return page.locator("[data-role='box-text']");
    }

    /** The point of the page at canvas-element pixels (x, y). */
    double[] at(double x, double y) {
        BoundingBox c = canvas().boundingBox();
        return new double[] {c.x + x, c.y + y};
    }

    /** Double-clicks empty canvas at (x, y), types the text and presses Enter. */
    void typeBox(double x, double y, String text) {
        double[] p = at(x, y);
        page.mouse().dblclick(p[0], p[1]);
        assertThat(field()).isVisible();
        field().pressSequentially(text);
        field().press("Enter");
        assertThat(field()).isHidden();
    }

    /** Drags from the centre of one element to the centre of another, in steps, as a hand does. */
    void drag(Locator from, Locator to) {
        BoundingBox a = from.boundingBox();
        BoundingBox b = to.boundingBox();
        dragPoints(a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2, b.y + b.height / 2);
    }

    void dragPoints(double x1, double y1, double x2, double y2) {
        page.mouse().move(x1, y1);
        page.mouse().down();
        page.mouse().move((x1 + x2) / 2, (y1 + y2) / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        page.mouse().move(x2, y2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        page.mouse().up();
    }

    /** Draws a wire from an outlet to an inlet. */
    void wire(String from, int outlet, String to, int inlet) {
        drag(port(from, "out " + outlet), port(to, "in " + inlet));
    }

    void press(String keys) {
        page.keyboard().press(keys);
    }

    /** Saves with Ctrl+S; a patch without a name is named in the dialog. */
    void save(String nameIfAsked) {
        press("Control+s");
        if (nameIfAsked != null) {
            Locator name = page.locator("[data-role='dialog'] input");
            assertThat(name).isVisible();
            name.fill(nameIfAsked);
            name.press("Enter");
        }
        assertThat(page.locator("[data-role='title']")).hasAttribute("data-unsaved", "false");
    }

    /** Types and wires {@code hslider freq 440 20 2000 1 -> os.osc -> * 0.1 -> out 1} as box-1 to box-4. */
    void typeFreqSine() {
        typeBox(80, 60, "hslider freq 440 20 2000 1");
        typeBox(80, 150, "os.osc");
        typeBox(80, 240, "* 0.1");
        typeBox(80, 330, "out 1");
        wire("box-1", 0, "box-2", 0);
        wire("box-2", 0, "box-3", 0);
        wire("box-3", 0, "box-4", 0);
    }

    // ---- code panel ----

    /** Line n of the code panel, in the page when it is in view (CodeMirror renders only those lines). */
    Locator codeLine(int number) {
        return page.locator("[data-role='code'] .cm-line[data-line='" + number + "']");
    }

    /** The numbers of the code panel's lines in the page that are highlighted for the selection, in order. */
    @SuppressWarnings("unchecked")
    java.util.List<Integer> highlightedCodeLines() {
        java.util.List<Object> numbers = (java.util.List<Object>) page.evaluate("() => Array.from("
                + "document.querySelectorAll(\"[data-role='code'] .cm-line.linked\"), l => Number(l.dataset.line))");
        java.util.List<Integer> lines = new java.util.ArrayList<>();
        for (Object n : numbers) {
            lines.add(((Number) n).intValue());
        }
        return lines;
    }
}
