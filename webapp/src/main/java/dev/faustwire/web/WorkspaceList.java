package dev.faustwire.web;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The patches of the server's workspace as a tree of folders; a click opens one. */
final class WorkspaceList {
    /** What a click on a patch does. */
    interface Opener {
        void open(String path);
    }

    private final HTMLElement list;
    private Opener opener = path -> { };
    private String open;

    WorkspaceList(HTMLElement list) {
        this.list = list;
    }

    void onOpen(Opener newOpener) {
        opener = newOpener;
    }

    /** Fetches the list again, then marks {@code openPath} as the open patch. */
    void reload(String openPath) {
        open = openPath;
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

    void markOpen(String path) {
        open = path;
        for (int i = 0; i < Dom.count(list, "li[data-path]"); i++) {
            HTMLElement item = Dom.nth(list, "li[data-path]", i);
            item.setAttribute("class", item.getAttribute("data-path").equals(path) ? "patch open" : "patch");
        }
    }

    private void show(String text) {
        Dom.clear(list);
        JsonValue value = JsonParser.parse(text).value();
        if (!(value instanceof JsonObject object) || !(object.get("patches") instanceof JsonArray patches)) {
            return;
        }
        Map<String, HTMLElement> folders = new LinkedHashMap<>();
        folders.put("", list);
        for (JsonValue item : patches.items()) {
            if (item instanceof JsonString path) {
                String p = path.value();
                int slash = p.lastIndexOf('/');
                HTMLElement parent = folder(folders, slash < 0 ? "" : p.substring(0, slash));
                HTMLElement entry = HTMLDocument.current().createElement("li");
                entry.setAttribute("data-path", p);
                entry.setAttribute("class", p.equals(open) ? "patch open" : "patch");
                entry.setAttribute("tabindex", "0");
                entry.setTextContent(slash < 0 ? p : p.substring(slash + 1));
                entry.setAttribute("draggable", "true"); // onto the rack: its address runs it there
                entry.addEventListener("dragstart", event -> dragAddress(event, Files.url(p)));
                entry.addEventListener("click", event -> {
                    Timings.openStarted();
                    opener.open(p);
                });
                entry.addEventListener("keydown", event -> { // Enter opens it too: the list is used without a mouse
                    if (((org.teavm.jso.dom.events.KeyboardEvent) event).getKey().equals("Enter")) {
                        event.preventDefault();
                        opener.open(p);
                    }
                });
                parent.appendChild(entry);
            }
        }
    }

    @org.teavm.jso.JSBody(params = {"event", "address"}, script = "event.dataTransfer.setData('text/plain', address);"
            + " event.dataTransfer.effectAllowed = 'copy';")
    private static native void dragAddress(org.teavm.jso.dom.events.Event event, String address);

    /** The list of a folder, made with its parents when first needed. */
    private static HTMLElement folder(Map<String, HTMLElement> folders, String path) {
        HTMLElement existing = folders.get(path);
        if (existing != null) {
            return existing;
        }
        int slash = path.lastIndexOf('/');
        HTMLElement parent = folder(folders, slash < 0 ? "" : path.substring(0, slash));
        HTMLDocument document = HTMLDocument.current();
        HTMLElement item = document.createElement("li");
        item.setAttribute("class", "folder");
        item.setAttribute("data-folder", path);
        HTMLElement name = document.createElement("span");
        name.setTextContent((slash < 0 ? path : path.substring(slash + 1)) + "/");
        HTMLElement children = document.createElement("ul");
        item.appendChild(name);
        item.appendChild(children);
        parent.appendChild(item);
        folders.put(path, children);
        return children;
    }
}
