package dev.faustwire.codegen.check;

import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.core.model.Port;
import java.util.List;

/**
 * The value a level's wires carry into an inlet when codegen can see it is a constant: a number box,
 * through wire boxes, sends and receives, and infix operations ({@code + - * / << >> ^}) of such
 * values and of the numbers in the box text, as in {@code 1} into {@code << 28}. Not a constant: NaN.
 * Used only to compare against bounds, never printed, so that the JVM and the browser agree.
 */
final class ConstantValues {
    /** How many boxes a value may pass through before the folding gives up (wires can form loops). */
    private static final int MAX_BOXES = 64;

    private final Graph graph;

    ConstantValues(Graph graph) {
        this.graph = graph;
    }

    /** The constant fed into an inlet by exactly one line, or NaN. */
    double inlet(String boxId, int inlet) {
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

    private double inlet(String boxId, int inlet, int depth) {
        List<Port> sources = graph.inbound.get(boxId).get(inlet);
        if (sources.size() != 1 || depth > MAX_BOXES) {
            return Double.NaN;
        }
        return outlet(sources.get(0), depth + 1);
    }

    private double outlet(Port source, int depth) {
        BoxSpec spec = graph.specs.get(source.boxId());
        if (spec == null) {
            return Double.NaN;
        }
        return switch (spec.role()) {
            case CONSTANT -> literal(spec.head());
            case RECEIVE -> inlet(source.boxId(), 0, depth);
            case OPERATION -> operation(source, spec, depth);
            default -> Double.NaN;
        };
    }

    private double operation(Port source, BoxSpec spec, int depth) {
        if (spec.shape() == BoxSpec.Shape.WIRE) {
            return inlet(source.boxId(), source.index() % Math.max(1, spec.inlets()), depth);
        }
        if (spec.shape() != BoxSpec.Shape.INFIX || spec.slots().size() != 2) {
            return Double.NaN;
        }
        double[] operands = new double[2];
        int inlet = 0;
        for (int k = 0; k < 2; k++) {
            String slot = spec.slots().get(k);
            operands[k] = slot != null ? literal(slot) : inlet(source.boxId(), inlet++, depth);
        }
        return apply(spec.head(), operands[0], operands[1]);
    }

    private static double apply(String operator, double a, double b) {
        return switch (operator) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> a / b;
            case "^" -> Math.pow(a, b);
            case "<<" -> a * Math.pow(2, b);
            case ">>" -> Math.floor(a / Math.pow(2, b));
            default -> Double.NaN;
        };
    }
}
