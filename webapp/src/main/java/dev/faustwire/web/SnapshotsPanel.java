package dev.faustwire.web;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.session.live.LiveStateFormat;
import dev.faustwire.session.live.SnapshotName;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The "Snapshots" section: a name and Save (the rack's state, canonical JSON, PUT to {@code /api/snapshots/NAME}),
 * and the saved snapshots, each with Recall (the session becomes it), Import (its slots are added) and Delete.
 */
final class SnapshotsPanel {
    private final Rack rack;
    private final SnapshotRecall recall;
    private final HTMLInputElement name;
    private final HTMLElement list;
    private final HTMLElement problem;

    private SnapshotsPanel(Rack rack, SnapshotRecall recall, HTMLElement root) {
        this.rack = rack;
        this.recall = recall;
        this.name = (HTMLInputElement) root.querySelector("[data-role='snapshot-name']");
        this.list = (HTMLElement) root.querySelector("[data-role='snapshot-list']");
        this.problem = (HTMLElement) root.querySelector("[data-role='snapshot-problem']");
    }

    static SnapshotsPanel install(HTMLDocument document, Rack rack, SnapshotRecall recall) {
        HTMLElement root = (HTMLElement) document.querySelector("[data-role='snapshots']");
        SnapshotsPanel panel = new SnapshotsPanel(rack, recall, root);
        root.querySelector("[data-role='snapshot-save']").addEventListener("click", event -> panel.save());
        panel.name.addEventListener("keydown", event -> {
            if ("Enter".equals(SnapshotsKeys.key(event))) {
                panel.save();
            }
        });
        Dom.StringFunction2 liveState = (a, b) -> LiveStateFormat.write(rack.state());
        Dom.export("liveState", liveState); // for tests and scripts: the session as a snapshot would keep it
        panel.reload();
        return panel;
    }

    /** Saves the session under the typed name. */
    void save() {
        String typed = name.getValue().trim();
        Diagnostic refused = SnapshotName.check(typed);
        if (refused != null) {
            show(refused);
            return;
        }
        String text = LiveStateFormat.write(rack.state());
        Http.send("PUT", url(typed), text, null, null, (status, etag, answer) -> {
            if (status == 200 || status == 201) {
                hideProblem();
                name.setValue("");
                reload();
            } else {
                showText("The snapshot was not saved: " + detail(status, answer));
            }
        });
    }

    /** Reads the list of saved snapshots again. */
    void reload() {
        Http.send("GET", "/api/snapshots", null, null, null, (status, etag, text) -> {
            if (status == 200) {
                showList(names(text));
            }
        });
    }

    private void showList(List<String> names) {
        Dom.clear(list);
        if (names.isEmpty()) {
            list.appendChild(Elements.text("li", "empty", "No snapshot saved yet."));
        }
        for (String snapshot : names) {
            HTMLElement item = Elements.element("li", "snapshot");
            item.setAttribute("data-role", "snapshot");
            item.setAttribute("data-name", snapshot);
            item.appendChild(Elements.text("span", "snapshot-label", snapshot));
            item.appendChild(button("Recall", "snapshot-recall", "The session becomes " + snapshot,
                    () -> load(snapshot, true)));
            item.appendChild(button("Import", "snapshot-import", "Add the slots of " + snapshot + " to the session",
                    () -> load(snapshot, false)));
            item.appendChild(button("Delete", "snapshot-delete", "Delete " + snapshot + " (the workspace history keeps it)",
                    () -> delete(snapshot)));
            list.appendChild(item);
        }
    }

    private void load(String snapshot, boolean replace) {
        Http.send("GET", url(snapshot), null, null, null, (status, etag, text) -> {
            if (status != 200) {
                showText("The snapshot could not be read: " + detail(status, text));
                return;
            }
            LiveStateFormat.Reading reading = LiveStateFormat.read(text);
            if (!reading.ok()) {
                show(reading.diagnostics().get(0));
                return;
            }
            hideProblem();
            recall.recall(reading.state(), replace);
        });
    }

    private void delete(String snapshot) {
        Http.send("DELETE", url(snapshot), null, null, null, (status, etag, text) -> {
            if (status != 204) {
                showText("The snapshot was not deleted: " + detail(status, text));
            }
            reload();
        });
    }

    private HTMLElement button(String label, String role, String title, Runnable action) {
        HTMLElement b = Elements.text("button", role, label);
        b.setAttribute("data-role", role);
        b.setAttribute("type", "button");
        b.setAttribute("title", title);
        b.addEventListener("click", event -> action.run());
        return b;
    }

    private void show(Diagnostic d) {
        problem.setAttribute("data-code", d.code().id());
        showText(d.code().id() + ": " + d.message());
    }

    private void showText(String text) {
        problem.setTextContent(text);
        problem.removeAttribute("hidden");
    }

    private void hideProblem() {
        problem.setAttribute("hidden", "");
        problem.removeAttribute("data-code");
    }

    static List<String> names(String json) {
        List<String> names = new ArrayList<>();
        try {
            JsonValue value = JsonParser.parse(json).value();
            if (value instanceof JsonObject o && o.get("snapshots") instanceof JsonArray array) {
                for (JsonValue item : array.items()) {
                    if (item instanceof JsonString s) {
                        names.add(s.value());
                    }
                }
            }
        } catch (RuntimeException e) {
            // an answer that is no list shows no snapshots
        }
        return names;
    }

    private static String detail(int status, String answer) {
        try {
            JsonValue value = JsonParser.parse(answer).value();
            if (value instanceof JsonObject o && o.get("detail") instanceof JsonString s) {
                return s.value();
            }
        } catch (RuntimeException e) {
            // no problem document
        }
        return status == 0 ? "the server could not be reached" : "HTTP " + status;
    }

    private static String url(String snapshot) {
        return "/api/snapshots/" + encode(snapshot);
    }

    @JSBody(params = "text", script = "return encodeURIComponent(text);")
    private static native String encode(String text);
}
