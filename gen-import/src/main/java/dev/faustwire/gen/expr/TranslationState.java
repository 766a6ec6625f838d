package dev.faustwire.gen.expr;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.gen.GenFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What translating one piece of GenExpr keeps: the Faust definitions written so far, the problems,
 * the state of the recursion (History and Delay slots, the cells they and the outputs hold), and
 * the Faust program assembled from them at the end.
 */
abstract class TranslationState {
    static final int MAX_ITERATIONS = 4096;

    enum Jump { NONE, BREAK, CONTINUE, RETURN }

    /** The names visible in a codebox or in one inlined call. */
    static final class Scope {
        final LinkedHashMap<String, Val> vars = new LinkedHashMap<>();
        final LinkedHashMap<String, String> histories = new LinkedHashMap<>();
        final LinkedHashMap<String, DelaySlot> delays = new LinkedHashMap<>();
        final LinkedHashMap<String, Val> params = new LinkedHashMap<>();
        /** Data and Buffer names; one whose table is not translated maps to null. */
        final LinkedHashMap<String, TableSlot> tables = new LinkedHashMap<>();
    }

    /** A History: its feedback input, and the value it reads at the start of a sample. */
    record HistorySlot(String key, String feedback, Val start) {
    }

    /** A Delay: its feedback input (what was written, one sample later) and its longest delay. */
    record DelaySlot(String key, String feedback, Val longest) {
    }

    /** The Data of the code and the data boxes it owns, in declaration order. */
    final List<TableSlot> tableSlots = new ArrayList<>();
    /** 1 where the statements being run take effect, else a Faust 0/1 test: the run-time ifs around them. */
    Val guard = Val.constant(1);

    final String boxId;
    final GenFiles files;
    final List<Diagnostic> problems = new ArrayList<>();
    final TreeMap<String, Boolean> reported = new TreeMap<>();
    final LinkedHashMap<String, Ast.Function> functions = new LinkedHashMap<>();
    final TreeMap<String, Boolean> loaded = new TreeMap<>();
    final StringBuilder defs = new StringBuilder();
    final List<HistorySlot> histories = new ArrayList<>();
    final List<DelaySlot> delays = new ArrayList<>();
    final TreeMap<String, Val> cellDefaults = new TreeMap<>();
    final TreeMap<String, Boolean> statefulCalls = new TreeMap<>();
    final List<String> active = new ArrayList<>();
    LinkedHashMap<String, Val> cells = new LinkedHashMap<>();
    final Scope top = new Scope();
    Scope scope = top;
    String path = "";
    int fresh;
    int callIds;
    int inputs;
    int outputs;
    int runtimeBranches;
    int loopBase = -1;
    int functionBase = -1;
    int iterations;
    Jump pending = Jump.NONE;
    /** How many values the function being inlined returns (its #r0, #r1... variables). */
    int returnCount;

    /** Variables that say a jump happened in a branch known only while running: later statements run masked. */
    static final String RETURNED = "#ret";
    static final String BROKEN = "#brk";
    static final String CONTINUED = "#cnt";

    TranslationState(String boxId, GenFiles files) {
        this.boxId = boxId;
        this.files = files;
    }

    // ---------------------------------------------------------------- the Faust program

    String program() {
        List<String> params = new ArrayList<>();
        List<String> results = new ArrayList<>();
        for (HistorySlot h : histories) {
            params.add(h.feedback());
            results.add(cell(h.key()).text());
        }
        for (DelaySlot d : delays) {
            params.add(d.feedback());
            Val written = cells.get(writeKey(d));
            results.add(written == null ? Val.ZERO.text() : written.text());
        }
        for (TableSlot t : tableSlots) {
            for (TableSlot.Poke p : t.pokes) {
                params.add(p.feedback() + "v");
                params.add(p.feedback() + "f");
                params.add(p.feedback() + "c");
                results.add(p.value().text());
                // the frame goes round the recursion as frame + 1: its first sample's 0 is frame -1, dropped
                results.add("(" + p.frame().text() + " + 1)");
                results.add(p.channel().text());
            }
            t.defineStores(defs);
        }
        int feedback = params.size();
        for (int i = 1; i <= inputs; i++) {
            params.add("in" + i);
        }
        for (int i = 1; i <= outputs; i++) {
            results.add(cell("out" + i).text());
        }
        StringBuilder out = new StringBuilder();
        out.append("import(\"stdfaust.lib\");\ngen = library(\"gen.lib\");\n\n");
        if (!tableSlots.isEmpty()) {
            out.append(TableSlot.PRELUDE);
        }
        if (results.isEmpty()) {
            out.append(inputs == 0 ? "process = 0 : !;\n" : "process = si.block(" + inputs + ");\n");
            return out.toString();
        }
        out.append("genexpr_body");
        if (!params.isEmpty()) {
            out.append('(').append(join(params)).append(')');
        }
        out.append(" = (").append(join(results)).append(')');
        if (defs.length() > 0) {
            out.append("\nwith {\n").append(defs).append("}");
        }
        out.append(";\n\n");
        if (feedback == 0) {
            out.append("process = genexpr_body;\n");
        } else {
            out.append("process = genexpr_body ~ si.bus(").append(feedback).append(") : si.block(").append(feedback).append(')');
            if (outputs > 0) {
                out.append(", si.bus(").append(outputs).append(')');
            }
            out.append(";\n");
        }
        return out.toString();
    }

    static String join(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(p);
        }
        return b.toString();
    }

    /** 1 where no jump under a run-time condition has happened, else a Faust test of the jump flags. */
    Val alive() {
        Val alive = Val.constant(1);
        for (String flag : new String[] {RETURNED, BROKEN, CONTINUED}) {
            Val f = scope.vars.get(flag);
            if (f == null || f.known() && f.number() == 0) {
                continue;
            }
            if (f.known()) {
                return Val.ZERO;
            }
            alive = alive.known() ? Val.faust("(" + f.text() + " == 0)") : Val.faust("(" + alive.text() + " & (" + f.text() + " == 0))");
        }
        return alive;
    }

    LinkedHashMap<String, Val> merge(Val test, Map<String, Val> then, Map<String, Val> otherwise, int line) {
        LinkedHashMap<String, Val> merged = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(then.keySet());
        for (String k : otherwise.keySet()) {
            if (!then.containsKey(k)) {
                keys.add(k);
            }
        }
        for (String k : keys) {
            Val a = then.get(k);
            Val b = otherwise.get(k);
            if ((a == null || b == null) && k.startsWith("w:")) {
                report(Code.GENEXPR_DELAY_WRITE, line, "a Delay is written in only one branch of this if;"
                        + " in the other the translation writes 0 where Gen keeps the old sample");
            }
            a = a == null ? defaultOf(k) : a;
            b = b == null ? defaultOf(k) : b;
            merged.put(k, a.same(b) ? a : bind(label(k), Val.faust("select2(" + test.text() + " != 0, " + b.text() + ", " + a.text() + ")")));
        }
        return merged;
    }

    /** Where both 0/1 tests hold (a known 1 is left out). */
    Val both(Val a, Val b) {
        if (a.known()) {
            return a.number() == 0 ? Val.ZERO : b;
        }
        return bind("guard", Val.faust("(" + a.text() + " & " + b.text() + ")"));
    }

    Val defaultOf(String key) {
        Val d = cellDefaults.get(key);
        return d == null ? Val.ZERO : d;
    }

    static String label(String key) {
        int colon = key.lastIndexOf(':');
        return colon >= 0 ? key.substring(colon + 1) : key;
    }

    Val cell(String key) {
        Val v = cells.get(key);
        return v != null ? v : defaultOf(key);
    }

    /** {@code in}/{@code out} alone are 1; {@code in3} is 3; anything else 0. */
    static int numbered(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return 0;
        }
        if (name.length() == prefix.length()) {
            return 1;
        }
        int n = 0;
        for (int i = prefix.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Lexer.isDigit(c) || n > 1000) {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return name.charAt(prefix.length()) == '0' ? 0 : n;
    }

    static String writeKey(DelaySlot d) {
        return "w:" + d.key();
    }

    // ---------------------------------------------------------------- helpers

    /** The value as a name: a new Faust definition unless it is already a name or a number. */
    Val bind(String hint, Val v) {
        if (v.simple()) {
            return v;
        }
        StringBuilder name = new StringBuilder("v").append(fresh++).append('_');
        for (int i = 0; i < hint.length(); i++) {
            if (Lexer.isNamePart(hint.charAt(i))) {
                name.append(hint.charAt(i));
            }
        }
        defs.append("    ").append(name).append(" = ").append(v.text()).append(";\n");
        return Val.faust(name.toString());
    }

    void report(Code code, int line, String message) {
        String text = "line " + line + ": " + message;
        String key = code.id() + text;
        if (!reported.containsKey(key)) {
            reported.put(key, Boolean.TRUE);
            problems.add(Diagnostic.atBox(code, boxId, text));
        }
    }

    static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.length() >= suffix.length() && lower(s.substring(s.length() - suffix.length())).equals(suffix);
    }

    static String lower(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }
}
