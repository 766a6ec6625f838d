package dev.faustwire.gen.expr;

import dev.faustwire.core.diag.Code;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.expr.Ast.Arg;

/** Declarations: History and Delay slots of the recursion, Param sliders, Data and Buffer tables. */
abstract class DeclarationTranslator extends TableTranslator {
    DeclarationTranslator(String boxId, GenFiles files) {
        super(boxId, files);
    }

    void declare(Ast.Decl d) {
        for (Ast.DeclItem item : d.items()) {
            switch (d.type()) {
                case "History":
                    declareHistory(item);
                    break;
                case "Param":
                    declareParam(item);
                    break;
                case "Delay":
                    declareDelay(item);
                    break;
                default:
                    declareTable(d.type(), item);
            }
        }
    }

    void declareHistory(Ast.DeclItem item) {
        String key = path + ":" + item.name();
        scope.histories.put(item.name(), key);
        if (cellDefaults.containsKey(key)) {
            return; // the same call site again (a loop): one state
        }
        Val init = item.args().isEmpty() ? Val.ZERO : eval(item.args().get(0).value());
        String feedback = "h" + histories.size();
        Val start = init.known() && init.number() == 0 ? Val.faust(feedback)
                : bind(item.name(), Val.faust("(" + feedback + " + " + init.text() + " * (1 - 1'))"));
        histories.add(new HistorySlot(key, feedback, start));
        cellDefaults.put(key, start);
        cells.put(key, start);
    }

    void declareParam(Ast.DeclItem item) {
        double value = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        int positional = 0;
        for (Arg arg : item.args()) {
            Val v = eval(arg.value());
            String which = arg.name() != null ? arg.name() : positional == 0 ? "default" : positional == 1 ? "min" : "max";
            if (arg.name() == null) {
                positional++;
            }
            if (!v.known()) {
                report(Code.GENEXPR_UNSUPPORTED, item.line(), "the " + which + " of Param " + item.name()
                        + " must be a number known when the code is generated");
                continue;
            }
            switch (which) {
                case "default":
                    value = v.number();
                    break;
                case "min":
                    min = v.number();
                    break;
                case "max":
                    max = v.number();
                    break;
                default:
                    report(Code.GENEXPR_ATTRIBUTE, item.line(), "Param attribute " + which + " is ignored");
            }
        }
        // the range the importer gives a patcher's param without bounds, so both make the same slider
        double lo = Double.isNaN(min) ? Math.min(0, Math.min(2 * value, Double.isNaN(max) ? 0 : max - 1)) : min;
        double hi = Double.isNaN(max) ? Math.max(lo + 1, Math.max(1, 2 * value)) : max;
        if (Double.isNaN(min) || Double.isNaN(max)) {
            report(Code.GENEXPR_PARAM_RANGE, item.line(), "Param " + item.name() + " has no " + (Double.isNaN(min)
                    && Double.isNaN(max) ? "min and max" : Double.isNaN(min) ? "min" : "max") + ", so Gen does not bound it;"
                    + " its slider goes from " + FaustNumber.format(lo) + " to " + FaustNumber.format(hi));
        }
        if (hi < lo) {
            hi = lo;
        }
        double init = Math.max(lo, Math.min(hi, value));
        Val slider = Val.faust("hslider(\"" + item.name() + "\", " + FaustNumber.format(init) + ", " + FaustNumber.format(lo)
                + ", " + FaustNumber.format(hi) + ", 0.001)");
        scope.params.put(item.name(), bind(item.name(), slider));
    }

    void declareDelay(Ast.DeclItem item) {
        String key = path + ":" + item.name();
        for (DelaySlot d : delays) {
            if (d.key().equals(key)) {
                scope.delays.put(item.name(), d);
                return;
            }
        }
        Val longest = Constants.find("samplerate");
        for (Arg arg : item.args()) {
            if (arg.name() == null) {
                longest = eval(arg.value());
            } else {
                report(Code.GENEXPR_ATTRIBUTE, item.line(), "Delay attribute " + arg.name() + " is ignored");
            }
        }
        DelaySlot slot = new DelaySlot(key, "d" + delays.size(), bind(item.name() + "_max", longest));
        delays.add(slot);
        scope.delays.put(item.name(), slot);
    }
}
