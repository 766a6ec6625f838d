package dev.faustwire.gen.expr;

import dev.faustwire.core.diag.Code;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.audio.BufferTable;
import dev.faustwire.gen.audio.BufferTables;
import dev.faustwire.gen.expr.Ast.Arg;
import java.util.ArrayList;
import java.util.List;

/**
 * GenExpr tables: {@code Data} declarations and the table operators called as functions or methods
 * ({@code poke peek sample nearest lookup wave dim channels}), on gen.lib's table store (see {@link TableSlot}).
 * A poke under a run-time condition writes frame -1 (nothing) where the condition does not hold.
 */
abstract class TableTranslator extends ExpressionTranslator {
    /** More pokes of one table per sample are dropped (each is three feedback signals of the recursion). */
    static final int MAX_POKES = 256;
    static final String[] INDEX_MODES = {"samples", "phase", "lookup"};
    static final String[] INTERP_MODES = {"none", "step", "linear", "cosine", "cubic", "fastcubic", "spline"};
    static final String[] BOUND_MODES = {"ignore", "wrap", "fold", "mirror", "clip"};

    TableTranslator(String boxId, GenFiles files) {
        super(boxId, files);
    }

    /** {@code Data name(dim, channels)}: a table of zeros; {@code Buffer b("name")}: its audio file's, which pokes write into. */
    void declareTable(String type, Ast.DeclItem item) {
        String key = path + ":" + item.name();
        if (type.equals("Buffer")) {
            declareBuffer(key, item);
            return;
        }
        for (TableSlot t : tableSlots) {
            if (t.key.equals(key)) {
                scope.tables.put(item.name(), t); // the same declaration again (a loop): one table
                return;
            }
        }
        double[] size = {512, 1};
        int positional = 0;
        for (Arg a : item.args()) {
            int which = a.name() == null ? positional++ : a.name().equals("dim") ? 0 : a.name().equals("channels") ? 1 : -1;
            Val v = eval(a.value());
            if (which < 0 || which > 1) {
                report(Code.GENEXPR_TABLE_ATTRIBUTE, item.line(), "Data " + item.name() + ": the argument "
                        + (a.name() == null ? "" : a.name() + " ") + "is not translated; it is ignored");
            } else if (!v.known() || !(v.number() >= 1) || v.number() > (1 << 24)) {
                report(Code.GENEXPR_DATA_SIZE, item.line(), "the " + (which == 0 ? "size" : "channel count") + " of Data "
                        + item.name() + " must be a number from 1 to 16777216 known when the code is generated;"
                        + " reads give 0 and writes are dropped");
                scope.tables.put(item.name(), null);
                return;
            } else {
                size[which] = Math.floor(v.number());
            }
        }
        if (size[0] * size[1] > (1 << 24)) {
            report(Code.GENEXPR_DATA_SIZE, item.line(), "Data " + item.name() + " holds more than 16777216 values;"
                    + " reads give 0 and writes are dropped");
            scope.tables.put(item.name(), null);
            return;
        }
        scope.tables.put(item.name(), newTable(key, (int) size[0], (int) size[1]));
    }

    /** The import's buffer tables (one per translation when the files are not already them). */
    private BufferTables buffers;

    /** A Buffer: the table of the file its name (or the declaration's) gives, as {@link BufferTables} finds it. */
    private void declareBuffer(String key, Ast.DeclItem item) {
        for (TableSlot t : tableSlots) {
            if (t.key.equals(key)) {
                scope.tables.put(item.name(), t);
                return;
            }
        }
        String name = item.name();
        String file = null;
        List<Arg> args = item.args();
        if (!args.isEmpty() && args.get(0).value() instanceof Ast.Str s) {
            name = s.value();
        }
        if (args.size() > 1 && args.get(1).value() instanceof Ast.Str s) {
            file = s.value();
        }
        if (buffers == null) {
            buffers = BufferTables.of(files);
        }
        BufferTable table = buffers.table("Buffer " + item.name() + "(\"" + name + "\")", name, file);
        if (table.code() != null) {
            report(table.code(), item.line(), table.message());
        }
        TableSlot t = new TableSlot(key, tableSlots.size(), table.dim(), table.channels(), table.content());
        tableSlots.add(t);
        scope.tables.put(item.name(), t);
    }

    /** A patcher data box the code owns: a table of the code, named at its top. */
    void own(GenExpr.DataBox data) {
        top.tables.put(data.name(), newTable(":" + data.name(), data.dim(), data.channels()));
    }

    TableSlot newTable(String key, int dim, int channels) {
        TableSlot t = new TableSlot(key, tableSlots.size(), dim, channels, "\\(j).(0.0)");
        tableSlots.add(t);
        return t;
    }

    /** The table a name stands for here; null with {@code known[0]} false when the name is no table. */
    TableSlot table(String name, boolean[] known) {
        known[0] = true;
        if (scope.tables.containsKey(name)) {
            return scope.tables.get(name);
        }
        if (top.tables.containsKey(name)) {
            return top.tables.get(name);
        }
        known[0] = false;
        return null;
    }

    @Override
    Val tableOperator(Ast.Call c) {
        String op = c.name();
        String target = c.args().isEmpty() || c.args().get(0).name() != null
                || !(c.args().get(0).value() instanceof Ast.Name n) ? null : n.name();
        boolean[] known = new boolean[1];
        TableSlot t = target == null ? null : table(target, known);
        if (t == null) {
            if (!known[0]) {
                report(Code.GENEXPR_TABLE_UNKNOWN, c.line(), op + "(): " + (target == null ? "its first argument"
                        : target) + " is not a Data of this code nor a data box of the patcher that only this code uses;"
                        + " it gives 0" + (op.equals("poke") ? " and writes nothing" : ""));
            } else if (op.equals("dim") || op.equals("channels")) {
                report(Code.GENEXPR_DATA, c.line(), op + "(" + target + ") is not known: " + target + " is not translated; it gives 0");
            }
            return Val.ZERO;
        }
        List<Arg> rest = c.args().subList(1, c.args().size());
        return tableCall(op, t, target, rest, c.line());
    }

    /** {@code name.peek(i)}, {@code name.poke(v, i)}...: the same as the function with the table first. */
    Val tableMethod(Ast.Call c, TableSlot t) {
        if (t == null) {
            report(Code.GENEXPR_DATA, c.line(), c.target() + "." + c.name() + "(): " + c.target() + " is not translated; it gives 0");
            return Val.ZERO;
        }
        if (!Operators.isTableOperator(c.name())) {
            report(Code.GENEXPR_UNSUPPORTED, c.line(), "the table method " + c.name() + "() is not translated; it gives 0");
            return Val.ZERO;
        }
        return tableCall(c.name(), t, c.target(), c.args(), c.line());
    }

    private Val tableCall(String op, TableSlot t, String name, List<Arg> args, int line) {
        List<Val> values = new ArrayList<>();
        int[] modes = defaultModes(op);
        for (Arg a : args) {
            if (a.name() == null) {
                values.add(eval(a.value()));
            } else if (!attribute(op, a, modes, line)) {
                report(Code.GENEXPR_TABLE_ATTRIBUTE, line, op + "(): the argument " + a.name() + " is not translated; it is ignored");
            }
        }
        switch (op) {
            case "dim":
                return Val.constant(t.dim);
            case "channels":
                return Val.constant(t.channels);
            case "poke":
                poke(t, name, values, modes, line);
                return Val.ZERO;
            case "splat":
                report(Code.GENEXPR_SPLAT, line, "splat(" + name + ", ...) is not translated; it writes nothing");
                return Val.ZERO;
            case "wave":
                return read(t, name, values, 4, modes, line);
            case "peek":
            case "sample":
            case "nearest":
            case "lookup":
                return read(t, name, values, 2, modes, line);
            default:
                report(Code.GENEXPR_UNSUPPORTED, line, op + "() on a table is not translated; it gives 0");
                return Val.ZERO;
        }
    }

    /** Gen's defaults: {index, interp, boundmode} by the numbers of gen.data_read. */
    static int[] defaultModes(String op) {
        switch (op) {
            case "sample":
                return new int[] {1, 2, 0};
            case "nearest":
                return new int[] {1, 0, 0};
            case "lookup":
                return new int[] {2, 2, 4};
            case "wave":
                return new int[] {0, 2, 1};
            default:
                return new int[] {0, 0, 0};
        }
    }

    /** An attribute such as {@code boundmode="wrap"}: true when understood and set in {@code modes}. */
    private boolean attribute(String op, Arg a, int[] modes, int line) {
        int which = a.name().equals("index") ? 0 : a.name().equals("interp") ? 1 : a.name().equals("boundmode") ? 2 : -1;
        if (which < 0 || !(a.value() instanceof Ast.Str s)) {
            return false;
        }
        if (which == 0 && op.equals("wave") || which == 1 && op.equals("poke")) {
            return false;
        }
        String word = lower(s.value());
        String[] names = which == 0 ? INDEX_MODES : which == 1 ? INTERP_MODES : BOUND_MODES;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(word)) {
                modes[which] = i;
                return true;
            }
        }
        if (which == 0 && word.equals("signal") || which == 2 && word.equals("clamp")) {
            modes[which] = which == 0 ? 2 : 4;
            return true;
        }
        report(Code.GENEXPR_TABLE_ATTRIBUTE, line, op + "(): " + a.name() + "=\"" + s.value() + "\" is not translated;"
                + " Gen's default is used");
        return true;
    }

    /** poke(name, value, index, channel, overdub): written only where the code runs, frames outside dropped. */
    private void poke(TableSlot t, String name, List<Val> values, int[] modes, int line) {
        if (values.size() < 2) {
            report(Code.GENEXPR_ARGUMENTS, line, "poke(" + name + ", value, index) needs a value and an index; it writes nothing");
            return;
        }
        if (values.size() > 4 || values.size() == 4 && !(values.get(3).known() && values.get(3).number() == 0)) {
            report(Code.GENEXPR_TABLE_ATTRIBUTE, line, "poke(" + name + "): an overdub other than 0 is not translated;"
                    + " the value replaces the old one");
        }
        if (t.pokes.size() >= MAX_POKES) {
            report(Code.GENEXPR_POKES_LIMIT, line, "more than " + MAX_POKES + " pokes of " + name
                    + " in one sample; the others write nothing");
            return;
        }
        if (guard.known() && guard.number() == 0) {
            return;
        }
        Val value = bind(name + "_value", values.get(0));
        // the position comes in as a signal: given as an argument, Faust's evaluator expands it once per use inside
        Val frame = Val.faust("(" + values.get(1).text() + " : gen.poke_frame(" + t.dim + ", " + modes[0] + ", " + modes[2] + "))");
        if (!guard.known()) {
            frame = Val.faust("select2(" + guard.text() + ", -1, " + frame.text() + ")");
        }
        Val channel = values.size() > 2 ? bind(name + "_channel", values.get(2)) : Val.ZERO;
        t.poke(value, bind(name + "_frame", frame), channel);
    }

    /** gen.data_read's formula for one index, interp and boundmode, on the prelude's points. */
    static String interpolated(int dim, int[] modes, String rd, String position) {
        String x = "genexpr_x(" + dim + ", " + modes[0] + ", " + position + ")";
        String[] p = new String[4];
        for (int k = -1; k <= 2; k++) {
            p[k + 1] = "genexpr_at(" + dim + ", " + modes[2] + ", " + rd + ", gx_x, " + k + ")";
        }
        String formula;
        switch (modes[1]) {
            case 0:
            case 1:
                formula = p[1];
                break;
            case 2:
                formula = "gx_p0 + genexpr_frac(gx_x) * (gx_p1 - gx_p0)";
                break;
            case 3:
                formula = "gen.genlib_cosine_interp(genexpr_frac(gx_x), gx_p0, gx_p1)";
                break;
            default:
                String name = modes[1] == 4 ? "cubic" : modes[1] == 5 ? "fastcubic" : "spline";
                formula = "gen.genlib_" + name + "_interp(genexpr_frac(gx_x), " + p[0] + ", gx_p0, gx_p1, " + p[3] + ")";
        }
        if (formula.equals(p[1])) {
            return "(" + x + " : \\(gx_x).(" + p[1] + "))";
        }
        return "(" + x + " : \\(gx_x).((" + p[1] + ", " + p[2] + ") : \\(gx_p0, gx_p1).(" + formula + ")))";
    }

    /** A reader: its position (and wave's start and end), then the channel. */
    private Val read(TableSlot t, String name, List<Val> values, int positions, int[] modes, int line) {
        int wanted = positions == 4 ? 3 : 1;
        if (values.size() < wanted) {
            report(Code.GENEXPR_ARGUMENTS, line, "this read of " + name + " needs " + wanted + " position argument(s);"
                    + " the missing ones are 0");
        }
        if (values.size() > wanted + 1) {
            report(Code.GENEXPR_ARGUMENTS, line, "this read of " + name + " takes " + (wanted + 1) + " argument(s) after the table");
        }
        Val[] at = new Val[wanted];
        for (int i = 0; i < wanted; i++) {
            at[i] = i < values.size() ? values.get(i) : Val.ZERO;
        }
        Val channel = values.size() > wanted ? values.get(wanted) : Val.ZERO;
        Val readChannel;
        if (channel.known()) {
            double c = Math.floor(channel.number());
            readChannel = Val.constant(Double.isNaN(c) ? 0 : Math.max(0, Math.min(t.channels - 1, c)));
        } else {
            readChannel = bind(name + "_ch", Val.faust("max(0, min(" + (t.channels - 1) + ", floor(" + channel.text() + ")))"));
        }
        TableSlot.Reading reading = t.reader(readChannel);
        List<String> wires = new ArrayList<>(reading.wires());
        List<String> names = new ArrayList<>(reading.names());
        String[] pos = new String[wanted];
        for (int i = 0; i < wanted; i++) {
            pos[i] = at[i].text();
            if (!wires.isEmpty() || !at[i].simple()) {
                wires.add(pos[i]);
                names.add("gx_x" + i);
                pos[i] = "gx_x" + i;
            }
        }
        String reader;
        if (positions == 4) {
            // wave: interp and boundmode as given (linear and wrap by default), by sample positions
            int[] byFrame = {0, modes[1], modes[2]};
            reader = interpolated(t.dim, byFrame, reading.rd(), "genexpr_wave(" + t.dim + ", " + pos[0] + ", " + pos[1] + ", "
                    + pos[2] + ")");
        } else {
            reader = interpolated(t.dim, modes, reading.rd(), pos[0]);
        }
        if (!wires.isEmpty()) {
            reader = "((" + join(wires) + ") : \\(" + join(names) + ").(" + reader + "))";
        }
        return bind(name + "_read", Val.faust(reader));
    }
}
