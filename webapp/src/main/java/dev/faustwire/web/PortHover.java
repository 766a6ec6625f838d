package dev.faustwire.web;

import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.session.EditingSession;
import dev.faustwire.session.inspect.BoxInfo;
import dev.faustwire.session.inspect.PortInfo;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Hovering a port of the canvas: a tooltip ({@code data-role="port-tooltip"}) says the port's name
 * and the definition of the program that feeds it (an inlet) or that it carries (an outlet); worked
 * out for the hovered box only. No SVG {@code <title>}: it would join the box's text content.
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
        tooltip.setAttribute("data-for-box", boxId);
        MouseEvent mouse = (MouseEvent) event;
        tooltip.getStyle().setProperty("left", (mouse.getClientX() - Dom.left(area) + 12) + "px");
        tooltip.getStyle().setProperty("top", (mouse.getClientY() - Dom.top(area) + 14) + "px");
        tooltip.removeAttribute("hidden");
    }

    @JSBody(params = "event", script = "var t = event.target; return t && t.getAttribute ? t.getAttribute('data-port') : null;")
    private static native String port(Event event);

    @JSBody(params = "event", script = "var g = event.target.closest('[data-box-id]'); return g ? g.getAttribute('data-box-id') : null;")
    private static native String boxOf(Event event);

}
