package dev.faustwire.web;

import dev.faustwire.core.editor.Action;
import dev.faustwire.core.editor.ActionCatalog;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The command palette ({@code Ctrl+K}, {@code Ctrl+Shift+P}): a filter field (an ARIA combobox)
 * over the list of every command with its shortcut (a listbox). Up and Down choose, Enter runs,
 * Escape closes. A command runs as its shortcut does, by the same key handling, so the palette
 * does exactly what the keys do.
 */
final class Palette {
    private final HTMLElement dialog;
    private final HTMLInputElement filter;
    private final HTMLElement list;
    private final HTMLElement svg;
    private final KeyboardPatching keys;
    private List<ActionCatalog.Entry> shown = new ArrayList<>();
    private int chosen;

    Palette(HTMLElement dialog, HTMLElement svg, KeyboardPatching keys) {
        this.dialog = dialog;
        this.filter = (HTMLInputElement) dialog.querySelector("[data-role='palette-filter']");
        this.list = (HTMLElement) dialog.querySelector("[data-role='palette-list']");
        this.svg = svg;
        this.keys = keys;
        filter.addEventListener("input", event -> show());
        filter.addEventListener("keydown", event -> key((KeyboardEvent) event));
        canvasAfterClose(dialog, svg);
    }

    void open() {
        filter.setValue("");
        show();
        Dom.showModal(dialog);
        filter.focus();
    }

    private void key(KeyboardEvent key) {
        switch (key.getKey()) {
            case "ArrowDown" -> {
                key.preventDefault();
                choose(dev.faustwire.core.editor.ListCursor.next(chosen, shown.size()));
            }
            case "ArrowUp" -> {
                key.preventDefault();
                choose(dev.faustwire.core.editor.ListCursor.previous(chosen, shown.size()));
            }
            case "Enter" -> {
                key.preventDefault();
                if (chosen >= 0 && chosen < shown.size()) {
                    run(shown.get(chosen).action());
                }
            }
            default -> {
            }
        }
        key.stopPropagation();
    }

    private void show() {
        shown = ActionCatalog.matching(filter.getValue());
        Dom.clear(list);
        HTMLDocument document = HTMLDocument.current();
        for (int i = 0; i < shown.size(); i++) {
            ActionCatalog.Entry entry = shown.get(i);
            HTMLElement item = document.createElement("li");
            item.setAttribute("role", "option");
            item.setAttribute("id", "palette-option-" + i);
            item.setAttribute("data-action", entry.action().name());
            HTMLElement label = document.createElement("span");
            label.setTextContent(entry.label());
            HTMLElement shortcut = document.createElement("kbd");
            shortcut.setTextContent(entry.shortcutText());
            item.appendChild(label);
            item.appendChild(shortcut);
            Action action = entry.action();
            item.addEventListener("mousedown", event -> {
                event.preventDefault();
                run(action);
            });
            list.appendChild(item);
        }
        filter.setAttribute("aria-expanded", shown.isEmpty() ? "false" : "true");
        choose(shown.isEmpty() ? -1 : 0);
    }

    private void choose(int index) {
        chosen = index;
        for (int i = 0; i < shown.size(); i++) {
            HTMLElement item = (HTMLElement) list.getChildNodes().get(i);
            item.setAttribute("aria-selected", i == index ? "true" : "false");
        }
        if (index >= 0) {
            filter.setAttribute("aria-activedescendant", "palette-option-" + index);
            scrollToChosen(list.getChildNodes().get(index));
        } else {
            filter.removeAttribute("aria-activedescendant");
        }
    }

    /** Closes the palette and runs a command on the canvas, as its shortcut would. */
    private void run(Action action) {
        Dom.closeDialog(dialog);
        focus(svg);
        switch (action) {
            case COPY -> clipboardCommand("copy");
            case CUT -> clipboardCommand("cut");
            case PASTE -> pasteFromClipboard(svg);
            case SELECT_FOCUSED -> keys.run(action);
            default -> {
                List<ActionCatalog.Shortcut> shortcuts = ActionCatalog.shortcuts(action);
                if (shortcuts.isEmpty()) {
                    keys.run(action);
                } else {
                    ActionCatalog.Shortcut s = shortcuts.get(0);
                    pressKey(svg, s.key(), s.command(), s.shift(), s.alt());
                }
            }
        }
    }

    /** Escape closes the palette: the keys go back to the canvas. */
    @JSBody(params = {"dialog", "svg"}, script = "dialog.addEventListener('close', function() { var a = document.activeElement;"
            + " if (!a || a === document.body) svg.focus({preventScroll: true}); });")
    private static native void canvasAfterClose(JSObject dialog, JSObject svg);

    @JSBody(params = "element", script = "element.focus({preventScroll: true});")
    private static native void focus(JSObject element);

    @JSBody(params = "item", script = "if (item.scrollIntoView) item.scrollIntoView({block: 'nearest'});")
    private static native void scrollToChosen(JSObject item);

    /** The key event its shortcut makes, through the page's own key handling. */
    @JSBody(params = {"target", "key", "ctrl", "shift", "alt"}, script = "target.dispatchEvent(new KeyboardEvent('keydown',"
            + " {key: key, ctrlKey: ctrl, shiftKey: shift, altKey: alt, bubbles: true, cancelable: true}));")
    private static native void pressKey(JSObject target, String key, boolean ctrl, boolean shift, boolean alt);

    /** Copy and cut go through the browser's clipboard events, as their keys do. */
    @JSBody(params = "name", script = "document.execCommand(name);")
    private static native void clipboardCommand(String name);

    @JSBody(params = "target", script = "if (!navigator.clipboard) return; navigator.clipboard.readText().then(function(t) {"
            + " var d = new DataTransfer(); d.setData('text/plain', t);"
            + " target.dispatchEvent(new ClipboardEvent('paste', {clipboardData: d, bubbles: true, cancelable: true}));"
            + " }).catch(function(e) { console.warn('paste:', e); });")
    private static native void pasteFromClipboard(JSObject target);
}
