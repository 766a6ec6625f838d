package dev.faustwire.web;

import dev.faustwire.core.imports.ImportAnswer;
import dev.faustwire.core.imports.ImportRequest;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.core.diag.Code;
import dev.faustwire.session.live.DspPatch;
import dev.faustwire.session.live.RackDrop;

/**
 * A file dropped on the editor's slot (its strip, a phone): the editor opens it, and so it plays. A
 * {@code .dsp} becomes a patch of one {@code code} box wired to {@code in}/{@code out} boxes (so it
 * stays editable as a patch), its channel counts asked of the server first.
 */
final class RackEditorDrop {
    private RackEditorDrop() {
    }

    /** Where a problem is said. */
    interface Problem {
        void show(String message);
    }

    static void open(Files files, String name, String text, Problem problem) {
        switch (RackDrop.of(name, text)) {
            case PATCH -> files.openFromDisk(name == null || name.isEmpty() ? "dropped.json" : name, text);
            case WORKSPACE_URL -> files.open(RackDrop.workspacePath(text));
            case DSP -> openDsp(files, name == null || name.isEmpty() ? "dropped.dsp" : name, text, problem);
            case GEN -> Http.send("POST", ImportRequest.ROUTE, ImportRequest.body(name, text), null, null, (s, e, answer) -> {
                try {
                    ImportAnswer imported = ImportAnswer.read(answer);
                    if (imported.imported()) {
                        files.openImported(imported);
                        return;
                    }
                } catch (IllegalArgumentException ex) {
                    // said below
                }
                problem.show("Cannot import " + name + ": " + Problems.detail(answer, s));
            });
            default -> problem.show(Code.NOT_PLAYABLE.id() + ": " + (name == null || name.isEmpty() ? "the text dropped"
                    : name) + " is neither a patch nor Faust text");
        }
    }

    private static void openDsp(Files files, String name, String text, Problem problem) {
        String body = "{\"dsp\": " + JsonWriter.write(new JsonString(text)) + "}";
        Http.send("POST", "/api/compile", body, null, null, (status, etag, answer) -> {
            int[] channels = channels(status == 200 ? answer : null);
            if (channels == null) {
                problem.show(Code.SLOT_COMPILE_FAILED.id() + ": " + name + " did not compile: " + Problems.detail(answer, status));
                return;
            }
            String patchName = name.endsWith(".dsp") ? name.substring(0, name.length() - 4) + ".json" : name + ".json";
            files.openFromDisk(patchName, DspPatch.of(text, channels[0], channels[1]));
        });
    }

    /** The inputs and outputs of a compile answer, or null when it did not compile. */
    private static int[] channels(String answer) {
        if (answer == null) {
            return null;
        }
        try {
            JsonValue parsed = JsonParser.parse(answer).value();
            if (parsed instanceof JsonObject o && o.get("inputs") instanceof JsonNumber in
                    && o.get("outputs") instanceof JsonNumber out && o.get("wasm") != null) {
                return new int[] {(int) in.doubleValue(), (int) out.doubleValue()};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
