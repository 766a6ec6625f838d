package dev.faustwire.codegen.check;

import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.core.model.Port;
import java.util.List;

/**
 * The interval of values a level's wires carry into an inlet, worked out as Faust bounds signals,
 * where codegen can see it: number boxes, controls (their minimum and maximum; a button or check
 * box 0 to 1), wire boxes, sends and receives, merges (sums), infix {@code + - *} and
 * {@code min}/{@code max} of such values and of the numbers in the box text, and {@code / ^ << >>}
 * of two constants. Anything else is unknown, so the bound is never looser than Faust's. Used
 * only to compare against bounds, never printed, so that the JVM and the browser agree.
 */
final class LengthBounds {
    /** How many boxes a value may pass through before the bounding gives up (wires can form loops). */
    private static final int MAX_BOXES = 64;
    /** How many inlets one bound may visit: a lattice of boxes each read twice would otherwise double per box. */
    private static final int MAX_STEPS = 4096;

    /** From {@code low} to {@code high}; both NaN when unknown. */
    record Interval(double low, double high) {
        static final Interval UNKNOWN = new Interval(Double.NaN, Double.NaN);

        static Interval of(double value) {
            return Double.isNaN(value) ? UNKNOWN : new Interval(value, value);
        }

        boolean known() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }

        boolean isPoint() {
            return known() && low == high;
        }
    }

    private final Graph graph;
    private int steps;

    LengthBounds(Graph graph) {
        this.graph = graph;
    }

    /** The interval of what feeds an inlet, or {@link Interval#UNKNOWN}. */
    Interval inlet(String boxId, int inlet) {
        steps = 0;
        return inlet(boxId, inlet, 0);
    }

    /** The value of a box's argument slot: a number, or NaN for a name. */
    static double literal(String text) {
        String body = text;
        boolean negative = false;
        if (body.startsWith("(-") && body.endsWith(")")) {
            body = body.substring(2, body.length() - 1);
            negative = true;
        }
        if (body.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean numeric = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E'
                    || ((c == '-' || c == '+') && i > 0 && (body.charAt(i - 1) == 'e' || body.charAt(i - 1) == 'E'));
            if (!numeric) {
                return Double.NaN;
            }
        }
        try {
            double value = Double.parseDouble(body);
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private Interval inlet(String boxId, int inlet, int depth) {
        List<Port> sources = graph.inbound.get(boxId).get(inlet);
        if (depth > MAX_BOXES || ++steps > MAX_STEPS) {
            return Interval.UNKNOWN;
        }
        if (sources.isEmpty()) {
            return Interval.of(0);
        }
        Interval sum = Interval.of(0);
        for (Port source : sources) {
            sum = apply("+", sum, outlet(source, depth + 1));
        }
        return sum;
    }

    private Interval outlet(Port source, int depth) {
        BoxSpec spec = graph.specs.get(source.boxId());
        if (spec == null) {
            return Interval.UNKNOWN;
        }
        return switch (spec.role()) {
            case CONSTANT -> Interval.of(literal(spec.head()));
            case RECEIVE -> inlet(source.boxId(), 0, depth);
            case OPERATION -> operation(source, spec, depth);
            default -> Interval.UNKNOWN;
        };
    }

    private Interval operation(Port source, BoxSpec spec, int depth) {
        if (spec.shape() == BoxSpec.Shape.WIRE) {
            return inlet(source.boxId(), source.index() % Math.max(1, spec.inlets()), depth);
        }
        String head = spec.head() == null ? "" : spec.head();
        List<String> slots = spec.slots();
        switch (head) {
            case "hslider", "vslider", "nentry" -> {
                double low = literal(slots.get(2));
                double high = literal(slots.get(3));
                return Double.isNaN(low) || Double.isNaN(high) ? Interval.UNKNOWN : new Interval(low, high);
            }
            case "button", "checkbox" -> {
                return new Interval(0, 1);
            }
            default -> {
            }
        }
        boolean binary = slots.size() == 2 && (spec.shape() == BoxSpec.Shape.INFIX
                || (spec.shape() == BoxSpec.Shape.CALL && (head.equals("min") || head.equals("max"))));
        if (!binary) {
            return Interval.UNKNOWN;
        }
        Interval[] operands = new Interval[2];
        int inlet = 0;
        for (int k = 0; k < 2; k++) {
            String slot = slots.get(k);
            operands[k] = slot != null ? Interval.of(literal(slot)) : inlet(source.boxId(), inlet++, depth);
        }
        return apply(head, operands[0], operands[1]);
    }

    private static Interval apply(String operator, Interval a, Interval b) {
        if (!a.known() || !b.known()) {
            return Interval.UNKNOWN;
        }
        return switch (operator) {
            case "+" -> new Interval(a.low() + b.low(), a.high() + b.high());
            case "-" -> new Interval(a.low() - b.high(), a.high() - b.low());
            case "*" -> {
                double p1 = a.low() * b.low();
                double p2 = a.low() * b.high();
                double p3 = a.high() * b.low();
                double p4 = a.high() * b.high();
                yield new Interval(Math.min(Math.min(p1, p2), Math.min(p3, p4)), Math.max(Math.max(p1, p2), Math.max(p3, p4)));
            }
            case "min" -> new Interval(Math.min(a.low(), b.low()), Math.min(a.high(), b.high()));
            case "max" -> new Interval(Math.max(a.low(), b.low()), Math.max(a.high(), b.high()));
            default -> a.isPoint() && b.isPoint() ? Interval.of(constant(operator, a.low(), b.low())) : Interval.UNKNOWN;
        };
    }

    private static double constant(String operator, double a, double b) {
        return switch (operator) {
            case "/" -> a / b;
            case "^" -> Math.pow(a, b);
            case "<<" -> a * Math.pow(2, b);
            case ">>" -> Math.floor(a / Math.pow(2, b));
            default -> Double.NaN;
        };
    }
}
