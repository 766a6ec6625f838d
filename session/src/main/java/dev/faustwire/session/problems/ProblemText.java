package dev.faustwire.session.problems;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Levels;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the problems list: one line per diagnostic ({@code error E010 · box-9/box-2 `foo` ·
 * message}), the problems of each box as the hover text of the box at fault, and the count the
 * page's title shows ({@code 2 errors, 1 warning}).
 */
public final class ProblemText {
    /** Box text longer than this is cut, so a code box does not fill the list. */
    static final int TEXT_LIMIT = 32;
    private static final String SEPARATOR = " · ";

    private ProblemText() {
    }

    /** The line of the list for one diagnostic; {@code top} is the whole patch (the box's text is looked up by its path). */
    public static String item(Diagnostic d, Patch top) {
        StringBuilder out = new StringBuilder();
        out.append(d.severity().label()).append(' ').append(d.code().id()).append(SEPARATOR);
        if (d.target() != null) {
            out.append(d.target());
            Box box = Levels.boxAt(top, d.boxId());
            if (box != null) {
                out.append(" `").append(shortText(box.text())).append('`');
            }
            out.append(SEPARATOR);
        }
        return out.append(d.message()).toString();
    }


    /**
     * Per box path, its problems as hover text: one {@code error E010: message} line each, in list
     * order. A sub-patcher box also gets those of the boxes inside it, each led by the inner path
     * ({@code inside box-2: error E010: ...}), so the problem is found from the level above.
     */
    public static Map<String, String> byBox(List<Diagnostic> diagnostics) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            if (d.boxId() == null) {
                continue;
            }
            String line = d.severity().label() + " " + d.code().id() + ": " + d.message();
            add(out, d.boxId(), line);
            for (int slash = d.boxId().lastIndexOf('/'); slash > 0; slash = d.boxId().lastIndexOf('/', slash - 1)) {
                add(out, d.boxId().substring(0, slash), "inside " + d.boxId().substring(slash + 1) + ": " + line);
            }
        }
        return out;
    }

    private static void add(Map<String, String> out, String path, String line) {
        String before = out.get(path);
        if (before == null) {
            out.put(path, line);
        } else if (!("\n" + before + "\n").contains("\n" + line + "\n")) {
            out.put(path, before + "\n" + line);
        }
    }

    /** {@code 1 error}, {@code 2 errors, 1 warning}, {@code 3 warnings}, or empty when there is none. */
    public static String count(List<Diagnostic> diagnostics) {
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                errors++;
            } else {
                warnings++;
            }
        }
        String e = errors == 0 ? "" : plural(errors, "error");
        String w = warnings == 0 ? "" : plural(warnings, "warning");
        return e.isEmpty() ? w : w.isEmpty() ? e : e + ", " + w;
    }

    /** The page's title: {@code name • — 1 error — Faustwire} ({@code •} when unsaved, the count when there are problems). */
    public static String title(String name, boolean unsaved, List<Diagnostic> diagnostics) {
        String count = count(diagnostics);
        return name + (unsaved ? " •" : "") + (count.isEmpty() ? "" : " — " + count) + " — Faustwire";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The first line of a box's text, cut to {@link #TEXT_LIMIT} characters with an ellipsis. */
    static String shortText(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline) + " …";
        return line.length() <= TEXT_LIMIT ? line : line.substring(0, TEXT_LIMIT - 1) + "…";
    }
}
