package dev.faustwire.web;

import dev.faustwire.core.editor.Action;
import dev.faustwire.core.editor.KeyMap;
import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.editor.TextField;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.events.WheelEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Turns the page's events into calls on the editor: pointer and wheel on the canvas (in pixels
 * from its corner), keys through the key map, and the browser's copy, cut and paste events, which
 * carry the system clipboard. Keys typed into a field are the field's.
 */
final class CanvasEvents {
    /** What the page does for actions the editor leaves to it. */
    interface PageActions {
        void save(boolean as);
    }

    private final Page page;
    private final PatchEditor editor;
    private final BoxField field;
    private final HTMLElement svg;
    private final PageActions actions;
    private boolean spaceHeld;
    private final KeyboardPatching keys; // keys
    private String shownCursor = "default";

    CanvasEvents(Page page, BoxField field, HTMLElement svg, PageActions actions) {
        this.page = page;
        this.editor = page.session().editor();
        this.field = field;
        this.svg = svg;
        this.actions = actions;
        this.keys = new KeyboardPatching(page, field, svg); // keys
    }

    void install() {
        svg.addEventListener("pointerdown", event -> {
            MouseEvent mouse = (MouseEvent) event;
            field.commitIfOpen();
            Dom.focusCanvas(svg);
            Dom.capturePointer(event);
            if (mouse.getButton() == 1) {
                event.preventDefault();
            }
            editor.pointerDown(x(mouse), y(mouse), mouse.getButton(), mouse.getShiftKey(), spaceHeld);
            keys.pointerDown(); // keys
            page.refresh();
        });
        svg.addEventListener("pointermove", event -> {
            MouseEvent mouse = (MouseEvent) event;
            editor.pointerMove(x(mouse), y(mouse));
            if (!(editor.state().gesture() instanceof dev.faustwire.core.editor.Gesture.Idle)) {
                page.refreshSoon();
            }
            String cursor = editor.cursorAt(x(mouse), y(mouse), spaceHeld);
            if (!cursor.equals(shownCursor)) {
                shownCursor = cursor;
                svg.getStyle().setProperty("cursor", cursor);
            }
        });
        svg.addEventListener("pointerup", event -> {
            MouseEvent mouse = (MouseEvent) event;
            editor.pointerUp(x(mouse), y(mouse));
            page.refresh();
        });
        svg.addEventListener("pointerleave", event -> editor.pointerLeft());
        svg.addEventListener("pointercancel", event -> {
            editor.cancelGesture();
            page.refresh();
        });
        svg.addEventListener("dblclick", event -> {
            MouseEvent mouse = (MouseEvent) event;
            event.preventDefault();
            TextField text = editor.doubleClick(x(mouse), y(mouse));
            if (text != null) {
                field.begin(text, editor.state().view());
            }
        });
        svg.addEventListener("wheel", event -> {
            WheelEvent wheel = (WheelEvent) event;
            event.preventDefault();
            double unit = wheel.getDeltaMode() == 1 ? 16 : 1;
            editor.wheel(x(wheel), y(wheel), wheel.getDeltaX() * unit, wheel.getDeltaY() * unit,
                    wheel.getCtrlKey() || wheel.getMetaKey());
            page.refreshSoon();
        });
        HTMLDocument document = HTMLDocument.current();
        document.addEventListener("keydown", event -> key((KeyboardEvent) event));
        document.addEventListener("keyup", event -> {
            if (((KeyboardEvent) event).getKey().equals(" ")) {
                spaceHeld = false;
                keys.spaceUp(); // keys
            }
        });
        document.addEventListener("copy", event -> clipboard(event, false));
        document.addEventListener("cut", event -> clipboard(event, true));
        document.addEventListener("paste", event -> {
            if (Dom.isTyping(event)) {
                return;
            }
            event.preventDefault();
            editor.paste(Dom.clipboardText(event));
            page.refresh();
        });
    }

    private void key(KeyboardEvent key) {
        if (Dom.isTyping(key) || Dom.dialogOpen()) {
            return;
        }
        if (key.getKey().equals(" ")) {
            spaceHeld = true;
            keys.spaceDown(key); // keys
            key.preventDefault();
            return;
        }
        Action action = KeyMap.action(PresentationToggle.keyName(key), key.isCtrlKey() || key.isMetaKey(), key.isShiftKey(), key.isAltKey());
        if (keys.take(action, key)) {
            return; // keys: Tab, arrows without a selection, connect mode, n near the focus, the palette
        }
        if (action == null || action.usesClipboardEvent()) {
            return; // the browser fires copy, cut or paste, handled below
        }
        if (!editor.allows(action)) {
            key.preventDefault(); // a locked patch is played, not edited
            return;
        }
        key.preventDefault();
        switch (action) {
            case SAVE -> actions.save(false);
            case SAVE_AS -> actions.save(true);
            case BOX_INFO -> page.boxInfo();
            case NEW_BOX -> field.begin(editor.newBoxField(), editor.state().view());
            case EDIT_BOX -> {
                TextField text = editor.editSelectedField();
                if (text != null) {
                    field.begin(text, editor.state().view());
                }
            }
            default -> editor.perform(action);
        }
        page.refresh();
    }

    private void clipboard(Event event, boolean cut) {
        if (Dom.isTyping(event) || Dom.dialogOpen()) {
            return;
        }
        String text = cut ? editor.cut() : editor.copy();
        if (text != null) {
            Dom.setClipboardText(event, text);
            event.preventDefault();
            page.refresh();
        }
    }

    private double x(MouseEvent event) {
        return event.getClientX() - Dom.left(svg);
    }

    private double y(MouseEvent event) {
        return event.getClientY() - Dom.top(svg);
    }
}
