package dev.faustwire.web;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.session.EditingSession;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The versions the server keeps of the open patch (the last 50), newest first; a click restores
 * one into the editor as an edit that undo takes back, to be saved like any other.
 */
final class History {
    private final EditingSession session;
    private final Files files;
    private final HTMLElement panel;
    private final HTMLElement list;

    History(EditingSession session, Files files, HTMLElement panel) {
        this.session = session;
        this.files = files;
        this.panel = panel;
        this.list = (HTMLElement) panel.querySelector("ul");
    }

    /** Shows the panel with the open patch's versions, or hides it when it is shown. */
    void toggle() {
        if (!"none".equals(panel.getStyle().getPropertyValue("display")) && panel.hasAttribute("data-loaded")) {
            panel.getStyle().setProperty("display", "none");
            panel.removeAttribute("data-loaded");
            return;
        }
        String path = session.document().path();
        Dom.clear(list);
        panel.getStyle().setProperty("display", "block");
        if (path == null) {
            list.setTextContent("Save the patch to keep its versions.");
            panel.setAttribute("data-loaded", "true");
            return;
        }
        Http.get("/api/history/" + Dom.encodePath(path), new Http.Answer() {
            @Override
            public void ok(String text) {
                show(path, text);
            }

            @Override
            public void failed(String message) {
                list.setTextContent("No versions yet.");
                panel.setAttribute("data-loaded", "true");
            }
        });
    }

    private void show(String path, String text) {
        JsonValue value = JsonParser.parse(text).value();
        if (value instanceof JsonObject object && object.get("versions") instanceof JsonArray versions) {
            for (JsonValue item : versions.items()) {
                if (item instanceof JsonObject v && v.get("version") instanceof JsonString version) {
                    String savedAt = v.get("savedAt") instanceof JsonString s ? s.value() : version.value();
                    HTMLElement entry = HTMLDocument.current().createElement("li");
                    entry.setAttribute("data-version", version.value());
                    entry.setTextContent(savedAt);
                    entry.addEventListener("click", event -> restore(path, version.value()));
                    list.appendChild(entry);
                }
            }
        }
        if (list.getChildNodes().getLength() == 0) {
            list.setTextContent("No earlier versions.");
        }
        panel.setAttribute("data-loaded", "true");
    }

    private void restore(String path, String version) {
        Http.get("/api/history/" + Dom.encodePath(path) + "?version=" + version, new Http.Answer() {
            @Override
            public void ok(String text) {
                files.restore(text);
            }

            @Override
            public void failed(String message) {
                list.setTextContent(message);
            }
        });
    }
}
