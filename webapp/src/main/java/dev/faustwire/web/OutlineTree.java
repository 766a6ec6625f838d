package dev.faustwire.web;

import dev.faustwire.core.editor.Selection;
import dev.faustwire.core.outline.Outline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The outline's tree element: a box item and its port group per box, in the outline's order. A new
 * outline replaces only the items whose sentence changed and moves only those whose place did, so a
 * screen reader does not hear the whole tree again after each edit.
 */
final class OutlineTree {
    private final HTMLElement tree;
    private final Map<String, HTMLElement> items = new LinkedHashMap<>();
    private final Map<String, HTMLElement> groups = new LinkedHashMap<>();
    private final Map<String, String> said = new LinkedHashMap<>();
    private final Map<String, Boolean> expanded = new LinkedHashMap<>();

    OutlineTree(HTMLElement tree) {
        this.tree = tree;
    }

    HTMLElement element() {
        return tree;
    }

    /** Shows an outline; {@code anotherLevel} starts afresh (nothing expanded). */
    void show(Outline outline, boolean anotherLevel) {
        if (anotherLevel) {
            expanded.clear();
            Dom.clear(tree);
            items.clear();
            groups.clear();
            said.clear();
        }
        Map<String, HTMLElement> kept = new LinkedHashMap<>();
        for (Outline.Item item : outline.items()) {
            HTMLElement element = items.get(item.boxId());
            if (element == null || !item.sentence().equals(said.get(item.boxId()))) {
                remove(item.boxId());
                element = Outlining.item(item);
                HTMLElement group = Outlining.ports(item);
                Outlining.setExpanded(element, group, isExpanded(item.boxId()));
                items.put(item.boxId(), element);
                if (group != null) {
                    groups.put(item.boxId(), group);
                }
                said.put(item.boxId(), item.sentence());
            }
            kept.put(item.boxId(), element);
        }
        for (String boxId : new ArrayList<>(items.keySet())) {
            if (!kept.containsKey(boxId)) {
                remove(boxId);
                expanded.remove(boxId);
            }
        }
        HTMLElement before = Outlining.firstChildElement(tree); // in order, moving only what moved
        for (String boxId : kept.keySet()) {
            before = place(items.get(boxId), before);
            if (groups.containsKey(boxId)) {
                before = place(groups.get(boxId), before);
            }
        }
        if (outline.items().isEmpty()) {
            tree.setAttribute("hidden", "");
        } else {
            tree.removeAttribute("hidden");
        }
    }

    boolean has(String boxId) {
        return boxId != null && items.containsKey(boxId);
    }

    HTMLElement item(String boxId) {
        return boxId == null ? null : items.get(boxId);
    }

    /** The item of a box ({@code port} empty) or of one of its ports ({@code "in 0"}, {@code "out 1"}), or null. */
    HTMLElement element(String boxId, String port) {
        HTMLElement item = item(boxId);
        if (item == null || port.isEmpty()) {
            return item;
        }
        HTMLElement group = groups.get(boxId);
        return group == null ? null : (HTMLElement) group.querySelector("[data-port='" + port + "']");
    }

    /** The items the arrows move through: every box, and the ports of the expanded ones. */
    List<HTMLElement> visible(Outline outline) {
        List<HTMLElement> visible = new ArrayList<>();
        for (Outline.Item item : outline.items()) {
            visible.add(items.get(item.boxId()));
            HTMLElement group = groups.get(item.boxId());
            if (group != null && isExpanded(item.boxId())) {
                for (int i = 0; i < Dom.count(group, "[data-port]"); i++) {
                    visible.add(Dom.nth(group, "[data-port]", i));
                }
            }
        }
        return visible;
    }

    boolean isExpanded(String boxId) {
        return Boolean.TRUE.equals(expanded.get(boxId));
    }

    void expand(String boxId, boolean open) {
        expanded.put(boxId, open);
        Outlining.setExpanded(items.get(boxId), groups.get(boxId), open);
    }

    /** Marks the items of the boxes selected on the canvas. */
    void markSelected(Selection selection) {
        for (Map.Entry<String, HTMLElement> entry : items.entrySet()) {
            entry.getValue().setAttribute("aria-selected", selection.hasBox(entry.getKey()) ? "true" : "false");
        }
    }

    /** Puts an element where {@code before} is, unless it is that one; returns the element that comes next. */
    private HTMLElement place(HTMLElement element, HTMLElement before) {
        if (element == before) {
            return Outlining.nextElement(before);
        }
        tree.insertBefore(element, before);
        return before;
    }

    private void remove(String boxId) {
        HTMLElement item = items.remove(boxId);
        HTMLElement group = groups.remove(boxId);
        said.remove(boxId);
        if (item != null && item.getParentNode() != null) {
            tree.removeChild(item);
        }
        if (group != null && group.getParentNode() != null) {
            tree.removeChild(group);
        }
    }
}
