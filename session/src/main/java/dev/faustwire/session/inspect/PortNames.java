package dev.faustwire.session.inspect;

import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.Token;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of a box's inlets and outlets, as code generation fills its arguments: a library
 * function's arguments fill its parameters from the left ({@code fi.lowpass 2}: N is given, the
 * inlets are {@code fc}, then the signal), {@code _} keeps an inlet; an operator's fill from the
 * right ({@code + 1}: the left inlet stays). Ports with no better name are numbered.
 */
final class PortNames {
    /** Operators and calls whose arguments fill from the right, as codegen's Primitive table says. */
    private static final List<String> FROM_RIGHT = List.of("+", "-", "*", "/", "%", "^", "&", "|", "xor", "<<", ">>",
            "<", "<=", ">", ">=", "==", "!=", "@", ":>", "pow", "atan2", "fmod", "remainder");
    private static final List<String> TWO_FROM_LEFT = List.of("min", "max");
    private static final List<String> ONE_INPUT = List.of("sin", "cos", "tan", "asin", "acos", "atan", "exp", "log",
            "log10", "sqrt", "abs", "floor", "ceil", "rint", "int", "float", "f", "mem", "'", "~", "_");

    /** The name of an {@code ondemand} box's inlet 0. */
    static final String CLOCK = "clock: the content runs when this is not 0";

    private PortNames() {
    }

    /** Names of the inlets then of the outlets, as many as {@code inlets} and {@code outlets}. */
    record Names(List<String> inlets, List<String> outlets) {
    }

    static Names of(BoxText text, StdlibIndex stdlib, int inlets, int outlets) {
        String name = text.name();
        List<String> in;
        List<String> out = List.of();
        if (FROM_RIGHT.contains(name)) {
            in = fill(text.args(), name.equals("@") ? List.of("signal", "delay") : List.of("left", "right"), true);
        } else if (TWO_FROM_LEFT.contains(name)) {
            in = fill(text.args(), List.of("left", "right"), false);
        } else if (ONE_INPUT.contains(name)) {
            in = fill(text.args(), List.of("input"), false);
        } else if (name.equals("select2") || name.equals("select3")) {
            List<String> slots = new ArrayList<>(List.of("selector", "first", "second"));
            if (name.equals("select3")) {
                slots.add("third");
            }
            in = fill(text.args(), slots, false);
        } else if (name.equals("in")) {
            in = List.of();
            out = List.of("input " + argument(text));
        } else if (name.equals("out")) {
            in = List.of("output " + argument(text));
        } else if (name.equals("hslider") || name.equals("vslider") || name.equals("nentry") || name.equals("button")
                || name.equals("checkbox") || name.equals("param")) {
            in = List.of();
            out = List.of("value");
        } else if (name.equals("hbargraph") || name.equals("vbargraph")) {
            in = List.of("signal");
            out = List.of("signal");
        } else if (name.equals(dev.faustwire.core.subpatch.SubpatchBoxes.ONDEMAND)) {
            in = new ArrayList<>(List.of(CLOCK));
            for (int i = 1; i < inlets; i++) {
                in.add("input " + i);
            }
        } else if (name.equals("attach")) {
            in = List.of("signal", "bargraph");
            out = List.of("signal");
        } else {
            in = library(text, stdlib, inlets);
        }
        return new Names(complete(in, inlets, "inlet"), complete(out, outlets, "output"));
    }

    /** A library function's inlets: its parameters not given in the box, then its signal inputs. */
    private static List<String> library(BoxText text, StdlibIndex stdlib, int inlets) {
        List<LibraryFunction> found = stdlib.resolve(text.name());
        if (found.size() != 1) {
            return List.of();
        }
        List<String> params = found.get(0).params();
        List<Token> args = text.args();
        int given = 0;
        for (Token arg : args) {
            given += arg.isPlaceholder() ? 0 : 1;
        }
        int slots = inlets + given;
        int signals = Math.max(0, slots - params.size());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            if (i < args.size() && !args.get(i).isPlaceholder()) {
                continue;
            }
            if (i < params.size()) {
                names.add(params.get(i));
            } else {
                names.add(signals == 1 ? "signal" : "signal " + (i - params.size() + 1));
            }
        }
        return names;
    }

    /** The slot names left to inlets once the arguments filled theirs, from the left or the right. */
    private static List<String> fill(List<Token> args, List<String> slots, boolean fromRight) {
        int offset = fromRight ? slots.size() - args.size() : 0;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            int a = i - offset;
            if (a < 0 || a >= args.size() || args.get(a).isPlaceholder()) {
                names.add(slots.get(i));
            }
        }
        return names;
    }

    private static String argument(BoxText text) {
        return text.args().isEmpty() ? "?" : text.args().get(0).text();
    }

    /** Exactly {@code count} names: those given, then numbered ones ({@code inlet 3}; a lone one unnumbered). */
    private static List<String> complete(List<String> names, int count, String word) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i < names.size() ? names.get(i) : count == 1 ? word : word + " " + (i + 1));
        }
        return all;
    }
}
