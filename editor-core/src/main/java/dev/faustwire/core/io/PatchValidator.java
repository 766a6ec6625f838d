package dev.faustwire.core.io;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.List;

/** Checks what any patch must satisfy whatever its boxes mean: texts present, lines between boxes. */
public final class PatchValidator {
    private PatchValidator() {
    }

    public static List<Diagnostic> validate(Patch patch) {
        List<Diagnostic> out = new ArrayList<>();
        validate(patch, "", "", out);
        return out;
    }

    /** Ids inside a sub-patcher are paths from the top patch, {@code box-9/box-2}, as codegen names them. */
    private static void validate(Patch patch, String context, String prefix, List<Diagnostic> out) {
        for (Box box : patch.boxes().values()) {
            if (box.text().trim().isEmpty()) {
                out.add(Diagnostic.atBox(Code.BOX_WITHOUT_TEXT, prefix + box.id(), context + "box " + box.id() + " has no text"));
            }
            if (box.subpatch() != null) {
                validate(box.subpatch(), context + "in " + box.id() + ": ", prefix + box.id() + "/", out);
            }
        }
        for (Line line : patch.lines().values()) {
            checkEnd(patch, line, line.src(), "starts at", out, context, prefix);
            checkEnd(patch, line, line.dest(), "ends at", out, context, prefix);
        }
    }

    private static void checkEnd(Patch patch, Line line, Port end, String verb, List<Diagnostic> out, String context,
                                 String prefix) {
        if (patch.box(end.boxId()) == null) {
            out.add(Diagnostic.atLine(Code.LINE_TO_MISSING_BOX, prefix + line.id(),
                    context + "line " + line.id() + " " + verb + " box " + end.boxId() + ", which does not exist"));
        } else if (end.index() < 0) {
            out.add(new Diagnostic(Code.PORT_OUT_OF_RANGE.severity(), Code.PORT_OUT_OF_RANGE, prefix + end.boxId(),
                    prefix + line.id(), end.index(), context + "line " + line.id() + " " + verb + " port " + end.index()
                    + " of " + end.boxId()));
        }
    }
}
