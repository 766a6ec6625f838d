package dev.faustwire.gen.translate;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.json.Numbers;
import dev.faustwire.core.model.Rect;
import dev.faustwire.gen.read.GenBox;
import java.util.Map;

/**
 * {@code param name [default] @min a @max b @default d} becomes {@code hslider name default min max
 * step}: Faust's slider clamps as Gen's setter does. A param without bounds gets a range around its
 * default (reported), since a slider needs one.
 */
final class Params {
    static final String STEP = "0.001";

    private Params() {
    }

    static Translated translate(BoxTranslator boxes, GenBox box, GenText text, String id, Rect rect,
                                Map<String, String> overrides) {
        if (text.args().isEmpty()) {
            boxes.report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\" has no name; it is called \"param\"");
        }
        String name = text.args().isEmpty() ? "param" : text.args().get(0);
        String defaultText = text.args().size() > 1 ? text.args().get(1) : text.attribute("default");
        if (overrides.containsKey(name)) {
            defaultText = overrides.get(name);
        }
        String valueText = literal(boxes, box, id, "default", defaultText == null ? "0" : defaultText);
        double value = Double.parseDouble(valueText);
        String minText = text.attribute("min");
        String maxText = text.attribute("max");
        String minLiteral = minText == null ? null : literal(boxes, box, id, "min", minText);
        String maxLiteral = maxText == null ? null : literal(boxes, box, id, "max", maxText);
        double min = minLiteral == null ? Double.NaN : Double.parseDouble(minLiteral);
        double max = maxLiteral == null ? Double.NaN : Double.parseDouble(maxLiteral);
        if (minText == null || maxText == null) {
            double lo = Double.isNaN(min) ? Math.min(0, Math.min(2 * value, Double.isNaN(max) ? 0 : max - 1)) : min;
            double hi = Double.isNaN(max) ? Math.max(lo + 1, Math.max(1, 2 * value)) : max;
            boxes.report(Code.GEN_PARAM_RANGE, id, "\"" + box.text() + "\": Gen leaves this param "
                    + (minText == null && maxText == null ? "unbounded" : minText == null ? "without @min" : "without @max")
                    + "; the slider goes from " + Numbers.format(lo) + " to " + Numbers.format(hi)
                    + ". Substitute: set @min and @max in Gen, or edit the slider");
            minLiteral = Numbers.format(lo);
            maxLiteral = Numbers.format(hi);
        }
        double lo = Double.parseDouble(minLiteral);
        double hi = Double.parseDouble(maxLiteral);
        if (value < lo || value > hi) {
            // Gen starts at the default and clamps only when the param is set; Faust's slider must hold its start.
            minLiteral = Numbers.format(Math.min(lo, value));
            maxLiteral = Numbers.format(Math.max(hi, value));
            boxes.report(Code.GEN_PARAM_RANGE, id, "\"" + box.text() + "\": Gen starts this param at " + valueText
                    + ", outside @min/@max (it clamps only when the param is set); the slider goes from " + minLiteral
                    + " to " + maxLiteral + " so that it starts there too. Substitute: a default within @min/@max");
        }
        for (String attribute : text.attributes().keySet()) {
            if (!attribute.equals("min") && !attribute.equals("max") && !attribute.equals("default") && !attribute.equals("comment")) {
                boxes.report(Code.GEN_ATTRIBUTE_IGNORED, id, "\"" + box.text() + "\": @" + attribute + " is not translated");
            }
        }
        String label = IrregularBoxes.plainName(name);
        String out = "hslider " + label + " " + valueText + " " + minLiteral + " " + maxLiteral + " " + STEP;
        return BoxTranslator.simple(id, out, rect, 0, 1);
    }

    /** A bound or default as a literal: the number as written, or a constant's value. */
    private static String literal(BoxTranslator boxes, GenBox box, String id, String what, String text) {
        String literal = boxes.compileTime(box, id, what, text, "0");
        if (!literal.startsWith("gen.")) {
            return literal;
        }
        ArgValue arg = ArgExpressions.read(text);
        String formatted = Numbers.format(arg.value());
        if (arg.hostDependent()) {
            boxes.report(Code.GEN_SIZE_EVALUATED, id, "\"" + box.text() + "\": the " + what + " " + text
                    + " is evaluated at 192000 Hz: " + formatted);
        } else if (Double.parseDouble(formatted) != arg.value()) {
            boxes.report(Code.GEN_APPROXIMATION, id, "\"" + box.text() + "\": the " + what + " " + text + " is rounded to " + formatted);
        }
        return formatted;
    }
}
