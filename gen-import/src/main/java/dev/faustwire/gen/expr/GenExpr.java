package dev.faustwire.gen.expr;

import dev.faustwire.gen.GenFiles;
import java.util.List;

/** GenExpr (the text of a {@code codebox}, an {@code expr} or a {@code .genexpr}) translated to Faust text. */
public final class GenExpr {
    private GenExpr() {
    }

    /**
     * Translates the code of box {@code boxId}: a Faust program that stands alone in a {@code code}
     * box, defining {@code process} with the highest {@code inN} as inputs and {@code outN} as outputs,
     * and every construct not translated exactly as a diagnostic on the box ({@code line N: ...}).
     * {@code require("lib")} reads {@code lib.genexpr} through {@code files}.
     */
    public static CodeTranslation translate(String code, String boxId, GenFiles files) {
        return translate(code, boxId, files, List.of());
    }

    /** A patcher {@code data NAME dim channels} the code owns: the only box that names it is this codebox. */
    public record DataBox(String name, int dim, int channels) {
    }

    /** As {@link #translate(String, String, GenFiles)}, the code also holding the patcher's data boxes it owns. */
    public static CodeTranslation translate(String code, String boxId, GenFiles files, List<DataBox> owned) {
        Translator translator = new Translator(boxId, files == null ? GenFiles.NONE : files);
        for (DataBox data : owned) {
            translator.own(data);
        }
        return translator.translate(code == null ? "" : code);
    }

    /** The Gen operators GenExpr code can call as functions (each a gen.lib function), in name order. */
    public static List<String> operators() {
        return Operators.names();
    }
}
