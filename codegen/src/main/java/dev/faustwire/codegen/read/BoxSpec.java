package dev.faustwire.codegen.read;

import dev.faustwire.codegen.check.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a box means to code generation: its role, its ports, and how its Faust expression is
 * written. {@code slots} are the arguments of the full application in order; a null slot is fed
 * by the next inlet. {@code detail} carries what a structural box needs besides.
 */
public record BoxSpec(Role role, String kind, int inlets, int outlets, int channel, String head, Shape shape,
                      List<String> slots, int delay, Detail detail) {

    /** What a box is for. */
    public enum Role { INPUT, OUTPUT, CONSTANT, OPERATION, COMMENT, SEND, RECEIVE, SUBPATCH, CODE, ITERATION, EFFECT }

    /** How an operation is written. */
    public enum Shape {
        /** {@code a + b}. */
        INFIX,
        /** {@code head(a, b)}. */
        CALL,
        /** {@code head}. */
        NAME,
        /** {@code head(fixed, arguments)(inputs)}: a primitive whose parameters are not signals. */
        PARTIAL,
        /** {@code head(label, (a, b))}: a group around its inlets. */
        GROUP,
        /** {@code (inputs) : head(parameters)}: a gen.lib function, its signals routed in (see Form.ROUTED). */
        ROUTED,
        /** The inlet itself: a wire. */
        WIRE
    }

    /** What a structural box needs besides its ports. */
    sealed interface Detail {
    }

    /**
     * A sub-patcher: the level of its child patch, and the key of its file when that level is the
     * file's one analysis, which every use of the file may call as one function (null: a copy).
     */
    public record SubPatch(Level child, String sharedFile, boolean onDemand) implements Detail {
        public SubPatch(Level child, String sharedFile) {
            this(child, sharedFile, false);
        }
    }

    /**
     * A {@code code} box: its Faust text, which defines {@code process}, and the import lines of the
     * libraries outside stdfaust.lib it calls ({@code gen.wrap} in the text of a GenExpr codebox).
     */
    public record CodeText(String faust, List<String> libraryImports) implements Detail {
        public CodeText(String faust) {
            this(faust, List.of());
        }
    }

    /**
     * An iteration {@code par|seq|sum|prod N}: its body has {@code bodyInputs} and
     * {@code bodyOutputs}; inlets are the body's returns then the iteration's inputs, outlets the
     * iteration's outputs, then the body's inputs, then the iteration variable.
     */
    public record Iteration(String operator, int count, int bodyInputs, int bodyOutputs, int inputs, int outputs)
            implements Detail {
        public int variableOutlet() {
            return outputs + bodyInputs;
        }
    }

    /** An {@code import NAME.lib} box: the library file the program imports. */
    public record Import(String library) implements Detail {
    }

    /**
     * A library function's box: the line its prefix needs among the imports (null when stdfaust.lib
     * brings it, as for {@code os.osc}; {@code gen = library("gen.lib");} for {@code gen.wrap}) and,
     * when the function delays its first input ({@code gen.history}), its {@code _fed} form and the
     * inlet that input arrives at (else null and -1): a feedback loop may be cut there.
     */
    public record LibraryCall(String importLine, String fed, int fedInlet, int parameters) implements Detail {
        public LibraryCall(String importLine, String fed, int fedInlet) {
            this(importLine, fed, fedInlet, 0);
        }
    }

    /** A {@code send} or {@code receive}: the name of its channel. */
    record Channel(String name) implements Detail {
    }

    public BoxSpec {
        slots = Collections.unmodifiableList(new ArrayList<>(slots));
    }

    static BoxSpec input(int channel) {
        return new BoxSpec(Role.INPUT, "In", 0, 1, channel, null, Shape.NAME, List.of(), 0, null);
    }

    static BoxSpec output(int channel) {
        return new BoxSpec(Role.OUTPUT, "Out", 1, 0, channel, null, Shape.NAME, List.of(), 0, null);
    }

    static BoxSpec constant(String literal) {
        return new BoxSpec(Role.CONSTANT, "Const", 0, 1, 0, literal, Shape.NAME, List.of(), 0, null);
    }

    public static BoxSpec comment() {
        return new BoxSpec(Role.COMMENT, "Comment", 0, 0, 0, null, Shape.NAME, List.of(), 0, null);
    }

    static BoxSpec imported(String library) {
        return new BoxSpec(Role.COMMENT, "Import", 0, 0, 0, null, Shape.NAME, List.of(), 0, new Import(library));
    }

    public static BoxSpec operation(String kind, String head, Shape shape, List<String> slots, int outlets, int delay) {
        return new BoxSpec(Role.OPERATION, kind, holes(slots), outlets, 0, head, shape, slots, delay, null);
    }

    /** A library function's box, with what its index entry says about imports and delay. */
    static BoxSpec library(String kind, String head, Shape shape, List<String> slots, int outlets, LibraryCall call) {
        return new BoxSpec(Role.OPERATION, kind, holes(slots), outlets, 0, head, shape, slots, 0, call);
    }

    static BoxSpec structure(Role role, String kind, int inlets, int outlets, Detail detail) {
        return new BoxSpec(role, kind, inlets, outlets, 0, null, Shape.NAME, List.of(), 0, detail);
    }

    private static int holes(List<String> slots) {
        int inlets = 0;
        for (String slot : slots) {
            if (slot == null) {
                inlets++;
            }
        }
        return inlets;
    }

    /** True for a delay by a constant number of samples (at least one), where a loop may be cut. */
    public boolean isDelay() {
        return delay > 0;
    }

    /**
     * The inlet whose signal a library function delays ({@code gen.history}'s input, {@code gen.delay}'s
     * first inlet, not its tap times), or -1: a loop may be cut on the lines into it.
     */
    public int fedInlet() {
        return detail instanceof LibraryCall call ? call.fedInlet() : -1;
    }

    /** The {@code _fed} form written inside a loop for a box with a {@link #fedInlet()}. */
    public String fed() {
        return ((LibraryCall) detail).fed();
    }

    /** True for boxes written as one definition per used outlet. */
    public boolean isDefined() {
        return role == Role.OPERATION || role == Role.CONSTANT || role == Role.RECEIVE || role == Role.SUBPATCH
                || role == Role.CODE || role == Role.ITERATION;
    }

    /**
     * How many outlets carry the box's results: all of them, but for an iteration only its outputs
     * (the outlets after them are the body's inputs and the variable, names inside the body).
     */
    public int results() {
        return role == Role.ITERATION ? iteration().outputs() : outlets;
    }

    public Iteration iteration() {
        return (Iteration) detail;
    }

    public String channelName() {
        return ((Channel) detail).name();
    }
}
