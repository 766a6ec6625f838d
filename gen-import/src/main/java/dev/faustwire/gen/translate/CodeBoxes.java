package dev.faustwire.gen.translate;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Rect;
import dev.faustwire.gen.expr.CodeTranslation;
import dev.faustwire.gen.expr.GenExpr;
import dev.faustwire.gen.read.GenBox;
import java.util.List;


/**
 * A codebox or expr box: {@code code @ins N @outs M} whose data holds the Faust text the GenExpr
 * translator ({@link GenExpr}) gives, with its problems in the report. When nothing can be made, the
 * box keeps the GenExpr as Faust comments and outputs silence, and the report says so.
 */
final class CodeBoxes {
    private CodeBoxes() {
    }

    static Translated translate(Importer importer, BoxTranslator boxes, GenBox box, String id, Rect rect, String code,
                                String path) {
        int ins = Math.max(0, box.numInlets());
        int outs = Math.max(0, box.numOutlets());
        String kind = box.maxclass().equals("codebox") ? "codebox" : "expr";
        CodeTranslation translation;
        try {
            translation = GenExpr.translate(code, path + id, importer.files(), boxes.ownedData.getOrDefault(box.id(), List.of()));
        } catch (RuntimeException e) {
            boxes.report(Code.GEN_CODE_NOT_TRANSLATED, id, "the GenExpr of this " + kind + " could not be translated ("
                    + e.getClass().getSimpleName() + "); its outlets output silence. Substitute: write its Faust in the code box");
            return silent(id, rect, ins, outs, code);
        }
        for (Diagnostic problem : translation.problems()) {
            importer.report().add(problem);
        }
        if (translation.faust() == null) {
            boxes.report(Code.GEN_CODE_NOT_TRANSLATED, id, "the GenExpr of this " + kind
                    + " is not translated; its outlets output silence. Substitute: write its Faust in the code box");
            return silent(id, rect, ins, outs, code);
        }
        if (box.numOutlets() >= 0 && box.numOutlets() != translation.outputs()) {
            boxes.checkCounts(box, id, translation.inputs(), translation.outputs());
        }
        JsonObject data = JsonObject.EMPTY.with("value", new JsonString(translation.faust()));
        Box result = new Box(id, "code @ins " + translation.inputs() + " @outs " + translation.outputs(), rect, data,
                null, null, JsonObject.EMPTY);
        // Inlets the file has beyond the code's highest inN are read by nothing, in Gen as here: their cords go.
        int[] inlets = new int[Math.max(ins, translation.inputs())];
        for (int i = 0; i < inlets.length; i++) {
            inlets[i] = i < translation.inputs() ? i : PortMap.UNUSED;
        }
        return new Translated(result, new PortMap(inlets, PortMap.range(translation.outputs())));
    }

    /** A code box with the GenExpr as comments that swallows its inputs and outputs zeros. */
    static Translated silent(String id, Rect rect, int ins, int outs, String code) {
        StringBuilder text = new StringBuilder("// GenExpr, not translated:\n");
        int start = 0;
        while (start <= code.length()) {
            int end = code.indexOf('\n', start);
            end = end < 0 ? code.length() : end;
            String line = code.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            text.append("// ").append(line).append('\n');
            start = end + 1;
        }
        StringBuilder process = new StringBuilder();
        for (int i = 0; i < ins + outs; i++) {
            if (process.length() > 0) {
                process.append(", ");
            }
            process.append(i < ins ? "!" : "0");
        }
        if (process.length() == 0) {
            process.append("0");
            outs = 1;
        }
        text.append("process = ").append(process).append(";\n");
        JsonObject data = JsonObject.EMPTY.with("value", new JsonString(text.toString()));
        return new Translated(new Box(id, "code @ins " + ins + " @outs " + outs, rect, data, null, null, JsonObject.EMPTY),
                PortMap.identity(ins, outs));
    }
}
