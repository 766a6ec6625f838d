package dev.faustwire.session.inspect;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.ControlLabels;
import dev.faustwire.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of a control box (a slider's or entry's init, min, max, step; a bargraph's min, max)
 * as fields, and the box text after one of them is edited: the number is replaced where the text
 * gives it (after the label, or as {@code @max}), or added as {@code @max 5000}; the rest of the
 * text stays as typed. An edit that is no number, or that would put min above max or make the
 * step 0 or less, gives a diagnostic and no text.
 */
public final class ControlRanges {
    private static final List<String> SLIDER = List.of("init", "min", "max", "step");
    private static final List<String> SLIDER_DEFAULTS = List.of("0", "0", "1", "0.01");
    private static final List<String> BARGRAPH = List.of("min", "max");
    private static final List<String> BARGRAPH_DEFAULTS = List.of("0", "1");

    private ControlRanges() {
    }

    /** The new text of a box, or why there is none. */
    public record Edited(String text, Diagnostic problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** The fields of a control's text, empty for any other box. */
    public static List<RangeField> of(String boxText) {
        BoxText text = parse(boxText);
        List<RangeField> fields = new ArrayList<>();
        if (text == null || names(text.name()).isEmpty()) {
            return fields;
        }
        List<String> names = names(text.name());
        List<String> defaults = defaults(text.name());
        for (int i = 0; i < names.size(); i++) {
            Token token = valueToken(text, i, names.get(i));
            fields.add(new RangeField(names.get(i), token != null ? token.text() : defaults.get(i)));
        }
        return fields;
    }

    /** The text of box {@code boxId} (a diagnostic's box) with {@code field} set to {@code typed}. */
    public static Edited set(String boxId, String boxText, String field, String typed) {
        BoxText text = parse(boxText);
        List<String> names = text == null ? List.of() : names(text.name());
        int index = names.indexOf(field);
        if (index < 0) {
            throw new IllegalArgumentException("\"" + boxText + "\" has no field " + field);
        }
        String value = typed.trim();
        if (!Token.of(value).isNumber()) {
            return problem(Code.INSPECTOR_NOT_A_NUMBER, boxId, "the " + field + " of \"" + text.name()
                    + "\" is a number, not \"" + value + "\"; the box keeps \"" + boxText + "\"");
        }
        List<String> values = new ArrayList<>();
        for (RangeField f : of(boxText)) {
            values.add(f.name().equals(field) ? value : f.value());
        }
        int min = names.indexOf("min");
        int max = names.indexOf("max");
        if (number(values.get(min)) > number(values.get(max))) {
            return problem(Code.INSPECTOR_RANGE_INVALID, boxId, "the minimum " + values.get(min) + " would be above the maximum "
                    + values.get(max) + "; the box keeps \"" + boxText + "\"");
        }
        int step = names.indexOf("step");
        if (step >= 0 && number(values.get(step)) <= 0) {
            return problem(Code.INSPECTOR_RANGE_INVALID, boxId, "the step must be above 0, not " + values.get(step)
                    + "; the box keeps \"" + boxText + "\"");
        }
        return new Edited(replace(boxText, text, index, field, value), null);
    }

    private static Edited problem(Code code, String boxId, String message) {
        return new Edited(null, Diagnostic.atBox(code, boxId, message));
    }

    /** The text with the field's word replaced, or the field added as an attribute. */
    private static String replace(String boxText, BoxText text, int index, String field, String value) {
        List<int[]> spans = spans(boxText);
        int word = -1;
        if (text.attribute(field) != null) {
            for (int i = 1; i + 1 < spans.size(); i++) {
                if (wordAt(boxText, spans.get(i)).equals("@" + field)) {
                    word = i + 1;
                }
            }
        } else {
            int arg = index + labelWords(text);
            if (arg < text.args().size()) {
                word = 1 + arg; // arguments come right after the name, before any attribute
            }
        }
        if (word < 0) {
            return boxText.trim() + " @" + field + " " + value;
        }
        int[] span = spans.get(word);
        return boxText.substring(0, span[0]) + value + boxText.substring(span[1]);
    }

    /** The token that gives field {@code index}: its attribute, or its word after the label; null for the default. */
    private static Token valueToken(BoxText text, int index, String field) {
        BoxText.Attribute attribute = text.attribute(field);
        if (attribute != null) {
            return attribute.values().size() == 1 ? attribute.values().get(0) : null;
        }
        int arg = index + labelWords(text);
        return arg < text.args().size() ? text.args().get(arg) : null;
    }

    /** 1 when the first argument is the label, else 0. */
    private static int labelWords(BoxText text) {
        return ControlLabels.labelIn(text) != null && text.attribute("label") == null ? 1 : 0;
    }

    private static List<String> names(String kind) {
        return switch (kind) {
            case "hslider", "vslider", "nentry" -> SLIDER;
            case "hbargraph", "vbargraph" -> BARGRAPH;
            default -> List.of();
        };
    }

    private static List<String> defaults(String kind) {
        return names(kind) == SLIDER ? SLIDER_DEFAULTS : BARGRAPH_DEFAULTS;
    }

    private static BoxText parse(String boxText) {
        try {
            return BoxTextParser.parse(boxText);
        } catch (BoxTextException e) {
            return null;
        }
    }

    /** A number the text holds, to compare; one that does not read compares as 0. */
    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String wordAt(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    /** Start and end of each word of a box text, as BoxTextParser splits it (a quoted word with its quotes). */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(text.length(), i + 1);
            } else {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            }
            spans.add(new int[] {start, i});
        }
        return spans;
    }
}
