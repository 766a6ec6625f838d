package dev.faustwire.web;

import dev.faustwire.core.imports.ImportAnswer;
import dev.faustwire.core.imports.ImportRequest;
import dev.faustwire.core.diag.Code;
import dev.faustwire.session.live.DspPatch;
import dev.faustwire.session.live.RackDrop;
import dev.faustwire.session.live.SlotCompile;
import dev.faustwire.session.live.SlotSource;

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
        String body = SlotCompile.requestBody(new SlotSource(SlotSource.DSP, null, text));
        Http.send("POST", "/api/compile", body, null, null, (status, etag, answer) -> {
            int[] channels = status == 200 && answer.contains("\"wasm\"") ? SlotCompile.channels(answer) : null;
            if (channels == null) {
                problem.show(Code.SLOT_COMPILE_FAILED.id() + ": " + name + " did not compile: " + Problems.detail(answer, status));
                return;
            }
            String patchName = name.endsWith(".dsp") ? name.substring(0, name.length() - 4) + ".json" : name + ".json";
            files.openFromDisk(patchName, DspPatch.of(text, channels[0], channels[1]));
        });
    }
}
