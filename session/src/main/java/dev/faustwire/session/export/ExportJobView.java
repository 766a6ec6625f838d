package dev.faustwire.session.export;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * An export job as the server answers it: id, state ({@code queued}, {@code running}, {@code done},
 * {@code failed}), the steps so far, and the file's link or the failure (code, sentence, tool's message).
 */
public record ExportJobView(String id, String state, List<String> steps, String file, String fileName, String code,
        String error, String toolMessage) {
    public ExportJobView {
        steps = List.copyOf(steps);
    }

    public boolean done() {
        return "done".equals(state);
    }

    public boolean failed() {
        return "failed".equals(state);
    }

    /** True when the job will not change: poll no more. */
    public boolean finished() {
        return done() || failed();
    }

    /** Where its state is polled. */
    public String url() {
        return "/api/export/jobs/" + id;
    }

    /** The failure as the dialog shows it: the code and sentence, then what the tool said. */
    public String problem() {
        String head = (code == null ? "" : code + ": ") + (error == null ? "the export failed" : error);
        return toolMessage == null || toolMessage.isEmpty() ? head : head + "\n\n" + toolMessage;
    }

    /** The job of an answer, or null when the answer is no job (a problem document, a proxy's page). */
    public static ExportJobView read(String answer) {
        JsonValue parsed;
        try {
            parsed = answer == null ? null : JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return null;
        }
        if (!(parsed instanceof JsonObject o) || !(o.get("id") instanceof JsonString id)
                || !(o.get("state") instanceof JsonString state)) {
            return null;
        }
        List<String> steps = new ArrayList<>();
        if (o.get("steps") instanceof JsonArray list) {
            for (JsonValue step : list.items()) {
                if (step instanceof JsonString text) {
                    steps.add(text.value());
                }
            }
        }
        return new ExportJobView(id.value(), state.value(), steps, text(o, "file"), text(o, "fileName"), text(o, "code"),
                text(o, "error"), text(o, "toolMessage"));
    }

    /** The {@code detail} (and {@code code}) of a problem document the server refused an export with, or null. */
    public static String refusal(String answer) {
        JsonValue parsed;
        try {
            parsed = answer == null ? null : JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return null;
        }
        if (parsed instanceof JsonObject o && o.get("detail") instanceof JsonString detail) {
            String code = text(o, "code");
            return code == null ? detail.value() : code + ": " + detail.value();
        }
        return null;
    }

    private static String text(JsonObject o, String key) {
        JsonValue value = o.get(key);
        if (value instanceof JsonString s) {
            return s.value();
        }
        return value instanceof JsonNumber n ? n.text() : null;
    }
}
