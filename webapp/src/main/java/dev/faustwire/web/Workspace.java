package dev.faustwire.web;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The list of patches in the server's workspace; a click opens one. */
final class Workspace {
    private final Editor editor;
    private final HTMLElement list;

    Workspace(Editor editor, HTMLElement list) {
        this.editor = editor;
        this.list = list;
    }

    void load() {
        Http.get("/api/patches", new Http.Answer() {
            @Override
            public void ok(String text) {
                show(text);
            }

            @Override
            public void failed(String message) {
                list.setTextContent(message);
            }
        });
    }

    private void show(String text) {
        Dom.clear(list);
        JsonValue value = JsonParser.parse(text).value();
        if (!(value instanceof JsonObject object) || !(object.get("patches") instanceof JsonArray patches)) {
            return;
        }
        for (JsonValue item : patches.items()) {
            if (item instanceof JsonString path) {
                HTMLElement entry = HTMLDocument.current().createElement("li");
                entry.setAttribute("data-path", path.value());
                entry.setTextContent(path.value());
                entry.addEventListener("click", event -> open(path.value()));
                list.appendChild(entry);
            }
        }
    }

    void open(String path) {
        Http.get("/api/patches/" + Dom.encodePath(path), new Http.Answer() {
            @Override
            public void ok(String text) {
                editor.open(path, text, path);
            }

            @Override
            public void failed(String message) {
                editor.open(path, "", path);
            }
        });
    }
}
