package dev.faustwire.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a box means to code generation: its role, its ports, and how its Faust expression is
 * written. {@code slots} are the arguments of the full application in order; a null slot is fed
 * by the next inlet.
 */
record BoxSpec(Role role, String kind, int inlets, int outlets, int channel, String head, Shape shape,
               List<String> slots, int delay) {

    /** What a box is for. */
    enum Role { INPUT, OUTPUT, CONSTANT, OPERATION, COMMENT }

    /** How an operation is written. */
    enum Shape { INFIX, CALL, NAME }

    BoxSpec {
        slots = Collections.unmodifiableList(new ArrayList<>(slots));
    }

    static BoxSpec input(int channel) {
        return new BoxSpec(Role.INPUT, "In", 0, 1, channel, null, Shape.NAME, List.of(), 0);
    }

    static BoxSpec output(int channel) {
        return new BoxSpec(Role.OUTPUT, "Out", 1, 0, channel, null, Shape.NAME, List.of(), 0);
    }

    static BoxSpec constant(String literal) {
        return new BoxSpec(Role.CONSTANT, "Const", 0, 1, 0, literal, Shape.NAME, List.of(), 0);
    }

    static BoxSpec comment() {
        return new BoxSpec(Role.COMMENT, "Comment", 0, 0, 0, null, Shape.NAME, List.of(), 0);
    }

    static BoxSpec operation(String kind, String head, Shape shape, List<String> slots, int outlets, int delay) {
        int inlets = 0;
        for (String slot : slots) {
            if (slot == null) {
                inlets++;
            }
        }
        return new BoxSpec(Role.OPERATION, kind, inlets, outlets, 0, head, shape, slots, delay);
    }

    /** True for a delay by a constant number of samples (at least one), where a loop may be cut. */
    boolean isDelay() {
        return delay > 0;
    }
}
