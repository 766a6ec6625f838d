package dev.faustwire.web;

import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.session.EditingSession;
import dev.faustwire.session.inspect.BoxInfo;
import dev.faustwire.session.inspect.PortInfo;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Hovering a port of the canvas: a tooltip ({@code data-role="port-tooltip"}) says the port's name
 * and the definition of the program that feeds it (an inlet) or that it carries (an outlet); the
 * port gets the same text as its SVG {@code <title>}. Worked out for the hovered box only.
 */
final class PortHover {
    private final EditingSession session;
    private final HTMLElement area;
    private final HTMLElement tooltip;

    PortHover(EditingSession session, HTMLElement svg, HTMLElement area) {
        this.session = session;
        this.area = area;
        this.tooltip = Elements.element("div", "port-tooltip");
        tooltip.setAttribute("data-role", "port-tooltip");
        tooltip.setAttribute("role", "tooltip");
        tooltip.setAttribute("hidden", "");
        area.appendChild(tooltip);
        svg.addEventListener("pointerover", this::over);
        svg.addEventListener("pointerout", event -> {
            if (port(event) != null) {
                tooltip.setAttribute("hidden", "");
            }
        });
    }

    private void over(Event event) {
        String port = port(event);
        String boxId = port == null ? null : boxOf(event);
        if (boxId == null) {
            return;
        }
        PatchEditor editor = session.editor();
        BoxInfo info = session.inspector().inspect(editor.level(), editor.levelPath(), boxId, session.generated());
        PortInfo p = info == null ? null : info.port(port);
        if (p == null) {
            return;
        }
        String text = p.hoverText();
        tooltip.setTextContent(text);
        tooltip.setAttribute("data-port", port);
        tooltip.setAttribute("data-box-id", boxId);
        MouseEvent mouse = (MouseEvent) event;
        tooltip.getStyle().setProperty("left", (mouse.getClientX() - Dom.left(area) + 12) + "px");
        tooltip.getStyle().setProperty("top", (mouse.getClientY() - Dom.top(area) + 14) + "px");
        tooltip.removeAttribute("hidden");
        setTitle(target(event), text);
    }

    @JSBody(params = "event", script = "var t = event.target; return t && t.getAttribute ? t.getAttribute('data-port') : null;")
    private static native String port(Event event);

    @JSBody(params = "event", script = "var g = event.target.closest('[data-box-id]'); return g ? g.getAttribute('data-box-id') : null;")
    private static native String boxOf(Event event);

    @JSBody(params = "event", script = "return event.target;")
    private static native JSObject target(Event event);

    @JSBody(params = {"port", "text"}, script = "var t = port.querySelector('title');"
            + " if (!t) { t = document.createElementNS('http://www.w3.org/2000/svg', 'title'); port.appendChild(t); }"
            + " t.textContent = text;")
    private static native void setTitle(JSObject port, String text);
}
