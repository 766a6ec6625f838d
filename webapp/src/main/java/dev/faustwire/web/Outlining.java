package dev.faustwire.web;

import dev.faustwire.core.outline.Outline;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** The outline's DOM: a tree item per box with its ports as a group of child items, and the few browser calls it needs. */
final class Outlining {
    private Outlining() {
    }

    /**
     * The item of a box, named by its sentence (its only text). Its ports are a group of child items
     * kept beside it in the DOM and owned by it ({@code aria-owns}), so that its name stays the sentence.
     */
    static HTMLElement item(Outline.Item item) {
        HTMLElement li = Elements.element("li", item.comment() ? "outline-box comment" : "outline-box");
        HTMLElement sentence = Elements.text("span", "sentence", item.sentence());
        sentence.setAttribute("id", "outline-" + item.boxId());
        li.appendChild(sentence);
        li.setAttribute("aria-labelledby", "outline-" + item.boxId()); // its sentence, never its owned ports
        li.setAttribute("role", "treeitem");
        li.setAttribute("aria-level", "1");
        li.setAttribute("tabindex", "-1");
        li.setAttribute("data-box-id", item.boxId());
        li.setAttribute("aria-selected", "false");
        if (!item.ports().isEmpty()) {
            li.setAttribute("aria-owns", groupId(item.boxId()));
        }
        return li;
    }

    /** The group of a box's ports, hidden until expanded; null for a box without ports. */
    static HTMLElement ports(Outline.Item item) {
        if (item.ports().isEmpty()) {
            return null;
        }
        HTMLElement group = Elements.element("ul", "outline-ports");
        group.setAttribute("role", "group");
        group.setAttribute("id", groupId(item.boxId()));
        for (Outline.PortReading port : item.ports()) {
            HTMLElement child = Elements.text("li", "outline-port", port.phrase());
            child.setAttribute("role", "treeitem");
            child.setAttribute("aria-level", "2");
            child.setAttribute("tabindex", "-1");
            child.setAttribute("data-box-id", item.boxId());
            child.setAttribute("data-port", (port.input() ? "in " : "out ") + port.index());
            if (!port.ends().isEmpty()) {
                child.setAttribute("data-other-box-id", port.ends().get(0).boxId());
            }
            group.appendChild(child);
        }
        return group;
    }

    private static String groupId(String boxId) {
        return "outline-ports-" + boxId;
    }

    static void setExpanded(HTMLElement item, HTMLElement group, boolean expanded) {
        if (group == null) {
            return;
        }
        item.setAttribute("aria-expanded", expanded ? "true" : "false");
        if (expanded) {
            group.removeAttribute("hidden");
        } else {
            group.setAttribute("hidden", "");
        }
    }

    /** The tree item an event happened in, or null. */
    @JSBody(params = "target", script = "return target && target.closest ? target.closest('[role=treeitem]') : null;")
    static native HTMLElement itemOf(JSObject target);

    @JSBody(params = "root", script = "return !!document.activeElement && root.contains(document.activeElement);")
    static native boolean hasFocusIn(JSObject root);

    @JSBody(params = "parent", script = "return parent.firstElementChild;")
    static native HTMLElement firstChildElement(JSObject parent);

    @JSBody(params = "element", script = "return element ? element.nextElementSibling : null;")
    static native HTMLElement nextElement(JSObject element);

    /** Keeps how long each rebuild took (ms), and how much of it reading the patch, for the tests to read and print. */
    @JSBody(params = {"ms", "read"}, script = "var o = window.faustwireOutline = window.faustwireOutline"
            + " || {rebuilds: [], reads: []}; o.rebuilds.push(ms); o.reads.push(read);")
    static native void record(double ms, double read);
}
