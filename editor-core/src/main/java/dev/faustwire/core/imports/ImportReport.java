package dev.faustwire.core.imports;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.diag.Severity;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The compatibility report of an import as the page shows it: a headline with the counts, and one
 * item per problem (errors first: what is left out) with its code, its box, and the box of the opened
 * patch a click selects.
 */
public record ImportReport(String headline, int boxes, int errors, int warnings, List<Item> items) {

    /** One problem: its code, severity, where it is, the top-level box to select (null: none), and its text. */
    public record Item(String code, String severity, String target, String selectBoxId, String text) {
    }

    public ImportReport {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** The report of an answer. */
    public static ImportReport of(ImportAnswer answer) {
        Patch patch = answer.patch();
        int boxes = patch == null ? 0 : patch.boxes().size();
        int errors = answer.count(Severity.ERROR);
        int warnings = answer.count(Severity.WARNING);
        List<Item> items = new ArrayList<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) { // what is left out first
            for (Diagnostic d : answer.report()) {
                if (d.severity() == severity) {
                    String where = d.target() == null ? "" : d.target() + ": ";
                    items.add(new Item(d.code().id(), d.severity().label(), d.target(), selectable(patch, d.boxId()),
                            d.code().id() + " " + where + d.message()));
                }
            }
        }
        return new ImportReport(headline(answer.source(), patch != null, boxes, errors, warnings), boxes, errors,
                warnings, items);
    }

    /**
     * The box of the top patch that holds the box at fault: itself, or for {@code box-9/box-2} (a box
     * inside a sub-patcher) the sub-patcher box-9; null when the patch has no such box.
     */
    static String selectable(Patch patch, String boxId) {
        if (patch == null || boxId == null) {
            return null;
        }
        int slash = boxId.indexOf('/');
        String top = slash < 0 ? boxId : boxId.substring(0, slash);
        return patch.box(top) != null ? top : null;
    }

    static String headline(String source, boolean imported, int boxes, int errors, int warnings) {
        StringBuilder text = new StringBuilder(source).append(": ");
        if (!imported) {
            text.append("nothing could be imported");
        } else {
            text.append(plural(boxes, "box", "boxes")).append(" imported");
            if (errors == 0 && warnings == 0) {
                text.append(", every one exactly as Gen computes it");
            }
        }
        if (errors > 0 || warnings > 0) {
            text.append("; ");
            if (errors > 0) {
                text.append(plural(errors, "error", "errors")).append(warnings > 0 ? ", " : "");
            }
            if (warnings > 0) {
                text.append(plural(warnings, "warning", "warnings"));
            }
            if (imported && errors > 0) {
                text.append(": what the errors name is left out, so the patch is incomplete");
            } else if (imported) {
                text.append(": the warnings name approximations");
            }
        }
        return text.toString();
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
