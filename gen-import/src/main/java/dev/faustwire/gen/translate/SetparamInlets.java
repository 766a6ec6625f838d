package dev.faustwire.gen.translate;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Rect;
import dev.faustwire.gen.read.GenBox;
import java.util.List;

/**
 * The two ends of a setparam: inside the sub-patcher, the param it sets becomes an inlet (clamped to
 * the param's bounds, as Gen's param clamps what it is set to); in the parent, each cord of the
 * setparam goes to that inlet. Also what a named history's name means outside the patcher.
 */
final class SetparamInlets {
    private SetparamInlets() {
    }

    /** {@code param NAME ...} that a parent's setparam feeds: {@code in N}, then a clamp when the param has bounds. */
    static Translated param(BoxTranslator boxes, GenBox box, GenText text, String id, Rect rect, int inlet) {
        String min = text.attribute("min") == null ? null : boxes.compileTime(box, id, "min", text.attribute("min"), "0");
        String max = text.attribute("max") == null ? null : boxes.compileTime(box, id, "max", text.attribute("max"), "1");
        Translated result = BoxTranslator.simple(id, "in " + inlet, rect, 0, 1);
        if (min != null || max != null) {
            result.after = min != null && max != null ? "gen.clip _ " + min + " " + max
                    : min != null ? "gen.maximum _ " + min : "gen.minimum _ " + max;
            boxes.report(Code.GEN_SETPARAM_CLAMPED, id, "\"" + box.text() + "\" is set by the parent's setparam through inlet "
                    + inlet + "; the signal is clamped to the param's bounds as Gen clamps a param set from outside"
                    + " (not compared with Max for setparam)");
        }
        return result.withComment(text.args().get(0));
    }

    /** Reports what a named history's name does outside gen~ that the import cannot carry (oopsy's MIDI outputs). */
    static void checkNamedHistory(BoxTranslator boxes, GenBox box, String id, String name) {
        if (name.startsWith("midi_") && name.endsWith("_out") && name.length() > 9) {
            boxes.report(Code.GEN_HISTORY_MIDI_OUT, id, "\"" + box.text() + "\": oopsy (Daisy) sends the value of a history named "
                    + name + " as MIDI; the imported patch has no MIDI output, so here it is a plain history");
        }
    }

    /**
     * The imported inlet a cord from {@code setparam NAME} goes to, or -1 (reported) when its
     * destination has no param NAME the import could feed.
     */
    static int inlet(Importer importer, String path, Translated setparam, Translated dest, GenBox destBox, String name) {
        Integer inlet = dest.paramInlets.get(name);
        if (inlet != null) {
            return inlet;
        }
        String target = destBox == null || destBox.text() == null ? dest.box.text() : destBox.text();
        if (destBox != null && destBox.patcher() != null && !Setparams.histories(destBox.patcher(), List.of(name)).isEmpty()) {
            importer.report().box(Code.GEN_NAMED_HISTORY, path + setparam.box.id(), "setparam " + name + " sets the state of the history "
                    + name + " inside \"" + target + "\" from a signal; that is not translated and the cord is left out."
                    + " Substitute: make it a param of the sub-patcher and add it to the history's input");
            return -1;
        }
        boolean subpatcher = dest.box.subpatch() != null;
        importer.report().box(Code.GEN_SETPARAM, path + setparam.box.id(), "setparam " + name + " is connected to \"" + target + "\", "
                + (subpatcher ? "which has no param " + name : "which is no gen sub-patcher or abstraction")
                + "; the cord is left out. Substitute: connect it to a sub-patcher that has param " + name);
        return -1;
    }
}
