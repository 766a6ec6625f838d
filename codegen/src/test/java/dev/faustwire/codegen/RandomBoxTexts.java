package dev.faustwire.codegen;

import java.util.List;

/**
 * The vocabulary of {@link RandomPatches}: box texts by kind, the Faust texts of code boxes, and
 * the texts that are wrong on purpose, each with the error it must cause.
 */
final class RandomBoxTexts {
    /** Boxes that read something and give something: primitives, infix with arguments, library, controls that pass through. */
    static final List<String> OPERATIONS = List.of("+", "-", "*", "* 0.5", "/ 1 _", "/ 2", "- 1", "+ 0.1", "% 3",
            "max 0", "min", "min 1", "pow 2", "pow _ 0.5", "sin", "cos", "abs", "floor", "int", "float", "sqrt",
            "> 0", "< 0.5", "== 1", "!= 0", "&", "|", "xor", "<< 1", "atan2", "fmod _ 2", "select2", "select3", "@",
            "os.osc", "os.sawtooth", "os.lf_saw", "fi.lowpass 2 1000", "lowpass 2 1000", "fi.highpass 1 200",
            "fi.lowpass 2 _", "fi.dcblocker", "fi.pole 0.9", "fi.resonlp 1000 2 0.5", "en.ar 0.01 0.1",
            "en.adsr 0.01 0.1 0.8 0.2", "en.ar _ 0.1", "si.smoo", "si.smooth 0.99", "ma.tanh", "ma.neg",
            "ba.db2linear", "ba.if", "ba.selectn 3 _", "de.delay 100 10", "de.delay 64", "ro.cross 2", "si.bus 2",
            "si.bus 3 @ins 4 @outs 3", "os.oscrq", "ef.cubicnl 0.5 0", "an.amp_follower 0.1", "hbargraph level -1 1",
            "vbargraph", "hbargraph @min 0 @max 2", "vgroup synth", "hgroup pair @ins 2", "tgroup", "attach");
    /** Boxes that read nothing: constants, library sources, controls, as typed and unlabelled. */
    static final List<String> SOURCES = List.of("0.25", "1", "-1", ".5", "1e3", "c 440", "c ma.PI", "ma.SR", "ma.PI",
            "os.osc 440", "os.osc 220", "os.triangle 330", "os.square 110", "no.noise", "ba.pulse 100",
            "hslider freq 440 20 2000 1", "vslider gain 0.5 0 1 0.01", "nentry n 3 0 9 1", "hslider", "vslider",
            "hslider 0.5 0 1 0.01", "nentry voices @init 3 @min 0 @max 9 @step 1", "hslider \"cut off\" 1000 20 20000 1",
            "button gate", "button", "checkbox", "checkbox mute");
    /** Delays that may cut a loop. */
    static final List<String> DELAYS = List.of("mem", "'", "@ 3", "~", "@ 1");
    /** Delays that do not cut a loop (zero or variable). */
    static final List<String> NOT_DELAYS = List.of("@ 0", "@");
    /** Two-inlet boxes that close a loop: the loop comes back into inlet 1. */
    static final List<String> LOOP_HEADS = List.of("+", "-", "max", "*", "select2 0", "atan2");
    /** Code boxes that compile: text, inputs, outputs. */
    static final List<CodeText> GOOD_CODE = List.of(new CodeText("process = _ * 0.5;", 1, 1),
            new CodeText("process = +;", 2, 1), new CodeText("process = _ <: _, _;", 1, 2),
            new CodeText("import(\"stdfaust.lib\");\nprocess = os.osc(220) * 0.1;", 0, 1),
            new CodeText("gain = 0.3;\nprocess = *(gain);", 1, 1));
    /** Code boxes that codegen accepts and Faust rejects. */
    static final List<CodeText> WRONG_CODE = List.of(new CodeText("process = _ * ;", 1, 1),
            new CodeText("process = oscc;", 0, 1), new CodeText("process = +;", 1, 1),
            new CodeText("process = _ : ;", 1, 1));
    /** Names no primitive or library has: E010. */
    static final List<String> UNKNOWN = List.of("oscc", "os.oscc", "BS", "xx.nothing", "fi.lowpas 2");
    /** Texts with a wrong argument or attribute: E011. */
    static final List<String> BAD_ARGUMENTS = List.of("in 0", "in x", "out 1.5", "+ 1 2 3", "hslider f 2 1 0",
            "button a b", "par 0", "seq 3 @ins 1 @outs 2", "sum 3 @outs 2", "os.osc 1 2", "si.bus", "* \"a b\"",
            "send", "effect 1", "c", "xx.f @ins -1 @outs 1", "vgroup g @ins 0", "attach 1", "* 3x");

    /** The Faust text of a code box and the arity written as its {@code @ins}/{@code @outs}. */
    record CodeText(String faust, int inputs, int outputs) {
    }

    private RandomBoxTexts() {
    }
}
