package dev.faustwire.codegen.lower;

import dev.faustwire.codegen.program.Expression;
import java.util.List;

/**
 * The clock an {@code ondemand} box's content runs on, as the lowering writes it: the content's
 * function takes {@code Clock_d} before its inputs and defines {@code Tick_d} (1 on the samples its
 * content runs, {@code d} counting the ondemand boxes around it, so a nested one ticks on both clocks);
 * every delay inside is written with the helpers of {@link #HELPERS}, which advance on ticks only,
 * and every output is held between ticks. Depth 0 is outside any ondemand box: nothing is gated.
 */
final class Ticks {
    /**
     * The on-demand helpers, printed once at the top of a program that has an ondemand box. Only values
     * at ticks are ever kept, so what the content computes between ticks is computed and thrown away.
     */
    static final List<String> HELPERS = List.of(
            "// On-demand computation (ondemand boxes): state that advances only where the tick is 1.",
            "// ondemand_hold(tick, x): x at the last tick, held in between; 0 before the first tick.",
            "ondemand_hold(tick, x) = \\(held).(select2(tick, held, x)) ~ _;",
            "// ondemand_mem(tick, x): x one tick late.",
            "ondemand_mem(tick, x) = ondemand_hold(tick, mem(ondemand_hold(tick, x)));",
            "// ondemand_delay(tick, n, x): x n ticks late, through a ring of n + 1 values written on ticks.",
            "ondemand_delay(tick, n, x) = rwtable(n + 2, 0.0, write, float(x), count)",
            "with {",
            "    count = (+(tick) : %(n + 1)) ~ _;",
            "    write = select2(tick, n + 1, (count + n) % (n + 1));",
            "};");

    static final Ticks NONE = new Ticks(0);

    private final int depth;

    private Ticks(int depth) {
        this.depth = depth;
    }

    boolean gated() {
        return depth > 0;
    }

    /** The clock of an ondemand box in this level's content: it ticks where this level ticks and its own clock is not 0. */
    Ticks inner() {
        return new Ticks(depth + 1);
    }

    /** {@code Clock_d}: the content function's first parameter, the ondemand box's inlet 0. */
    String clock() {
        return "Clock_" + depth;
    }

    /** {@code Tick_d}: 1 where the content runs. */
    String tick() {
        return "Tick_" + depth;
    }

    /** {@code Clock_1 != 0}, or {@code Tick_1 * (Clock_2 != 0)} inside another ondemand box. */
    Expression tickDefinition() {
        Expression own = new Expression.Application(Expression.Form.INFIX, "!=", 0, List.of(clock(), "0"));
        if (depth == 1) {
            return own;
        }
        return new Expression.Application(Expression.Form.INFIX, "*", 0,
                List.of(new Ticks(depth - 1).tick(), "(" + clock() + " != 0)"));
    }

    /** {@code ondemand_hold(Tick_d, signal)}: the signal as it was at the last tick. */
    String hold(String signal) {
        return "ondemand_hold(" + tick() + ", " + signal + ")";
    }

    /** A delay of {@code ticks} ticks applied to {@code signal}. */
    Expression delay(int ticks, String signal) {
        return ticks == 1
                ? new Expression.Application(Expression.Form.CALL, "ondemand_mem", 0, List.of(tick(), signal))
                : new Expression.Application(Expression.Form.CALL, "ondemand_delay", 0,
                        List.of(tick(), Integer.toString(ticks), signal));
    }

    /** The same delay as a one-input block, for a loop's wires: {@code ondemand_mem(Tick_1)}. */
    String delayBlock(int ticks) {
        return ticks == 1 ? "ondemand_mem(" + tick() + ")" : "ondemand_delay(" + tick() + ", " + ticks + ")";
    }
}
