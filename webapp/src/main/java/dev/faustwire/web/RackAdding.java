package dev.faustwire.web;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The rack's ways in: "Keep playing", the "Add to rack…" choice of workspace patches, "Add file…". */
final class RackAdding {
    private RackAdding() {
    }

    static void install(HTMLDocument document, Rack rack) {
        HTMLElement keep = (HTMLElement) document.querySelector("[data-action='keep-playing']");
        keep.addEventListener("click", e -> rack.keepPlaying());
        HTMLSelectElement add = (HTMLSelectElement) document.querySelector("[data-role='rack-add']");
        add.addEventListener("change", e -> {
            String path = add.getValue();
            add.setValue("");
            if (!path.isEmpty()) {
                rack.addWorkspace(path);
            }
        });
        add.addEventListener("focus", e -> list(add));
        add.addEventListener("pointerdown", e -> list(add));
        list(add);
        HTMLInputElement picker = (HTMLInputElement) document.querySelector("[data-role='rack-file']");
        HTMLElement pick = (HTMLElement) document.querySelector("[data-action='rack-add-file']");
        pick.addEventListener("click", e -> picker.click());
        picker.addEventListener("change", event -> {
            String name = Dom.chosenFileName(event);
            Dom.readChosenFile(event, text -> {
                picker.setValue("");
                rack.dropped(null, name, text);
            });
        });
    }

    /** The workspace's patches as choices, kept while the list is the same (a choice open stays open). */
    private static void list(HTMLSelectElement add) {
        Http.get("/api/patches", new Http.Answer() {
            @Override
            public void ok(String text) {
                JsonValue value = JsonParser.parse(text).value();
                if (!(value instanceof JsonObject object) || !(object.get("patches") instanceof JsonArray patches)) {
                    return;
                }
                StringBuilder key = new StringBuilder();
                for (JsonValue item : patches.items()) {
                    if (item instanceof JsonString path) {
                        key.append(path.value()).append('\n');
                    }
                }
                if (key.toString().equals(add.getAttribute("data-listed"))) {
                    return;
                }
                add.setAttribute("data-listed", key.toString());
                Dom.clear(add);
                HTMLElement first = Elements.text("option", "", "Add to rack…");
                first.setAttribute("value", "");
                add.appendChild(first);
                for (JsonValue item : patches.items()) {
                    if (item instanceof JsonString path) {
                        HTMLElement option = Elements.text("option", "", path.value());
                        option.setAttribute("value", path.value());
                        add.appendChild(option);
                    }
                }
            }

            @Override
            public void failed(String message) {
                add.setAttribute("title", message);
            }
        });
    }
}
