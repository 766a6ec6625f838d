package dev.faustwire.web;

import dev.faustwire.core.editor.Action;
import dev.faustwire.core.editor.KeyboardEditing;
import dev.faustwire.core.editor.PatchEditor;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's side of keyboard-only patching ({@link KeyboardEditing}): it gives the editor's keys
 * their first say, lets Tab leave the canvas after the last box, says what happened in the
 * canvas's live status line, selects the focused box with Space (a press without a pan), opens the
 * command palette, and gives the canvas its keyboard focus back when a box's field closes.
 */
final class KeyboardPatching {
    private final Page page;
    private final PatchEditor editor;
    private final BoxField field;
    private final HTMLElement svg;
    private final HTMLElement status;
    private final Palette palette;
    private boolean spaceAlone;

    KeyboardPatching(Page page, BoxField field, HTMLElement svg) {
        this.page = page;
        this.editor = page.session().editor();
        this.field = field;
        this.svg = svg;
        HTMLDocument document = HTMLDocument.current();
        this.status = (HTMLElement) document.querySelector("[data-role='keys-status']");
        this.palette = new Palette((HTMLElement) document.querySelector("[data-role='palette']"), svg, this);
        refocusCanvasAfter(document.getElementById("box-text"), svg);
        refocusCanvasAfter(document.getElementById("note-text"), svg);
    }

    /**
     * Acts on a key's action before the page's own handling; true when nothing more is to be done
     * (the key was stopped, or left to the browser: Tab outside the canvas, Tab past the last box).
     */
    boolean take(Action action, KeyboardEvent key) {
        if (action == null) {
            return false;
        }
        if (action == Action.PALETTE) {
            key.preventDefault();
            palette.open();
            return true;
        }
        if (!canvasHasKeys(svg)) {
            // a control of the page has the keys (a knob's arrows, a button's Enter): as before, and Tab is the browser's
            return action == Action.FOCUS_NEXT || action == Action.FOCUS_PREVIOUS;
        }
        if ((action == Action.FOCUS_NEXT || action == Action.FOCUS_PREVIOUS) && !hasFocus(svg)) {
            return true; // Tab from nowhere goes to the page's first control
        }
        KeyboardEditing.Outcome outcome = editor.keyboard().handle(action);
        if (outcome == KeyboardEditing.Outcome.NOT_MINE) {
            return false;
        }
        if (outcome != KeyboardEditing.Outcome.LEAVE) {
            key.preventDefault();
        }
        finish(outcome);
        return true;
    }

    /** Runs an action as its key would, without a key event (Space, the palette). */
    void run(Action action) {
        KeyboardEditing.Outcome outcome = editor.keyboard().handle(action);
        if (outcome == KeyboardEditing.Outcome.NOT_MINE) {
            editor.perform(action);
        }
        finish(outcome);
    }

    private void finish(KeyboardEditing.Outcome outcome) {
        if (outcome == KeyboardEditing.Outcome.FIELD) {
            field.begin(editor.keyboard().field(), editor.state().view());
        }
        page.refresh();
        announce();
    }

    /** Shows (and, being a live region, speaks) what the last key did. */
    void announce() {
        String text = editor.keyboard().status();
        if (!text.equals(status.getTextContent())) {
            status.setTextContent(text);
        }
    }

    /** The pointer went down on the canvas: connect mode ends, a held Space pans instead of selecting. */
    void pointerDown() {
        spaceAlone = false;
        editor.keyboard().pointerUsed();
        announce();
    }

    void spaceDown(KeyboardEvent key) {
        if (!key.isRepeat()) {
            spaceAlone = hasFocus(svg);
        }
    }

    /** Space pressed and let go without panning: selects the focused box, or unselects it. */
    void spaceUp() {
        if (spaceAlone && hasFocus(svg) && !Dom.dialogOpen()) {
            run(Action.SELECT_FOCUSED);
        }
        spaceAlone = false;
    }

    /** The canvas has the keys when it has the focus, or nothing has (after a field or a dialog closed). */
    @JSBody(params = "svg", script = "var a = document.activeElement; return a === svg || !a || a === document.body;")
    static native boolean canvasHasKeys(JSObject svg);

    @JSBody(params = "element", script = "return document.activeElement === element;")
    static native boolean hasFocus(JSObject element);

    /** When a box's field closes by Enter or Escape (focus to nowhere), the canvas takes the keys again. */
    @JSBody(params = {"input", "svg"}, script = "input.addEventListener('blur', function(e) {"
            + " if (e.relatedTarget) return; setTimeout(function() { var a = document.activeElement;"
            + " if ((!a || a === document.body) && !document.querySelector('dialog[open]'))"
            + " svg.focus({preventScroll: true}); }, 0); });")
    private static native void refocusCanvasAfter(JSObject input, JSObject svg);
}
