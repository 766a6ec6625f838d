package dev.faustwire.codegen.read;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.ControlLabels;
import dev.faustwire.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Controls: {@code hslider|vslider|nentry [label] init min max step}, {@code button|checkbox
 * [label]}, {@code hbargraph|vbargraph [label] min max}, {@code hgroup|vgroup|tgroup [label]
 * [@ins N]} and {@code attach}. Numbers may also be given as {@code @init @min @max @step}. A
 * control without a label in its text uses the one stored in its data; a file that stores none
 * gets its kind and rank among such controls, so two of them never merge into one.
 */
final class ControlBoxes {
    private static final List<String> SLIDER_FIELDS = List.of("init", "min", "max", "step");
    private static final List<String> SLIDER_DEFAULTS = List.of("0", "0", "1", "0.01");
    private static final List<String> BARGRAPH_FIELDS = List.of("min", "max");
    private static final List<String> BARGRAPH_DEFAULTS = List.of("0", "1");

    private final BoxReader reader;
    private final Patch patch;
    private final Map<String, Integer> counts;
    /** Box id to the label of a control that has none in its text or data; made when first needed. */
    private Map<String, String> fallbackLabels;

    ControlBoxes(BoxReader reader, Patch patch, Map<String, Integer> counts) {
        this.reader = reader;
        this.patch = patch;
        this.counts = counts;
    }

    /** Ranks the controls of the patch that have no label, the first time one is met. */
    private Map<String, String> fallbackLabels() {
        if (fallbackLabels == null) {
            fallbackLabels = new TreeMap<>();
            for (String id : new Names(patch.boxes().keySet()).ordered()) {
                Box box = patch.box(id);
                BoxText text;
                try {
                    text = JSPatcherBoxes.control(BoxTextParser.parse(box.text()));
                } catch (BoxTextException e) {
                    continue;
                }
                if (ControlLabels.isControl(text.name()) && ControlLabels.labelIn(text) == null
                        && ControlLabels.storedLabel(box) == null) {
                    int rank = counts.getOrDefault(text.name(), 0) + 1;
                    counts.put(text.name(), rank);
                    fallbackLabels.put(id, rank == 1 ? text.name() : text.name() + " " + rank);
                }
            }
        }
        return fallbackLabels;
    }

    BoxSpec analyze(Box box, BoxText text) {
        String name = text.name();
        if (name.equals("attach")) {
            if (!text.args().isEmpty()) {
                return reader.fail(Code.WRONG_ARGUMENT, box, "\"attach\" takes no arguments: its left inlet passes"
                        + " through, its right inlet feeds a bargraph");
            }
            return BoxSpec.operation("Attach", "attach", BoxSpec.Shape.CALL, slotsOf(2), 1, 0);
        }
        String label = label(box, text);
        String kind = Names.kind(name);
        List<Token> numbers = text.args();
        if (ControlLabels.labelIn(text) != null && text.attribute("label") == null) {
            numbers = numbers.subList(1, numbers.size());
        }
        switch (name) {
            case "hslider", "vslider", "nentry" -> {
                List<String> values = numbers(box, text, numbers, SLIDER_FIELDS, SLIDER_DEFAULTS);
                if (values == null || !ordered(box, values.get(1), values.get(2)) || !positiveStep(box, values.get(3))) {
                    return null;
                }
                List<String> slots = new ArrayList<>();
                slots.add(label);
                slots.addAll(values);
                return BoxSpec.operation(kind, name, BoxSpec.Shape.CALL, slots, 1, 0);
            }
            case "button", "checkbox" -> {
                if (!numbers.isEmpty()) {
                    return reader.fail(Code.WRONG_ARGUMENT, box, "\"" + name + "\" takes one label, as in \"" + name
                            + " gate\"; quote a label with spaces");
                }
                return BoxSpec.operation(kind, name, BoxSpec.Shape.CALL, List.of(label), 1, 0);
            }
            case "hbargraph", "vbargraph" -> {
                List<String> values = numbers(box, text, numbers, BARGRAPH_FIELDS, BARGRAPH_DEFAULTS);
                if (values == null || !ordered(box, values.get(0), values.get(1))) {
                    return null;
                }
                List<String> slots = new ArrayList<>();
                slots.add(label);
                slots.addAll(values);
                slots.add(null);
                return BoxSpec.operation(kind, name, BoxSpec.Shape.PARTIAL, slots, 1, 0);
            }
            default -> {
                if (!numbers.isEmpty()) {
                    return reader.fail(Code.WRONG_ARGUMENT, box, "\"" + name + "\" takes one label; give the number"
                            + " of channels it holds with @ins");
                }
                Integer channels = text.attribute("ins") == null ? Integer.valueOf(1)
                        : reader.attributeInt(box, text, "ins");
                if (channels == null) {
                    return null;
                }
                if (channels < 1) {
                    return reader.fail(Code.WRONG_ARGUMENT, box, "a group holds at least one channel");
                }
                List<String> slots = new ArrayList<>();
                slots.add(label);
                slots.addAll(slotsOf(channels));
                return BoxSpec.operation(kind, name, BoxSpec.Shape.GROUP, slots, channels, 0);
            }
        }
    }

    /** The label as a Faust string literal: from the text, the data, or the kind and rank. */
    private String label(Box box, BoxText text) {
        String label = ControlLabels.labelIn(text);
        if (label == null) {
            label = ControlLabels.storedLabel(box);
        }
        if (label == null) {
            label = fallbackLabels().getOrDefault(box.id(), text.name());
        }
        return FaustLiterals.string(label);
    }

    /** The numbers of a control, positional then {@code @name}, with defaults for the missing ones; null after a report. */
    private List<String> numbers(Box box, BoxText text, List<Token> positional, List<String> fields, List<String> defaults) {
        if (positional.size() > fields.size()) {
            return fail(box, "\"" + text.name() + "\" takes a label and at most " + fields.size() + " numbers ("
                    + String.join(", ", fields) + ")");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Token token = i < positional.size() ? positional.get(i) : null;
            BoxText.Attribute attribute = text.attribute(fields.get(i));
            if (attribute != null) {
                token = attribute.values().size() == 1 ? attribute.values().get(0) : null;
                if (token == null) {
                    return fail(box, "@" + fields.get(i) + " takes one number");
                }
            }
            if (token == null) {
                values.add(defaults.get(i));
            } else if (!token.isNumber()) {
                return fail(box, "the " + fields.get(i) + " of \"" + text.name() + "\" is a number, not \"" + token.text() + "\"");
            } else {
                values.add(FaustLiterals.number(token.text()));
            }
        }
        return values;
    }

    private boolean ordered(Box box, String min, String max) {
        if (value(min) > value(max)) {
            reader.fail(Code.WRONG_ARGUMENT, box, "the minimum " + min + " is above the maximum " + max);
            return false;
        }
        return true;
    }

    private boolean positiveStep(Box box, String step) {
        if (value(step) <= 0) {
            reader.fail(Code.WRONG_ARGUMENT, box, "the step " + step + " must be above 0");
            return false;
        }
        return true;
    }

    /** The value of a literal {@link FaustLiterals#number} wrote, only to compare, never to print. */
    private static double value(String literal) {
        boolean parenthesized = literal.startsWith("(");
        return Double.parseDouble(parenthesized ? literal.substring(1, literal.length() - 1) : literal);
    }

    private List<String> fail(Box box, String message) {
        reader.fail(Code.WRONG_ARGUMENT, box, message);
        return null;
    }

    private static List<String> slotsOf(int count) {
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.add(null);
        }
        return slots;
    }
}
