package dev.faustwire.gen.translate;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Rect;
import dev.faustwire.gen.ops.GenConstants;
import dev.faustwire.gen.ops.Operator;
import dev.faustwire.gen.ops.OperatorTable;
import dev.faustwire.gen.read.GenBox;
import java.util.List;
import java.util.TreeSet;

/**
 * One Gen box to one imported box: comments stay comments, numbers and constants become constant
 * boxes, table operators go through {@link OperatorTable}, and the irregular ones (in, out, param,
 * history, delay, gate, selector, send, receive, gen, abstractions, codebox, expr) through
 * {@link IrregularBoxes}. Anything else is reported and stands as an empty sub-patcher.
 */
final class BoxTranslator {
    private final Importer importer;
    private final String path;
    private final IrregularBoxes irregular;
    /** Codeboxes' Gen ids to the patcher data boxes each owns ({@link OwnedData}). */
    java.util.Map<String, List<dev.faustwire.gen.expr.GenExpr.DataBox>> ownedData = java.util.Map.of();

    BoxTranslator(Importer importer, String path, java.util.Map<String, String> overrides, boolean defaultsFedByParent) {
        this(importer, path, overrides, defaultsFedByParent, Setparams.NONE);
    }

    BoxTranslator(Importer importer, String path, java.util.Map<String, String> overrides, boolean defaultsFedByParent,
                  Setparams setparams) {
        this.importer = importer;
        this.path = path;
        this.irregular = new IrregularBoxes(importer, path, overrides, this, defaultsFedByParent, setparams);
    }

    Translated translate(GenBox box, String id, Rect rect, TreeSet<Integer> connected) {
        String maxclass = box.maxclass();
        if (maxclass.equals("comment")) {
            return comment(id, rect, box.text() == null ? "" : box.text());
        }
        if (maxclass.equals("codebox")) {
            return irregular.code(box, id, rect, box.code() == null ? "" : box.code());
        }
        if (maxclass.equals("newobj") && box.text() != null && (box.text().equals("comment") || box.text().startsWith("comment "))) {
            return comment(id, rect, box.text().length() > 8 ? box.text().substring(8) : "");
        }
        if (!maxclass.equals("newobj")) {
            report(Code.GEN_NOT_A_GEN_BOX, id, "a Max \"" + maxclass + "\" box computes nothing in gen~; kept as a comment");
            return comment(id, rect, maxclass + (box.text() == null ? "" : " " + box.text()));
        }
        GenText text = GenText.parse(box.text());
        String name = text.name();
        if (name.isEmpty()) {
            report(Code.GEN_BOX_UNREADABLE, id, "a box without text is left out as an empty comment");
            return comment(id, rect, "");
        }
        String number = ArgExpressions.numberLiteral(name);
        if (number != null && text.args().isEmpty()) {
            return simple(id, number, rect, 0, 1);
        }
        Translated special = irregular.translate(box, text, id, rect, connected);
        if (special != null) {
            return special;
        }
        String constant = GenConstants.canonical(name);
        if (constant != null && text.args().isEmpty()) {
            return simple(id, "gen." + constant, rect, 0, 1);
        }
        Operator row = OperatorTable.find(name);
        if (row != null) {
            if (!row.note().isEmpty()) {
                report(Code.GEN_APPROXIMATION, id, "\"" + box.text() + "\" is " + row.note());
            }
            return regular(box, text, row, id, rect, connected);
        }
        String substitute = OperatorTable.unsupported(name);
        if (substitute != null && name.equals("buffer")) {
            report(Code.GEN_EXTERNAL_BUFFER, id, "\"" + box.text() + "\" names a Max buffer~, which is not imported; an empty"
                    + " sub-patcher stands for it and reads silence. Substitute: " + substitute);
            return placeholder(box, id, rect, name);
        }
        if (substitute != null) {
            report(Code.GEN_UNSUPPORTED_OPERATOR, id, "\"" + box.text() + "\" is not translated; an empty sub-patcher"
                    + " outputs silence in its place. Substitute: " + substitute);
            return placeholder(box, id, rect, name);
        }
        Translated abstraction = irregular.abstraction(box, text, name, id, rect);
        if (abstraction != null) {
            return abstraction;
        }
        report(Code.GEN_UNKNOWN_OPERATOR, id, "\"" + name + "\" is no Gen operator, and no " + name
                + ".gendsp is beside the file or in the workspace; an empty sub-patcher outputs silence in its place");
        return placeholder(box, id, rect, name);
    }

    /** A table operator: arguments fill the inlets the row says, unconnected inlets get Gen's defaults. */
    Translated regular(GenBox box, GenText text, Operator row, String id, Rect rect, TreeSet<Integer> connected) {
        int n = row.inlets();
        String[] values = new String[n];
        boolean[] filled = new boolean[n];
        String[] feeds = new String[n];
        String[] references = new String[n];
        List<String> args = ArgExpressions.group(text.args());
        int[] fills = row.filled(args.size());
        if (fills == null) {
            int count = Math.min(args.size(), n);
            fills = new int[count];
            for (int i = 0; i < count; i++) {
                fills[i] = n - count + i;
            }
            if (args.size() > n) {
                report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\": " + row.names().get(0) + " takes at most "
                        + n + " arguments; the others are ignored");
            }
        }
        for (int i = 0; i < fills.length; i++) {
            ArgValue arg = ArgExpressions.read(args.get(i));
            int inlet = fills[i];
            filled[inlet] = true;
            if (!arg.readable() && isName(args.get(i))) {
                values[inlet] = "_";
                references[inlet] = args.get(i);
            } else if (!arg.readable()) {
                report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\": " + arg.problem() + "; Gen's default "
                        + row.defaults().get(inlet) + " is used instead");
                values[inlet] = row.defaults().get(inlet);
            } else if (arg.literal() != null) {
                values[inlet] = arg.literal();
            } else {
                values[inlet] = "_";
                feeds[inlet] = arg.expression();
            }
        }
        int[] open = openInlets(filled);
        checkCounts(box, id, open.length, row.outlets());
        for (int k = 0; k < open.length; k++) {
            String fallback = row.defaults().get(open[k]);
            ArgValue value = ArgExpressions.read(fallback);
            if (connected.contains(k)) {
                values[open[k]] = "_";
            } else if (value.literal() != null || !value.readable()) {
                values[open[k]] = value.literal() != null ? value.literal() : fallback;
            } else {
                // A default written with samplerate (a delay tap reading at the delay's length): a constant box feeds it.
                values[open[k]] = "_";
                feeds[open[k]] = value.expression();
            }
        }
        StringBuilder out = new StringBuilder("gen.").append(row.function());
        for (String param : row.params()) {
            out.append(' ').append(param(box, text, id, param));
        }
        int last = n - 1;
        while (last >= 0 && values[last].equals("_")) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            out.append(' ').append(values[i]);
        }
        if (OperatorTable.DECLARED_ARITY.contains(row.function())) {
            out.append(" @ins ").append(row.params().size() + n).append(" @outs ").append(row.outlets());
        }
        reportUnusedAttributes(box, text, id, row.params());
        int[] faustInlet = new int[n];
        int port = 0;
        for (int i = 0; i < n; i++) {
            faustInlet[i] = values[i].equals("_") ? port++ : -1;
        }
        int[] inlets = new int[open.length];
        for (int k = 0; k < open.length; k++) {
            inlets[k] = faustInlet[open[k]];
        }
        Translated result = new Translated(new Box(id, out.toString(), rect), new PortMap(inlets, PortMap.range(row.outlets())));
        for (int i = 0; i < n; i++) {
            if (feeds[i] != null) {
                result.feeds.add(new Translated.Feed(feeds[i], null, faustInlet[i]));
            }
            if (references[i] != null) {
                result.feeds.add(new Translated.Feed(null, references[i], faustInlet[i]));
            }
        }
        return result;
    }

    /** The value of one compile-time parameter: {@code @name=default}, {@code has@name} or {@code =value}. */
    String param(GenBox box, GenText text, String id, String spec) {
        if (spec.startsWith("=")) {
            return spec.substring(1);
        }
        if (spec.startsWith("has@")) {
            return text.attribute(spec.substring(4)) != null ? "1" : "0";
        }
        int eq = spec.indexOf('=');
        String attribute = spec.substring(1, eq);
        String value = text.attribute(attribute);
        String fallback = spec.substring(eq + 1);
        return compileTime(box, id, attribute, value == null ? fallback : value, fallback);
    }

    /** A compile-time number: a word of the attribute, a number, a constant, or an expression evaluated. */
    String compileTime(GenBox box, String id, String attribute, String value, String fallback) {
        String word = AttributeWords.number(attribute, value);
        if (word != null) {
            return word;
        }
        ArgValue arg = ArgExpressions.read(value);
        if (arg.readable() && arg.literal() != null) {
            return arg.literal();
        }
        if (arg.readable() && !Double.isNaN(arg.value())) {
            String formatted = dev.faustwire.core.json.Numbers.format(arg.value());
            if (arg.hostDependent()) {
                report(Code.GEN_SIZE_EVALUATED, id, "\"" + box.text() + "\": @" + attribute + " " + value
                        + " is evaluated at " + (long) GenConstants.MAX_SAMPLE_RATE + " Hz: " + formatted);
            } else {
                report(Code.GEN_APPROXIMATION, id, "\"" + box.text() + "\": @" + attribute + " " + value
                        + " is rounded to " + formatted);
            }
            return formatted;
        }
        String fallbackWord = AttributeWords.number(attribute, fallback);
        String used = fallbackWord != null ? fallbackWord : fallback;
        report(Code.GEN_ATTRIBUTE_IGNORED, id, "\"" + box.text() + "\": @" + attribute + " " + value
                + " is not understood; Gen's default " + fallback + " is used");
        return used;
    }

    void reportUnusedAttributes(GenBox box, GenText text, String id, List<String> used) {
        for (String attribute : text.attributes().keySet()) {
            if (!used.contains("@" + attribute + "=" + firstDefault(used, attribute)) && !used.contains("has@" + attribute)
                    && !attribute.equals("comment")) {
                report(Code.GEN_ATTRIBUTE_IGNORED, id, "\"" + box.text() + "\": @" + attribute + " is not translated");
            }
        }
    }

    private static String firstDefault(List<String> used, String attribute) {
        for (String spec : used) {
            if (spec.startsWith("@" + attribute + "=")) {
                return spec.substring(attribute.length() + 2);
            }
        }
        return "";
    }

    /** A word that may name a param or history of the same patcher. */
    static boolean isName(String word) {
        if (word.isEmpty() || !(Character.isLetter(word.charAt(0)) || word.charAt(0) == '_')) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static int[] openInlets(boolean[] filled) {
        int count = 0;
        for (boolean f : filled) {
            count += f ? 0 : 1;
        }
        int[] open = new int[count];
        int k = 0;
        for (int i = 0; i < filled.length; i++) {
            if (!filled[i]) {
                open[k++] = i;
            }
        }
        return open;
    }

    /** Reports port counts that differ from the file's; Max shows one inlet on a box that has none. */
    void checkCounts(GenBox box, String id, int inlets, int outlets) {
        boolean inletsDiffer = box.numInlets() >= 0 && box.numInlets() != inlets && !(box.numInlets() == 1 && inlets == 0);
        if (inletsDiffer || (box.numOutlets() >= 0 && box.numOutlets() != outlets)) {
            String label = box.text() != null ? box.text() : box.maxclass();
            report(Code.GEN_PORT_MISMATCH, id, "\"" + label + "\": the file says " + box.numInlets() + " inlets and "
                    + box.numOutlets() + " outlets, the translation has " + inlets + " and " + outlets);
        }
    }

    /** An empty sub-patcher with the Gen box's ports, standing for what is not translated. */
    Translated placeholder(GenBox box, String id, Rect rect, String name) {
        int ins = Math.max(0, box.numInlets());
        int outs = Math.max(0, box.numOutlets());
        Box child = Placeholders.box(id, "p " + Placeholders.name(name), rect, ins, outs, box.text());
        return new Translated(child, PortMap.identity(ins, outs));
    }

    static Translated simple(String id, String text, Rect rect, int inlets, int outlets) {
        return new Translated(new Box(id, text, rect), PortMap.identity(inlets, outlets));
    }

    static Translated comment(String id, Rect rect, String note) {
        JsonObject data = JsonObject.EMPTY.with("value", new JsonString(note));
        return new Translated(new Box(id, "comment", rect, data, null, null, JsonObject.EMPTY), PortMap.identity(0, 0));
    }

    void report(Code code, String id, String message) {
        importer.report().box(code, path + id, message);
    }
}
