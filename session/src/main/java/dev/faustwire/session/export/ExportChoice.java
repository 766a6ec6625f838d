package dev.faustwire.session.export;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.List;

/** One entry of the Export menu, from {@code GET /api/export/targets}: its name, title, whether it is built, its packages. */
public record ExportChoice(String name, String title, boolean built, List<String> packages) {
    public ExportChoice {
        packages = List.copyOf(packages);
    }

    /** What the menu says under the title: ready at once, or built on the server with which packages. */
    public String note() {
        if (!built) {
            return "ready at once";
        }
        return packages.isEmpty() ? "built on the server" : "built on the server with " + String.join(", ", packages);
    }

    /** The targets of the server's answer, in its order; an answer that does not read gives none. */
    public static List<ExportChoice> read(String answer) {
        List<ExportChoice> choices = new ArrayList<>();
        JsonValue parsed;
        try {
            parsed = answer == null ? null : JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return choices;
        }
        if (!(parsed instanceof JsonArray items)) {
            return choices;
        }
        for (JsonValue item : items.items()) {
            if (item instanceof JsonObject o && o.get("name") instanceof JsonString name
                    && o.get("title") instanceof JsonString title) {
                List<String> packages = new ArrayList<>();
                if (o.get("packages") instanceof JsonArray list) {
                    for (JsonValue p : list.items()) {
                        if (p instanceof JsonString text) {
                            packages.add(text.value());
                        }
                    }
                }
                boolean built = o.get("built") instanceof JsonBool b && b.value();
                choices.add(new ExportChoice(name.value(), title.value(), built, packages));
            }
        }
        return choices;
    }
}
