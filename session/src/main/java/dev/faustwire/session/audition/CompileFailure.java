package dev.faustwire.session.audition;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagnostics of a compile that failed for sound, read from the {@code /api/compile} answer, so
 * that the page marks the boxes at fault while the last good DSP keeps playing. An answer that is
 * not the server's JSON (a 503, a proxy's page) is one document-level E016 saying so.
 */
public final class CompileFailure {
    private CompileFailure() {
    }

    public static List<Diagnostic> read(String answer) {
        List<Diagnostic> found = new ArrayList<>();
        JsonValue parsed = null;
        if (answer != null) {
            try {
                parsed = JsonParser.parse(answer).value();
            } catch (RuntimeException e) {
                parsed = null;
            }
        }
        if (parsed instanceof JsonObject o && o.get("diagnostics") instanceof JsonArray items) {
            for (JsonValue item : items.items()) {
                Diagnostic d = diagnostic(item);
                if (d != null) {
                    found.add(d);
                }
            }
        }
        if (found.isEmpty()) {
            found.add(Diagnostic.atDocument(Code.COMPILE_ERROR,
                    "the server did not compile the program for sound; the last good sound plays"));
        }
        return found;
    }

    private static Diagnostic diagnostic(JsonValue item) {
        if (!(item instanceof JsonObject d) || !(d.get("code") instanceof JsonString id)) {
            return null;
        }
        Code code = byId(id.value());
        if (code == null || !(d.get("message") instanceof JsonString message)) {
            return null;
        }
        if (d.get("boxId") instanceof JsonString box) {
            return Diagnostic.atBox(code, box.value(), message.value());
        }
        return Diagnostic.atDocument(code, message.value());
    }

    private static Code byId(String id) {
        for (Code code : Code.values()) {
            if (code.id().equals(id)) {
                return code;
            }
        }
        return null;
    }
}
