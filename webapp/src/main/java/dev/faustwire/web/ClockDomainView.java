package dev.faustwire.web;

import dev.faustwire.core.editor.ClockDomain;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * Shows the clock domain of the level on the canvas: {@code data-clock-domain="ondemand"} on the
 * canvas element (the style sheet tints it) and a caption in its top right corner
 * ({@code data-role="clock-domain"}) saying what ticks it. Changed only when the caption changes.
 */
final class ClockDomainView {
    private final Element svg;
    private final HTMLElement caption;
    private String shown = "";

    ClockDomainView(Element svg) {
        this.svg = svg;
        caption = HTMLDocument.current().createElement("p");
        caption.setAttribute("data-role", "clock-domain");
        caption.setAttribute("class", "clock-domain");
        caption.setHidden(true);
        svg.getParentNode().appendChild(caption);
    }

    void show(ClockDomain domain) {
        String text = domain == null ? "" : domain.caption();
        if (text.equals(shown)) {
            return;
        }
        shown = text;
        if (domain == null) {
            svg.removeAttribute("data-clock-domain");
        } else {
            svg.setAttribute("data-clock-domain", "ondemand");
        }
        caption.setTextContent(text);
        caption.setHidden(domain == null);
    }
}
