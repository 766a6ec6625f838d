package dev.faustwire.session.diagram;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.session.audition.CompileFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the block diagram view is: the server's answer to {@code POST /api/diagram} (the diagram's
 * id, its files' stable names, the box of each definition name) and the trail of files opened from
 * the top, {@code process}. A block's link opens its file; a block's label
 * ({@code os_osc_40_0} or {@code osc(440)}) leads to the box its definition comes from, when the
 * server could tell.
 */
public final class DiagramNavigation {
    private final String id;
    private final List<String> names;
    private final Map<String, String> boxes;
    private final List<String> trail = new ArrayList<>();

    private DiagramNavigation(String id, List<String> names, Map<String, String> boxes, String root) {
        this.id = id;
        this.names = names;
        this.boxes = boxes;
        trail.add(root);
    }

    /** The navigation of a server's answer, at its top; null when the answer is not one (see {@link #problem}). */
    public static DiagramNavigation of(String answer) {
        JsonValue parsed;
        try {
            parsed = JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return null;
        }
        if (!(parsed instanceof JsonObject json) || !(json.get("id") instanceof JsonString id)
                || !(json.get("root") instanceof JsonString root) || !(json.get("names") instanceof JsonArray list)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonValue item : list.items()) {
            if (item instanceof JsonString name) {
                names.add(name.value());
            }
        }
        Map<String, String> boxes = new LinkedHashMap<>();
        if (json.get("boxes") instanceof JsonObject found) {
            for (Map.Entry<String, JsonValue> entry : found.fields().entrySet()) {
                if (entry.getValue() instanceof JsonString path) {
                    boxes.put(entry.getKey(), path.value());
                }
            }
        }
        if (!names.contains(root.value())) {
            return null;
        }
        return new DiagramNavigation(id.value(), names, boxes, root.value());
    }

    /**
     * The diagnostics a refused drawing carries, for the Problems panel: E054 when Faust could not draw
     * the program, or the patch's own errors; none when the answer holds no diagnostic (no server, say).
     */
    public static List<Diagnostic> diagnostics(String answer) {
        JsonValue parsed;
        try {
            parsed = JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return List.of();
        }
        if (parsed instanceof JsonObject json && json.get("diagnostics") instanceof JsonArray list && !list.items().isEmpty()) {
            return CompileFailure.read(answer);
        }
        return List.of();
    }

    /** What a refused answer says, as {@code E054: message} when it names a code, else its detail or {@code fallback}. */
    public static String problem(String answer, String fallback) {
        JsonValue parsed;
        try {
            parsed = JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return fallback;
        }
        if (!(parsed instanceof JsonObject json)) {
            return fallback;
        }
        if (json.get("diagnostics") instanceof JsonArray list && !list.items().isEmpty()
                && list.items().get(0) instanceof JsonObject first && first.get("code") instanceof JsonString code
                && first.get("message") instanceof JsonString message) {
            return code.value() + ": " + message.value();
        }
        return json.get("detail") instanceof JsonString detail ? detail.value() : fallback;
    }

    /** The file shown now. */
    public String current() {
        return trail.get(trail.size() - 1);
    }

    /** The files from the top to the one shown. */
    public List<String> trail() {
        return List.copyOf(trail);
    }

    /** Where the file shown now is served. */
    public String url() {
        return "/api/diagram/" + id + "/" + current() + ".svg";
    }

    /**
     * Follows a link ({@code Par-4.svg}): a file of this diagram is opened, or, when it is already on
     * the trail (Faust's link up to the parent), the trail goes back to it. False for any other link.
     */
    public boolean follow(String href) {
        if (href == null || !href.endsWith(".svg")) {
            return false;
        }
        String name = href.substring(0, href.length() - ".svg".length());
        if (!names.contains(name)) {
            return false;
        }
        int at = trail.indexOf(name);
        if (at >= 0) {
            while (trail.size() > at + 1) {
                trail.remove(trail.size() - 1);
            }
        } else {
            trail.add(name);
        }
        return true;
    }

    /** Back to the file this one was opened from; false at the top. */
    public boolean back() {
        if (trail.size() == 1) {
            return false;
        }
        trail.remove(trail.size() - 1);
        return true;
    }

    /** Back to the top. */
    public void top() {
        while (trail.size() > 1) {
            trail.remove(trail.size() - 1);
        }
    }

    /** The box path a block's label comes from ({@code osc(440)} is looked up as {@code osc}), or null when the names do not tell. */
    public String boxOf(String label) {
        if (label == null) {
            return null;
        }
        String name = label.strip();
        int open = name.indexOf('(');
        if (open >= 0) {
            name = name.substring(0, open).strip();
        }
        return boxes.get(name);
    }
}
