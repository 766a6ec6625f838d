package dev.faustwire.codegen.read;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Boxes that make clocks for {@code ondemand} boxes, each a signal that is 1 on its ticks and 0
 * elsewhere, written with the Faust libraries so the program reads as what it does:
 * {@code clock N} is {@code ba.period(N) == 0} (ba.period counts samples modulo N from 0, so it ticks
 * on samples 0, N, 2N... and never overflows), {@code clock.ms T} the same every T milliseconds at the
 * running sample rate ({@code T : *(ma.SR / 1000) : rint : max(1) : min(1e9) : ba.period : ==(0)}, T a
 * number or, without one, its inlet: a new period goes on from the count so far, modulo the new
 * period), and {@code tick [label]} a button that gives one 1 on the sample it is pressed
 * ({@code button("tick") : ba.impulsify}). They keep state, so none may be inside an ondemand box.
 */
final class ClockBoxes {
    /** The most milliseconds {@code clock.ms} takes as a number: an hour, about 7e8 samples at 192 kHz. */
    static final double MAX_MS = 3_600_000;
    /** A period in ms to samples, rounded, kept from 1 sample (T at or below 0) to 1e9 (ba.period counts in int). */
    private static final String MS_TO_TICKS = "*(ma.SR / 1000) : rint : max(1) : min(1e9) : ba.period : ==(0)";

    private ClockBoxes() {
    }

    static boolean claims(String name) {
        return name.equals("clock") || name.equals("clock.ms") || name.equals("tick");
    }

    /** The meaning of a clock box, or null after reporting why it has none. */
    static BoxSpec read(BoxReader reader, Context context, Box box, BoxText text) {
        String name = text.name();
        if (context.onDemand()) {
            return reader.fail(Code.ONDEMAND_NOT_GATED, box, "\"" + name + "\" keeps state (it counts samples),"
                    + " which cannot run inside the ondemand box " + context.onDemandBox() + "; put the clock outside"
                    + " and wire it to the ondemand box's clock inlet (its first inlet)");
        }
        return switch (name) {
            case "clock" -> everyN(reader, box, text.args());
            case "clock.ms" -> everyMs(reader, box, text.args());
            default -> tick(reader, box, text.args());
        };
    }

    /** {@code clock N}: {@code ba.period(N) == 0}. */
    private static BoxSpec everyN(BoxReader reader, Box box, List<Token> args) {
        Token n = args.size() == 1 ? args.get(0) : null;
        int samples = n != null && n.isNumber() && FaustLiterals.isWhole(n.text()) ? BoxReader.nonNegative(n.text()) : -1;
        if (samples < 1) {
            String given = n == null ? (args.isEmpty() ? "nothing" : args.size() + " arguments") : "\"" + n.text() + "\"";
            return reader.fail(Code.WRONG_ARGUMENT, box, "\"clock\" takes the number of samples from one tick to the"
                    + " next, a whole number from 1 (every sample) to 999999999, as in \"clock 4\"; it was given " + given
                    + " (for a period in milliseconds, or one that a line sets, use clock.ms)");
        }
        return BoxSpec.operation("Clock", "==", BoxSpec.Shape.INFIX, List.of("ba.period(" + samples + ")", "0"), 1, 0);
    }

    /** {@code clock.ms T}, or {@code clock.ms} with T on its inlet: T routed through {@link #MS_TO_TICKS}. */
    private static BoxSpec everyMs(BoxReader reader, Box box, List<Token> args) {
        List<String> slots = new ArrayList<>();
        if (args.size() > 1) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "\"clock.ms\" takes one period in milliseconds, as in"
                    + " \"clock.ms 200\", or none: then its inlet sets the period");
        }
        if (args.size() == 1) {
            Token t = args.get(0);
            double ms = t.isNumber() ? value(t.text()) : Double.NaN;
            if (!(ms > 0 && ms <= MAX_MS)) {
                return reader.fail(Code.WRONG_ARGUMENT, box, "\"clock.ms\" takes a period in milliseconds above 0 and"
                        + " at most an hour (3600000), as in \"clock.ms 200\", not \"" + t.text() + "\"; without it,"
                        + " its inlet sets the period");
            }
            slots.add(FaustLiterals.number(t.text()));
        } else {
            slots.add(null);
        }
        return BoxSpec.operation("Clock_ms", MS_TO_TICKS, BoxSpec.Shape.ROUTED, slots, 1, 0);
    }

    /** {@code tick [label]}: {@code button(label) : ba.impulsify}, one 1 where the button goes down. */
    private static BoxSpec tick(BoxReader reader, Box box, List<Token> args) {
        if (args.size() > 1) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "\"tick\" takes one label for its button, as in \"tick step\";"
                    + " quote a label with spaces");
        }
        String label = args.isEmpty() ? "tick" : args.get(0).text();
        return BoxSpec.operation("Tick", "button(" + FaustLiterals.string(label) + ") : ba.impulsify",
                BoxSpec.Shape.NAME, List.of(), 1, 0);
    }

    /** The value of a number token, NaN when Java reads none (only to check a range, never printed). */
    private static double value(String token) {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
