package dev.faustwire.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Small DOM builders the panels share: an element with a class, one with text, an input of a type. */
final class Elements {
    private Elements() {
    }

    static HTMLElement element(String tag, String className) {
        HTMLElement e = HTMLDocument.current().createElement(tag);
        if (!className.isEmpty()) {
            e.setAttribute("class", className);
        }
        return e;
    }

    static HTMLElement text(String tag, String className, String content) {
        HTMLElement e = element(tag, className);
        e.setTextContent(content);
        return e;
    }

    static HTMLInputElement input(String type, String className) {
        HTMLInputElement e = (HTMLInputElement) element("input", className);
        e.setType(type);
        return e;
    }
}
