package dev.faustwire.web;

import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.editor.Selection;
import dev.faustwire.core.editor.TextField;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.outline.LevelSummary;
import dev.faustwire.core.outline.Outline;
import dev.faustwire.core.outline.Outlines;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The screen-reader view: the open level as an ARIA tree in signal order, one item per box saying
 * its text and every connection, its ports as child items. Kept in step with the canvas after each
 * paint (rebuilt only when the level's patch changed). Arrows move (the canvas selects and shows
 * the box), Enter edits the box in its field, {@code c} connects it through a dialog, Enter on a
 * port goes to the box at its other end, Ctrl+Enter opens a sub-patcher and Escape goes back up.
 */
final class OutlineView {
    private final Page page;
    private final PatchEditor editor;
    private final BoxField field;
    private final OutlineTree tree;
    private final HTMLElement summary;
    private final HTMLElement status;
    private ConnectDialog connect;
    private Patch shownLevel;
    private List<String> shownPath;
    private Selection shownSelection;
    private Outline outline = Outline.EMPTY;
    /** The item that takes Tab into the tree: box id and port key ("" for the box itself). */
    private String currentBox;
    private String currentPort = "";
    private String focusAfterEdit;
    private boolean syncing;

    OutlineView(Page page, BoxField field, HTMLElement section) {
        this.page = page;
        this.editor = page.session().editor();
        this.field = field;
        this.tree = new OutlineTree((HTMLElement) section.querySelector("[data-role='outline-tree']"));
        this.summary = (HTMLElement) section.querySelector("[data-role='outline-summary']");
        this.status = (HTMLElement) section.querySelector("[data-role='outline-status']");
        tree.element().addEventListener("keydown", event -> key((KeyboardEvent) event));
        tree.element().addEventListener("click", event -> {
            HTMLElement item = Outlining.itemOf(event.getTarget());
            if (item != null) {
                moveTo(item);
            }
        });
        tree.element().addEventListener("focusin", event -> { // Tab into the tree selects its box too, so Delete acts on it
            HTMLElement item = Outlining.itemOf(event.getTarget());
            if (item != null) {
                String boxId = item.getAttribute("data-box-id");
                if (syncing) {
                    Dom.nextFrame(() -> select(boxId)); // not a paint inside a paint
                } else {
                    select(boxId);
                }
            }
        });
        field.onClose(() -> {
            if (focusAfterEdit != null) {
                String boxId = focusAfterEdit;
                focusAfterEdit = null;
                Dom.nextFrame(() -> focusItem(boxId, ""));
            }
        });
    }

    void setConnectDialog(ConnectDialog dialog) {
        connect = dialog;
    }

    Outline outline() {
        return outline;
    }

    /** After each paint: rebuilds when the open level changed, marks the canvas selection. */
    void sync() {
        Patch level = editor.level();
        List<String> path = editor.levelPath();
        if (level != shownLevel || !path.equals(shownPath)) {
            double start = Dom.now();
            boolean levelChanged = !path.equals(shownPath);
            shownLevel = level;
            shownPath = path;
            int wasAt = currentBox == null ? -1 : indexOf(currentBox);
            outline = Outlines.of(level, editor.portCounts());
            double read = Dom.now() - start;
            syncing = true;
            try {
                rebuild(levelChanged, wasAt);
            } finally {
                syncing = false;
            }
            Outlining.record(Dom.now() - start, read);
        }
        Selection selection = editor.state().selection();
        if (!selection.equals(shownSelection)) {
            shownSelection = selection;
            tree.markSelected(selection);
            if (selection.boxes().size() == 1 && !Outlining.hasFocusIn(tree.element())) {
                setCurrent(selection.boxes().iterator().next(), "");
            }
        }
    }

    /** Shows the new outline; focus stays on its item, or goes to the item that took the place of a removed one. */
    private void rebuild(boolean levelChanged, int wasAt) {
        String focusedBox = Outlining.hasFocusIn(tree.element()) ? currentBox : null;
        String focusedPort = currentPort;
        summary.setTextContent(LevelSummary.of(editor.model().patch(), editor.levelPath(), outline));
        tree.show(outline, levelChanged);
        shownSelection = null;
        if (outline.items().isEmpty()) {
            currentBox = null;
            return;
        }
        if (!tree.has(currentBox)) {
            currentBox = outline.items().get(Math.max(0, Math.min(wasAt, outline.items().size() - 1))).boxId();
            currentPort = "";
        }
        setCurrent(currentBox, currentBox.equals(focusedBox) ? focusedPort : "");
        if (focusedBox != null) {
            focusItem(currentBox, currentPort);
        }
    }

    private int indexOf(String boxId) {
        for (int i = 0; i < outline.items().size(); i++) {
            if (outline.items().get(i).boxId().equals(boxId)) {
                return i;
            }
        }
        return -1;
    }

    // ---- focus and keys ----

    /** Makes one item the tree's tab stop (roving tabindex). */
    private void setCurrent(String boxId, String port) {
        HTMLElement old = tree.element(currentBox, currentPort);
        if (old != null) {
            old.setAttribute("tabindex", "-1");
        }
        currentBox = boxId;
        currentPort = port;
        HTMLElement now = tree.element(boxId, port);
        if (now == null) {
            currentPort = "";
            now = tree.element(boxId, "");
        }
        if (now != null) {
            now.setAttribute("tabindex", "0");
        }
    }

    private void focusItem(String boxId, String port) {
        if (!tree.has(boxId)) {
            return;
        }
        setCurrent(boxId, port);
        HTMLElement element = tree.element(currentBox, currentPort);
        if (element != null) {
            element.focus();
        }
    }

    /** Moves to an item: it becomes the tab stop and takes focus, and the canvas selects and shows its box. */
    private void moveTo(HTMLElement item) {
        String boxId = item.getAttribute("data-box-id");
        String port = item.hasAttribute("data-port") ? item.getAttribute("data-port") : "";
        focusItem(boxId, port);
        select(boxId);
    }

    /** Selects the box on the canvas and scrolls it into view, unless it is the one selected already. */
    private void select(String boxId) {
        if (!tree.has(boxId)) {
            return;
        }
        Selection selection = editor.state().selection();
        if (selection.boxes().size() == 1 && selection.hasBox(boxId)) {
            return;
        }
        editor.reveal(editor.pathOf(boxId));
        page.refresh();
    }

    private void key(KeyboardEvent key) {
        HTMLElement item = Outlining.itemOf(key.getTarget());
        if (item == null || key.isAltKey()) {
            return;
        }
        boolean ctrl = key.isCtrlKey() || key.isMetaKey();
        List<HTMLElement> visible = tree.visible(outline);
        int at = visible.indexOf(item);
        boolean isBox = !item.hasAttribute("data-port");
        String boxId = item.getAttribute("data-box-id");
        boolean handled = true;
        switch (key.getKey()) {
            case "ArrowDown" -> {
                if (at + 1 < visible.size()) {
                    moveTo(visible.get(at + 1));
                }
            }
            case "ArrowUp" -> {
                if (at > 0) {
                    moveTo(visible.get(at - 1));
                }
            }
            case "Home" -> moveTo(visible.get(0));
            case "End" -> moveTo(visible.get(visible.size() - 1));
            case "ArrowRight" -> {
                if (isBox && item.hasAttribute("aria-expanded")) {
                    if ("true".equals(item.getAttribute("aria-expanded"))) {
                        moveTo(visible.get(at + 1));
                    } else {
                        tree.expand(boxId, true);
                    }
                }
            }
            case "ArrowLeft" -> {
                if (!isBox) {
                    moveTo(tree.item(boxId));
                } else if ("true".equals(item.getAttribute("aria-expanded"))) {
                    tree.expand(boxId, false);
                }
            }
            case "Enter" -> {
                if (ctrl && isBox) {
                    enter(boxId);
                } else if (isBox) {
                    edit(boxId);
                } else {
                    follow(item);
                }
            }
            case "c", "C" -> {
                if (ctrl || connect == null) {
                    handled = false;
                } else if (editor.locked()) {
                    announce("The patch is locked for playing: Ctrl+E unlocks it to connect.");
                } else {
                    String port = item.getAttribute("data-port");
                    int outlet = port != null && port.startsWith("out ") ? Integer.parseInt(port.substring(4)) : 0;
                    connect.open(boxId, outlet, () -> focusItem(boxId, "")); // back to the box when done
                }
            }
            case "Escape" -> handled = leave();
            default -> handled = false;
        }
        if (handled) {
            key.preventDefault();
            key.stopPropagation();
        }
    }

    /** Opens the box's text field over the canvas; Enter or Escape there comes back to this item. */
    private void edit(String boxId) {
        editor.reveal(editor.pathOf(boxId));
        page.refresh();
        TextField text = editor.editSelectedField();
        if (text != null) {
            focusAfterEdit = boxId;
            field.begin(text, editor.state().view());
        }
    }

    /** Enter on a port: to the box at the other end of its first line. */
    private void follow(HTMLElement portItem) {
        String other = portItem.getAttribute("data-other-box-id");
        if (tree.has(other)) {
            moveTo(tree.item(other));
        }
    }

    private void enter(String boxId) {
        if (editor.enter(boxId)) {
            page.refresh();
            if (!outline.items().isEmpty()) {
                focusItem(outline.items().get(0).boxId(), "");
            }
            status.setTextContent(summary.getTextContent());
        }
    }

    private boolean leave() {
        List<String> path = editor.levelPath();
        if (path.isEmpty() || !editor.leave()) {
            return false;
        }
        page.refresh();
        focusItem(path.get(path.size() - 1), "");
        status.setTextContent(summary.getTextContent());
        return true;
    }

    /** Says what just happened in the polite live region under the tree. */
    void announce(String text) {
        status.setTextContent(text);
    }
}
