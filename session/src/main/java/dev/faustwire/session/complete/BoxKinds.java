package dev.faustwire.session.complete;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The box kinds the code generator reads (BoxAnalyzer and its Primitive table, StructureBoxes,
 * ControlBoxes), as data. Library functions are not here: they come from the stdlib index.
 */
public final class BoxKinds {
    private static final List<BoxKind> ALL = new ArrayList<>();
    private static final Map<String, BoxKind> BY_NAME = new TreeMap<>();

    static {
        // channels and constants
        add("in", "an input channel of the DSP, numbered from 1: in 1", true);
        add("out", "an output channel of the DSP, numbered from 1: out 1", true);
        add("c", "a constant: c 440 (a number alone is a constant too)", true);
        // controls
        add("hslider", "a horizontal slider: label, init, min, max, step (hslider freq 440 20 2000 1)", true);
        add("vslider", "a vertical slider: label, init, min, max, step", true);
        add("nentry", "a number entry: label, init, min, max, step", true);
        add("button", "a momentary switch, 1 while pressed: button gate", true);
        add("checkbox", "a switch that stays on or off (1 or 0): checkbox mute", true);
        add("hbargraph", "a horizontal meter of the signal that passes through: label, min, max", true);
        add("vbargraph", "a vertical meter of the signal that passes through: label, min, max", true);
        add("hgroup", "lays out the controls of what flows into it side by side; @ins N for N channels", true);
        add("vgroup", "lays out the controls of what flows into it one above the other; @ins N for N channels", true);
        add("tgroup", "puts the controls of what flows into it in tabs; @ins N for N channels", true);
        add("attach", "passes its left inlet through and keeps its right one (a bargraph) running", false);
        // structure
        add("p", "a sub-patcher, embedded (p name) or from a file (p ./filters/lp.dsppat)", true);
        add("patcher", "a sub-patcher, as p", true);
        add("ondemand", "a sub-patcher run only where the clock on its inlet 0 is not 0, its outlets held in between", true);
        add("clock", "a clock for ondemand boxes: 1 every N samples from sample 0, else 0 (clock 4)", true);
        add("clock.ms", "a clock for ondemand boxes: 1 every T ms at the sample rate (clock.ms 200); no T: T from its inlet", true);
        add("tick", "a button that gives one 1 each time it is pressed: a clock to run an ondemand box by hand", false);
        add("code", "Faust text that defines process; its channels from @ins and @outs or a server probe", false);
        add("par", "N copies of a body side by side, each with its number: par 4", true);
        add("seq", "N copies of a body chained one after the other: seq 3", true);
        add("sum", "the sum of N copies of a body: sum 8", true);
        add("prod", "the product of N copies of a body: prod 2", true);
        add("send", "sends its inlet to the receive boxes of that name in the patch: send bus", true);
        add("s", "sends its inlet to the receive boxes of that name, as send: s bus", true);
        add("receive", "the sum of the send boxes of that name in the patch: receive bus", true);
        add("r", "the sum of the send boxes of that name, as receive: r bus", true);
        add("effect", "the effect after the voices of a polyphonic instrument (@ins, @outs: 2 each by default)", false);
        add("comment", "a note on the canvas; it makes no code", true);
        // delays
        add("mem", "delays its inlet by one sample; a feedback loop may go through it", false);
        add("'", "delays its inlet by one sample, as mem", false);
        add("@", "delays its left inlet by the right one, in samples: @ 64", true);
        add("~", "a one-sample delay that closes a feedback loop, as Faust's recursion", false);
        // infix operators: an argument fills the right inlet first
        add("+", "adds its inlets; an argument fills the right one: + 1", false);
        add("-", "subtracts the right inlet from the left: - 1", false);
        add("*", "multiplies its inlets: * 0.5", false);
        add("/", "divides the left inlet by the right: / 2, or / 1 _ for 1 divided by the inlet", false);
        add("%", "the remainder of the left inlet divided by the right", false);
        add("^", "the left inlet raised to the power of the right", false);
        add("&", "bitwise and of two integer signals", false);
        add("|", "bitwise or of two integer signals", false);
        add("xor", "bitwise exclusive or of two integer signals", false);
        add("<<", "shifts the bits of the left inlet left by the right inlet", false);
        add(">>", "shifts the bits of the left inlet right by the right inlet", false);
        add("<", "1 when the left inlet is below the right, else 0", false);
        add("<=", "1 when the left inlet is below or equal to the right, else 0", false);
        add(">", "1 when the left inlet is above the right, else 0", false);
        add(">=", "1 when the left inlet is above or equal to the right, else 0", false);
        add("==", "1 when the inlets are equal, else 0", false);
        add("!=", "1 when the inlets differ, else 0", false);
        // two-input functions whose arguments fill from the right, as the operators
        add("pow", "the left inlet raised to the power of the right: pow 2 squares", false);
        add("atan2", "the arc tangent of left / right over the full circle, as C's atan2(y, x)", false);
        add("fmod", "the floating-point remainder of the left inlet divided by the right", false);
        add("remainder", "IEEE remainder: the left inlet minus the nearest multiple of the right", false);
        // primitives whose arguments fill from the left
        add("min", "the smaller of its two inlets", false);
        add("max", "the larger of its two inlets", false);
        add("sin", "the sine of its inlet, in radians", false);
        add("cos", "the cosine of its inlet, in radians", false);
        add("tan", "the tangent of its inlet, in radians", false);
        add("asin", "the arc sine of its inlet, in radians", false);
        add("acos", "the arc cosine of its inlet, in radians", false);
        add("atan", "the arc tangent of its inlet, in radians", false);
        add("exp", "e raised to the power of its inlet", false);
        add("log", "the natural logarithm of its inlet", false);
        add("log10", "the base-10 logarithm of its inlet", false);
        add("sqrt", "the square root of its inlet", false);
        add("abs", "the absolute value of its inlet", false);
        add("floor", "its inlet rounded down to a whole number", false);
        add("ceil", "its inlet rounded up to a whole number", false);
        add("rint", "its inlet rounded to the nearest whole number", false);
        add("int", "its inlet as an integer signal, rounded toward zero", false);
        add("float", "its inlet as a floating-point signal", false);
        add("select2", "the second or third inlet, as the first is 0 or 1", false);
        add("select3", "the second, third or fourth inlet, as the first is 0, 1 or 2", false);
        // JSPatcher's names, so that its users type what they know
        add("param", "a slider as JSPatcher names it: label, init, min, max, step, as hslider", true);
        add("sr", "the sample rate, as ma.SR (SR works too)", false);
        add("sampleRate", "the sample rate, as ma.SR", false);
        add("const", "a constant, as c: const 440", true);
        add("f", "its inlet as a floating-point signal, as float", false);
        add("waveform", "a table of the values given: outlet 0 its size, outlet 1 the table (waveform 0 1 0 -1)", true);
        add("_", "a wire: its inlet, unchanged", false);
        add("<:", "splits its inlet to two outlets", false);
        add(":>", "merges its two inlets by summing them", false);
        add("()", "a bus of N wires side by side: () @ins 4", true);
        add("import", "adds a Faust library to the program: import maths.lib", true);
    }

    private BoxKinds() {
    }

    private static void add(String name, String doc, boolean takesArguments) {
        BoxKind kind = new BoxKind(name, doc, takesArguments);
        ALL.add(kind);
        BY_NAME.put(name, kind);
    }

    /** Every kind, grouped as in the README's box table. */
    public static List<BoxKind> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The kind of exactly that name, or null. */
    public static BoxKind named(String name) {
        return BY_NAME.get(name);
    }
}
